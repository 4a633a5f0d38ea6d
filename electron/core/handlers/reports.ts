import type { reportsApi } from '../../../shared/api/contract';
import { buildCompletenessReport } from '../reports/completeness-model';
import { buildProgressReport } from '../reports/progress-model';
import { renderReport } from '../reports/render';
import { buildTrendReport } from '../reports/trend-model';
import type { HandlerMap } from './types';

export const reportsHandlers: HandlerMap<keyof typeof reportsApi> = {
  'reports.progress': (input, { db }) => buildProgressReport(db, input.period),
  'reports.trend': (input, { db }) => buildTrendReport(db, input.unit, input.from, input.to),
  'reports.completeness': (input, { db }) => buildCompletenessReport(db, input.year),
  'reports.render': (input, { db }) => renderReport(db, input),
};
