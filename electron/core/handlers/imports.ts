import type { importsApi } from '../../../shared/api/contract';
import { listImports } from '../repos/imports';
import { backupIfEnabled } from '../services/backup';
import { undoImport } from '../services/write-values';
import { commitPrepared, requirePrepared } from '../import/commit';
import { prepareImport } from '../import/preview';
import { problemsWorkbook } from '../import/problems-workbook';
import { buildTemplate } from '../import/template';
import type { HandlerMap } from './types';

export const importsHandlers: HandlerMap<keyof typeof importsApi> = {
  'imports.preview': async (input, ctx) => {
    const prepared = await prepareImport(ctx.db, input.files, {
      period: input.period,
      mappings: input.mappings,
      unitChoices: input.unitChoices,
      periodChoices: input.periodChoices,
    });
    // One preview waits at a time per window; older ones would only hold memory.
    ctx.previews.clear();
    ctx.previews.set(prepared.preview.previewId, prepared);
    return prepared.preview;
  },
  'imports.commit': async (input, ctx) => {
    const prepared = requirePrepared(ctx, input.previewId);
    const result = await commitPrepared(ctx, prepared, input.keepCorrections);
    if (result.ok) ctx.previews.delete(input.previewId);
    return result;
  },
  'imports.discard': (input, ctx) => {
    ctx.previews.delete(input.previewId);
    return null;
  },
  'imports.list': (_i, { db }) => listImports(db),
  'imports.undo': async (input, ctx) => {
    await backupIfEnabled(ctx, 'before-undo');
    return undoImport(ctx.db, input.id);
  },
  'imports.problemsWorkbook': (input, ctx) => problemsWorkbook(requirePrepared(ctx, input.previewId).preview),
  'imports.template': (input, { db }) => buildTemplate(db, input.period),
};
