import { UserError, type reportsApi } from '../../../shared/api/contract';
import type { HandlerMap } from './types';

const notYet = (): never => {
  // PLACEHOLDER (issue 4): the reports replace these.
  throw new UserError('Chức năng báo cáo chưa sẵn sàng.');
};

export const reportsHandlers: HandlerMap<keyof typeof reportsApi> = {
  'reports.progress': notYet,
  'reports.trend': notYet,
  'reports.completeness': notYet,
  'reports.render': notYet,
};
