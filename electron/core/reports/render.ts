/** One entry for every report and format: what the API, the CLI and the app call. */
import type { Db } from '../db/open';
import { DOCX_MIME, PDF_MIME, XLSX_MIME, type FileOutput } from '../../../shared/api/files';
import { UserError } from '../../../shared/api/contract';
import { monthKey, parsePeriod } from '../../../shared/domain/period';
import { monthForPeriod } from '../services/values';
import { buildCompletenessReport } from './completeness-model';
import { buildProgressReport } from './progress-model';
import { buildTrendReport } from './trend-model';
import { renderCompletenessPdf } from './pdf/completeness-pdf';
import { renderProgressPdf } from './pdf/progress-pdf';
import { renderTrendPdf } from './pdf/trend-pdf';
import { renderCompletenessXlsx } from './xlsx/completeness-xlsx';
import { renderProgressXlsx } from './xlsx/progress-xlsx';
import { renderTrendXlsx } from './xlsx/trend-xlsx';
import { buildPlanEvaluation } from './plan-evaluation-model';
import { renderPlanEvaluationPdf } from './pdf/plan-evaluation-pdf';
import { renderPlanEvaluationXlsx } from './xlsx/plan-evaluation-xlsx';

export type ReportKind = 'progress' | 'trend' | 'completeness' | 'evaluation';
export type ReportFormat = 'pdf' | 'xlsx' | 'docx';

const MIME: Record<ReportFormat, string> = { pdf: PDF_MIME, xlsx: XLSX_MIME, docx: DOCX_MIME };

/** The file, and what it had to qualify (figures carried from an earlier month) for the CLI's stderr. */
export type RenderedReport = FileOutput & { warnings: string[] };

export interface RenderRequest {
  kind: ReportKind;
  format: ReportFormat;
  period: string;
  /** Trend only: the unit, and optionally the first month (default: January of the period's year). */
  unit?: string | undefined;
  from?: string | undefined;
}

/** The months a trend for a period covers: from January (or `from`) to the month the period stands for. */
export function trendRange(db: Db, period: string, from?: string): { from: string; to: string } {
  const p = parsePeriod(period);
  const to = monthForPeriod(db, p);
  return { from: from ?? monthKey(p.year, 1), to };
}

/**
 * A model takes many queries (the month, the month before, each month of the year, imports, settings).
 * One read transaction gives them one snapshot (WAL), so an import committing beside it, from another
 * window or the CLI, is in the report entirely or not at all.
 */
export function snapshot<T>(db: Db, build: () => T): T {
  // Deferred: a reader must not take the write lock that every other transaction here takes up front.
  return db.transaction(build).deferred();
}

export async function renderReport(db: Db, req: RenderRequest, now = new Date()): Promise<RenderedReport> {
  const mime = MIME[req.format];
  const ext = req.format;
  if (req.kind === 'progress') {
    const m = snapshot(db, () => buildProgressReport(db, req.period, now));
    const data =
      req.format === 'pdf'
        ? await renderProgressPdf(m)
        : req.format === 'docx'
          ? // Loaded when asked for: every other CLI command starts without the docx library.
            await (await import('./docx/progress-docx')).renderProgressDocx(m)
          : await renderProgressXlsx(m);
    return { name: `bao-cao-tien-do-${m.period}.${ext}`, mime, data, warnings: m.warnings };
  }
  if (req.format === 'docx')
    throw new UserError('Chỉ báo cáo tiến độ có bản Word (.docx); báo cáo này hãy chọn PDF hoặc Excel.');
  if (req.kind === 'trend') {
    if (!req.unit) throw new UserError('Báo cáo xu hướng cần mã đơn vị (--unit).');
    const unit = req.unit;
    const { from, to, m } = snapshot(db, () => {
      const range = trendRange(db, req.period, req.from);
      return { ...range, m: buildTrendReport(db, unit, range.from, range.to, now) };
    });
    const data = req.format === 'pdf' ? await renderTrendPdf(m) : await renderTrendXlsx(m);
    return { name: `xu-huong-${m.unit}-${from}-${to}.${ext}`, mime, data, warnings: [] };
  }
  if (req.kind === 'evaluation') {
    // The plan in force for the period's year, evaluated over all its years.
    const e = snapshot(db, () => buildPlanEvaluation(db, { year: parsePeriod(req.period).year }, now));
    const data = req.format === 'pdf' ? await renderPlanEvaluationPdf(e) : await renderPlanEvaluationXlsx(e);
    const slug = e.plan.number.replace(/[^0-9A-Za-z]+/g, '-');
    return { name: `danh-gia-ke-hoach-${slug}.${ext}`, mime, data, warnings: [] };
  }
  const m = snapshot(db, () => buildCompletenessReport(db, parsePeriod(req.period).year, now));
  const data = req.format === 'pdf' ? await renderCompletenessPdf(m) : await renderCompletenessXlsx(m);
  return { name: `tinh-hinh-gui-so-lieu-${m.year}.${ext}`, mime, data, warnings: [] };
}
