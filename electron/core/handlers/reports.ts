import type { reportsApi } from '../../../shared/api/contract';
import { buildCompletenessReport } from '../reports/completeness-model';
import { buildProgressReport } from '../reports/progress-model';
import { renderReport } from '../reports/render';
import { buildTrendReport } from '../reports/trend-model';
import { getReportTexts, saveReportTexts } from '../repos/report-texts';
import { formatPeriod, parsePeriod } from '../../../shared/domain/period';
import type { HandlerMap } from './types';

export const reportsHandlers: HandlerMap<keyof typeof reportsApi> = {
  'reports.progress': (input, { db }) => buildProgressReport(db, input.period),
  'reports.trend': (input, { db }) => buildTrendReport(db, input.unit, input.from, input.to),
  'reports.completeness': (input, { db }) => buildCompletenessReport(db, input.year),
  'reports.texts.get': (input, { db }) =>
    getReportTexts(db, 'progress', formatPeriod(parsePeriod(input.period))),
  'reports.texts.save': ({ period, ...texts }, { db }) =>
    saveReportTexts(db, 'progress', formatPeriod(parsePeriod(period)), texts),
  'reports.render': async (input, { db }) => {
    const { warnings: _warnings, ...file } = await renderReport(db, input);
    return file;
  },
};
