/**
 * The one API between the renderer and the core. Each method: a zod schema for its input (checked where
 * it enters the main process or the web server) and the type of its result. Domains live in their own
 * maps, merged here.
 */
import { z } from 'zod';
import type { Indicator } from '../domain/indicators';
import type { CompletenessReportModel, ProgressReportModel, TrendReportModel } from '../reports/model';
import { fileInput, type FileOutput } from './files';
import type { CellHistoryEntry, ImportPreview, ImportRecord, ImportResult } from './import-types';
import type { PlanInfo, ReportSettings, TargetInfo, UnitInfo, ValuesResult } from './types';

/** Marks a method's result type; the value is never used at run time. */
const out = <T>() => undefined as unknown as T;
const method = <I extends z.ZodType, O>(input: I, output: O) => ({ input, output });

const periodText = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/i, 'Kỳ phải có dạng YYYY-MM, YYYY-Qn hoặc YYYY.');
const monthText = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Tháng phải có dạng YYYY-MM.');
const storedPeriod = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'Kỳ phải có dạng YYYY-MM hoặc YYYY.');
const code = z.string().trim().min(1).max(40);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD.');
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
      value: z.number().finite(),
      note: z.string().max(500).optional(),
      /** Warnings (above labour force, a jump of more than 20%…) stop the save until the user accepts them. */
      acceptWarnings: z.boolean().optional(),
    }),
    out<ImportResult>(),
  ),
};

export const targetsApi = {
  'plans.list': method(none, out<PlanInfo[]>()),
  'plans.save': method(
    z.object({
      number: z.string().trim().min(1).max(60),
      issuedOn: isoDate,
      title: z.string().trim().min(1).max(500),
      yearFrom: z.number().int().min(1990).max(2100),
      yearTo: z.number().int().min(1990).max(2100),
    }),
    out<PlanInfo>(),
  ),
  'targets.list': method(z.object({ planId: z.number().int().optional() }), out<TargetInfo[]>()),
  /** value null deletes the target. */
  'targets.set': method(
    z.object({
      planNumber: z.string().optional(),
      unit: code,
      indicator: code,
      year: z.number().int().min(1990).max(2100),
      value: z.number().finite().min(0).nullable(),
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
  'reports.completeness': method(
    z.object({ year: z.number().int().min(1990).max(2100) }),
    out<CompletenessReportModel>(),
  ),
  'reports.render': method(
    z.object({
      kind: z.enum(['progress', 'trend', 'completeness']),
      format: z.enum(['pdf', 'xlsx']),
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
      })
      .partial(),
    out<ReportSettings>(),
  ),
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
  reason: 'manual' | 'before-import' | 'before-restore';
}

export const apiContract = {
  ...unitsApi,
  ...valuesApi,
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
