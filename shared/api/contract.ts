/**
 * The one API between the renderer and the core. Each method: a zod schema for its input (checked where
 * it enters the main process or the web server) and the type of its result. Domains live in their own
 * maps, merged here.
 */
import { z } from 'zod';
import { MAX_PEOPLE } from '../domain/checks';
import type { Indicator } from '../domain/indicators';
import { dateProblem, PERIOD_YEAR_MAX, PERIOD_YEAR_MIN, periodProblem } from '../domain/period';
import { formatCount } from '../format/vi';
import type { CompletenessReportModel, ProgressReportModel, TrendReportModel } from '../reports/model';
import type { ReportTexts } from '../reports/texts';
import { fileInput, type FileOutput } from './files';
import type { CellHistoryEntry, ImportPreview, ImportRecord, ImportResult } from './import-types';
import type { DashboardData, PlanInfo, ReportSettings, TargetInfo, UnitInfo, ValuesResult } from './types';

// zod's own wording (wrong type, missing field, extra key) reaches the clerk through describeInputError:
// in Vietnamese, like ours. The locale is zod's lowest-priority map, so every message written below wins.
z.config(z.locales.vi());

/** Marks a method's result type; the value is never used at run time. */
const out = <T>() => undefined as unknown as T;
const method = <I extends z.ZodType, O>(input: I, output: O) => ({ input, output });

/** A text of the given shape (the regex) that must also name a real thing (`problem` says why not). */
function checkedText(shape: RegExp, shapeMessage: string, problem: (s: string) => string | null) {
  return z.string().superRefine((s, ctx) => {
    const why = shape.test(s) ? problem(s) : shapeMessage;
    if (why) ctx.addIssue({ code: 'custom', message: why });
  });
}

// Periods and dates are parsed, not only matched: `0000` or `2024-02-31` have the shape but name nothing.
const periodText = checkedText(
  /^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/i,
  'Kỳ phải có dạng YYYY-MM, YYYY-Qn hoặc YYYY.',
  periodProblem,
);
const monthText = checkedText(/^\d{4}-(0[1-9]|1[0-2])$/, 'Tháng phải có dạng YYYY-MM.', periodProblem);
const storedPeriod = checkedText(
  /^\d{4}(-(0[1-9]|1[0-2]))?$/,
  'Kỳ phải có dạng YYYY-MM hoặc YYYY.',
  periodProblem,
);
const code = z.string().trim().min(1).max(40);
const isoDate = checkedText(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD.', dateProblem);
const year = z
  .number()
  .int()
  .min(PERIOD_YEAR_MIN, `Năm phải từ ${PERIOD_YEAR_MIN} đến ${PERIOD_YEAR_MAX}.`)
  .max(PERIOD_YEAR_MAX, `Năm phải từ ${PERIOD_YEAR_MIN} đến ${PERIOD_YEAR_MAX}.`);
/**
 * A figure as typed: finite and within what one unit can hold (MAX_PEOPLE), so 1e308 or 2^53+1 (which
 * JSON has already rounded) never reaches a sum. Sign and decimals get the per-figure message of the
 * checks the importer shares.
 */
const TOO_BIG = `Số quá lớn: một đơn vị không thể có quá ${formatCount(MAX_PEOPLE)} người.`;
const figure = z
  .number({ error: 'Giá trị phải là một số hữu hạn.' })
  .min(-MAX_PEOPLE, TOO_BIG)
  .max(MAX_PEOPLE, TOO_BIG);
const none = z.object({}).strict();

export const unitsApi = {
  'units.list': method(none, out<UnitInfo[]>()),
  'units.save': method(
    z.object({
      code,
      name: z.string().trim().min(1).max(200),
      level: z.enum(['province', 'district', 'commune']),
      parentCode: code.nullable(),
      validFrom: isoDate.nullable(),
      validTo: isoDate.nullable(),
      active: z.boolean(),
      aliases: z.array(z.string().max(200)).max(50),
    }),
    out<UnitInfo>(),
  ),
  'units.setActive': method(z.object({ code, active: z.boolean() }), out<UnitInfo>()),
  'units.import': method(z.object({ file: fileInput }), out<{ inserted: number; updated: number }>()),
  /** The shipped catalogue of units until 30/6/2025 (old communes of both provinces, old Bình Định's districts). */
  'units.loadShipped': method(none, out<{ inserted: number; updated: number }>()),
};

export const valuesApi = {
  'indicators.list': method(none, out<Indicator[]>()),
  'values.get': method(z.object({ period: periodText }), out<ValuesResult>()),
  'values.latestMonth': method(none, out<string | null>()),
  'values.history': method(
    z.object({ unit: code, indicator: code, period: storedPeriod }),
    out<CellHistoryEntry[]>(),
  ),
  /** A correction by hand: the same checks as an import, recorded as one. */
  'values.set': method(
    z.object({
      unit: code,
      indicator: code,
      period: storedPeriod,
      value: figure,
      note: z.string().max(500).optional(),
      /** Warnings (above labour force, a jump of more than 20%…) stop the save until the user accepts them. */
      acceptWarnings: z.boolean().optional(),
    }),
    out<ImportResult>(),
  ),
};

/** Tổng quan's first paint in one call: the province and district figures and the plan's targets. */
export const dashboardApi = {
  'dashboard.get': method(z.object({ period: periodText }), out<DashboardData>()),
};

export const targetsApi = {
  'plans.list': method(none, out<PlanInfo[]>()),
  'plans.save': method(
    z
      .object({
        number: z.string().trim().min(1).max(60),
        issuedOn: isoDate,
        title: z.string().trim().min(1).max(500),
        yearFrom: year,
        yearTo: year,
      })
      .refine((p) => p.yearFrom <= p.yearTo, {
        message: 'Năm bắt đầu của kế hoạch phải trước hoặc bằng năm kết thúc.',
        path: ['yearTo'],
      }),
    out<PlanInfo>(),
  ),
  'targets.list': method(z.object({ planId: z.number().int().optional() }), out<TargetInfo[]>()),
  /** value null deletes the target. */
  'targets.set': method(
    z.object({
      planNumber: z.string().optional(),
      /** The named plan contains the target; default: true when a plan is named (the CLI's --plan). */
      fromDocument: z.boolean().optional(),
      unit: code,
      indicator: code,
      year,
      value: z.number().finite().min(0, 'Chỉ tiêu không được âm.').max(MAX_PEOPLE, TOO_BIG).nullable(),
    }),
    out<TargetInfo | null>(),
  ),
  'targets.import': method(
    z.object({ file: fileInput, planNumber: z.string() }),
    out<{ count: number; problems: string[] }>(),
  ),
};

export const importsApi = {
  'imports.preview': method(
    z.object({
      files: z.array(fileInput).min(1).max(100),
      period: storedPeriod.optional(),
      /** Column choices the user confirmed, by sheet fingerprint: column letter → indicator (or null). */
      mappings: z.record(z.string(), z.record(z.string(), z.string().nullable())).optional(),
      /** Unit choices the user made for names the reader could not place: typed text → unit code. */
      unitChoices: z.record(z.string(), code).optional(),
      /** Period answers by sheet fingerprint, where a column header's month differs from the title's. */
      periodChoices: z.record(z.string(), z.enum(['title', 'header'])).optional(),
    }),
    out<ImportPreview>(),
  ),
  'imports.commit': method(
    z.object({
      previewId: z.string().min(1),
      /** Keys of the preview's `corrections` whose hand-corrected value stays; the others take the file's. */
      keepCorrections: z.array(z.string().max(200)).max(100_000).optional(),
    }),
    out<ImportResult>(),
  ),
  'imports.discard': method(z.object({ previewId: z.string().min(1) }), out<null>()),
  'imports.list': method(none, out<ImportRecord[]>()),
  'imports.undo': method(z.object({ id: z.number().int().positive() }), out<{ restored: number }>()),
  'imports.problemsWorkbook': method(z.object({ previewId: z.string().min(1) }), out<FileOutput>()),
  'imports.template': method(z.object({ period: periodText }), out<FileOutput>()),
};

export const reportsApi = {
  'reports.progress': method(z.object({ period: periodText }), out<ProgressReportModel>()),
  'reports.trend': method(z.object({ unit: code, from: monthText, to: monthText }), out<TrendReportModel>()),
  'reports.completeness': method(z.object({ year }), out<CompletenessReportModel>()),
  /** Sections II–IV the office writes for a progress report, kept per period as asked. */
  'reports.texts.get': method(z.object({ period: periodText }), out<ReportTexts>()),
  'reports.texts.save': method(
    z.object({
      period: periodText,
      shortcomings: z.string().max(20000),
      tasks: z.string().max(20000),
      proposals: z.string().max(20000),
    }),
    out<ReportTexts>(),
  ),
  'reports.render': method(
    z.object({
      kind: z.enum(['progress', 'trend', 'completeness', 'evaluation']),
      /** docx: the progress report only, as a Word document the office can still edit. */
      format: z.enum(['pdf', 'xlsx', 'docx']),
      period: periodText,
      unit: code.optional(),
    }),
    out<FileOutput>(),
  ),
};

export const settingsApi = {
  'settings.get': method(none, out<ReportSettings>()),
  'settings.save': method(
    z
      .object({
        parentAgency: z.string().max(200),
        agencyName: z.string().min(1).max(200),
        place: z.string().min(1).max(100),
        documentNumber: z.string().max(100),
        signerTitle: z.string().max(200),
        signerAuthority: z.string().max(200),
        signerName: z.string().max(200),
        recipients: z.array(z.string().max(300)).max(30),
        autoBackup: z.boolean(),
        backupKeep: z.number().int().min(1, 'Cần giữ ít nhất 1 bản sao lưu.').max(500),
      })
      .partial(),
    out<ReportSettings>(),
  ),
  /** Whether the database opened; when not, why (the app then offers its backups). */
  'db.status': method(none, out<{ ok: boolean; message: string | null }>()),
  'db.info': method(
    none,
    out<{ path: string; schemaVersion: number; sizeBytes: number; backups: BackupInfo[] }>(),
  ),
  'db.backup': method(none, out<BackupInfo>()),
  'db.restore': method(z.object({ name: z.string().min(1).max(260) }), out<null>()),
  'db.downloadBackup': method(z.object({ name: z.string().min(1).max(260) }), out<FileOutput>()),
  'db.restoreUpload': method(z.object({ file: fileInput }), out<null>()),
};

export interface BackupInfo {
  name: string;
  createdAt: string;
  sizeBytes: number;
  reason: 'manual' | 'before-import' | 'before-restore' | 'before-undo' | 'before-units';
}

export const apiContract = {
  ...unitsApi,
  ...valuesApi,
  ...dashboardApi,
  ...targetsApi,
  ...importsApi,
  ...reportsApi,
  ...settingsApi,
};

export type ApiContract = typeof apiContract;
export type ApiMethod = keyof ApiContract;
export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>;
export type ApiParsedInput<M extends ApiMethod> = z.output<ApiContract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = ApiContract[M]['output'];

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(apiContract, name);
}

/** The envelope every transport returns. */
export type ApiResponse<T> =
  { ok: true; result: T } | { ok: false; error: { code: ApiErrorCode; message: string } };
export type ApiErrorCode = 'invalid_input' | 'refused' | 'not_found' | 'internal';

/** A refusal the user should read (Vietnamese message), as opposed to a bug. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly code: ApiErrorCode = 'refused',
  ) {
    super(message);
  }
}

/** Turns a zod failure into one Vietnamese sentence. */
export function describeInputError(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((i) => {
    const where = i.path.length ? `${i.path.join('.')}: ` : '';
    return `${where}${i.message}`;
  });
  return `Dữ liệu gửi lên không hợp lệ (${parts.join('; ')}).`;
}
