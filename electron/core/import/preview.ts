/** Reads every file of an import and shows what committing it would do, writing nothing. */
import { createHash, randomUUID } from 'node:crypto';
import type { FileInput } from '../../../shared/api/files';
import type { ChangeRow, FilePreview, ImportPreview, SheetPreview } from '../../../shared/api/import-types';
import type { UnitInfo } from '../../../shared/api/types';
import type { Indicator } from '../../../shared/domain/indicators';
import type { Db } from '../db/open';
import { listIndicators } from '../repos/indicators';
import { importOfSha } from '../repos/imports';
import { getLayoutMapping } from '../repos/layout-mappings';
import { listUnits } from '../repos/units';
import { address } from './cell-value';
import { checkConsistency } from './consistency';
import { withFileCounts } from './file-counts';
import { checkFile } from './file-check';
import { flagHandCorrections } from './hand-corrections';
import { LIMITS } from './limits';
import { ProblemList } from './problems';
import { SheetImporter, TooManyRows, type FileState } from './sheet-import';
import { StoredFigures } from './stored-figures';
import { streamSheets } from './stream-sheets';
import { ValueStore, periodText } from './value-store';
import { readWorkbookInfo } from './workbook-info';
import { ArchiveRefused, CORRUPT_ZIP_MESSAGE, openZip, type OpenedZip } from './zip-entries';

export interface PreviewOptions {
  period?: string | undefined;
  mappings?: Record<string, Record<string, string | null>> | undefined;
  unitChoices?: Record<string, string> | undefined;
  /** Period answers by sheet fingerprint, where a column header's month differs from the title's. */
  periodChoices?: Record<string, 'title' | 'header'> | undefined;
}

/** A preview with what its commit needs; kept in ctx.previews. */
export interface PreparedImport {
  preview: ImportPreview;
  store: ValueStore;
  indicators: Indicator[];
  units: Map<number, UnitInfo>;
  options: PreviewOptions;
  /** Hand-corrected figures the file would replace: key → store index, for the clerk's decision at commit. */
  corrected: Map<string, number>;
}

export async function prepareImport(
  db: Db,
  files: readonly FileInput[],
  options: PreviewOptions = {},
): Promise<PreparedImport> {
  const indicators = listIndicators(db).filter((i) => i.kind === 'entered');
  const units = listUnits(db);
  const store = new ValueStore();
  const problems = new ProblemList();
  const sheets: SheetPreview[] = [];
  const importer = new SheetImporter(
    {
      indicators,
      units,
      userPeriod: options.period ?? null,
      confirmed: options.mappings ?? {},
      unitChoices: options.unitChoices ?? {},
      periodChoices: options.periodChoices ?? {},
      remembered: (fp) => getLayoutMapping(db, fp),
    },
    store,
    problems,
    sheets,
  );
  const filePreviews: FilePreview[] = [];
  for (const f of files) {
    const sha256 = createHash('sha256').update(f.data).digest('hex');
    filePreviews.push({
      name: f.name,
      sha256,
      size: f.data.length,
      alreadyImportedAs: importOfSha(db, sha256),
    });
    await readFile(importer, f, problems);
  }

  // Old values and status of every staged figure.
  const stored = new StoredFigures(db);
  stored.preload(
    store.unit.subarray(0, store.length),
    indicators.map((i) => i.code),
  );
  store.old = new Float64Array(store.length);
  const counts = { inserted: 0, updated: 0, unchanged: 0 };
  const changes: ChangeRow[] = [];
  const unitById = new Map(units.map((u) => [u.id, u]));
  const changed: number[] = [];
  for (let i = 0; i < store.length; i++) {
    const indicator = indicators[store.indicator[i]!]!.code;
    const old = stored.exact(store.unit[i]!, indicator, store.period[i]!);
    store.old[i] = old ?? NaN;
    const status: ChangeRow['status'] =
      old === undefined ? 'new' : old === store.value[i] ? 'unchanged' : 'changed';
    counts[status === 'new' ? 'inserted' : status === 'changed' ? 'updated' : 'unchanged']++;
    if (status === 'changed') changed.push(i);
    if (changes.length < LIMITS.maxChangeRowsShown) {
      const u = unitById.get(store.unit[i]!)!;
      const src = store.sources[store.source[i]!]!;
      changes.push({
        unit: u.code,
        unitName: u.name,
        indicator,
        period: periodText(store.period[i]!),
        oldValue: old ?? null,
        newValue: store.value[i]!,
        status,
        file: src.file,
        sheet: src.sheet,
        cell: address(store.col[i]!, store.row[i]!),
      });
    }
  }
  const corrected = flagHandCorrections(db, store, changed, indicators, unitById, problems);
  checkConsistency(stored, store, indicators, problems);
  for (const f of filePreviews) {
    if (f.alreadyImportedAs !== null && counts.inserted + counts.updated === 0)
      problems.warning(
        f.name,
        null,
        null,
        `Tệp này đã được nhập ở lần nhập số ${f.alreadyImportedAs}; không có số liệu nào thay đổi.`,
      );
  }
  problems.finish();

  const preview: ImportPreview = {
    previewId: randomUUID(),
    ok: problems.errors.length === 0,
    files: withFileCounts(filePreviews, store),
    sheets,
    changes,
    changesTotal: store.length,
    counts,
    warnings: problems.warnings,
    errors: problems.errors,
    unresolvedUnits: importer.unresolved,
    corrections: corrected.list,
    ...(importer.questions.length ? { questions: importer.questions } : {}),
  };
  return { preview, store, indicators, units: unitById, options, corrected: corrected.indices };
}

async function readFile(importer: SheetImporter, f: FileInput, problems: ProblemList): Promise<void> {
  const verdict = await checkFile(f.data);
  if (!verdict.ok) {
    problems.error(f.name, null, null, verdict.message);
    return;
  }
  const state: FileState = { file: f.name, rowsRead: 0, tableFound: false };
  let zip: OpenedZip | null = null;
  try {
    const opened = await openZip(f.data, LIMITS);
    if ('tooMany' in opened) throw new ArchiveRefused(CORRUPT_ZIP_MESSAGE); // checkFile refused it already
    zip = opened;
    const info = await readWorkbookInfo(zip);
    const hidden = new Set(info.sheets.filter((s) => s.state !== 'visible').map((s) => s.name));
    for await (const sheet of streamSheets(zip, info)) {
      if (sheet.hidden || hidden.has(sheet.name)) continue;
      await importer.readSheet(state, sheet.name, sheet.rows);
    }
  } catch (e) {
    if (e instanceof TooManyRows) return;
    // exceljs' and the XML parser's own messages are English and technical: the clerk gets ours.
    problems.error(
      f.name,
      null,
      null,
      e instanceof ArchiveRefused
        ? e.message
        : 'Tệp .xlsx bị hỏng, không đọc được nội dung. Hãy mở lại trong Excel, lưu lại rồi gửi lại.',
    );
    return;
  } finally {
    zip?.close();
  }
  if (!state.tableFound)
    problems.error(
      f.name,
      null,
      null,
      'Không tìm thấy bảng số liệu trong tệp: cần một dòng tiêu đề có cột tên đơn vị (hoặc mã đơn vị) và ít nhất một cột chỉ tiêu (LLLĐ, BHXH bắt buộc, BHXH tự nguyện, BHTN).',
    );
}
