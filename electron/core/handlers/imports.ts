import { UserError, type importsApi } from '../../../shared/api/contract';
import { listImports } from '../repos/imports';
import { undoImport } from '../services/write-values';
import type { HandlerMap } from './types';

const notYet = (): never => {
  // PLACEHOLDER (issue 3): the importer replaces these.
  throw new UserError('Chức năng nhập tệp Excel chưa sẵn sàng.');
};

export const importsHandlers: HandlerMap<keyof typeof importsApi> = {
  'imports.preview': notYet,
  'imports.commit': notYet,
  'imports.discard': (input, ctx) => {
    ctx.previews.delete(input.previewId);
    return null;
  },
  'imports.list': (_i, { db }) => listImports(db),
  'imports.undo': (input, { db }) => undoImport(db, input.id),
  'imports.problemsWorkbook': notYet,
  'imports.template': notYet,
};
