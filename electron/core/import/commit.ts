/** Writes a checked preview: one transaction for every file, or nothing at all. */
import { UserError } from '../../../shared/api/contract';
import type { ImportResult, Problem } from '../../../shared/api/import-types';
import type { CoreContext } from '../context';
import type { Db } from '../db/open';
import { getLayoutMapping, saveLayoutMapping } from '../repos/layout-mappings';
import { getSettings } from '../repos/settings';
import { backupDatabase } from '../services/backup';
import { writeFigures, type FigureRows } from '../services/write-values';
import { columnLetter } from './cell-value';
import type { PreparedImport } from './preview';
import { periodText } from './value-store';

export function refusedResult(p: PreparedImport): ImportResult {
  const { preview } = p;
  return {
    ok: false,
    import: null,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    warnings: preview.warnings,
    errors: preview.errors,
  };
}

export async function commitPrepared(
  ctx: CoreContext,
  p: PreparedImport,
  keepCorrections: readonly string[] = [],
): Promise<ImportResult> {
  const { preview } = p;
  if (!preview.ok) return refusedResult(p);
  const warnings: Problem[] = preview.warnings;
  // The clerk's decision on hand corrections: a kept one is left out of what is written.
  const kept = keptIndices(p, keepCorrections);
  if (preview.counts.inserted + preview.counts.updated - kept.size === 0) {
    // Nothing would change: no import is recorded, so re-importing a file leaves the history as it was.
    rememberMappings(ctx.db, p);
    return {
      ok: true,
      import: null,
      inserted: 0,
      updated: 0,
      unchanged: preview.counts.unchanged,
      warnings,
      errors: [],
    };
  }
  if (getSettings(ctx.db).autoBackup) await backupDatabase(ctx, 'before-import');
  const db = ctx.db;
  const result = db.transaction(() => {
    const r = writeFigures(
      db,
      {
        kind: 'file',
        files: preview.files.map(({ name, sha256, size }) => ({ name, sha256, size })),
        warnings: warnings.length,
        note: null,
      },
      storeRows(p, kept),
    );
    rememberMappings(db, p);
    return r;
  })();
  return {
    ok: true,
    import: result.importId,
    inserted: result.inserted,
    updated: result.updated,
    unchanged: result.unchanged,
    warnings,
    errors: [],
  };
}

/**
 * The preview's typed arrays as the writer reads them: no object per figure, few strings made. Figures the
 * clerk kept as corrected by hand are left out through an index map.
 */
function storeRows({ store, indicators }: PreparedImport, kept: ReadonlySet<number>): FigureRows {
  const periods = new Map<number, string>();
  const letters: string[] = [];
  const order = keyOrder(store, indicators, kept);
  const at = (i: number) => order[i]!;
  return {
    length: order.length,
    sources: store.sources,
    unitId: (i) => store.unit[at(i)]!,
    indicator: (i) => indicators[store.indicator[at(i)]!]!.code,
    period: (i) => {
      const code = store.period[at(i)]!;
      let text = periods.get(code);
      if (text === undefined) periods.set(code, (text = periodText(code)));
      return text;
    },
    value: (i) => store.value[at(i)]!,
    source: (i) => store.source[at(i)]!,
    cell: (i) => {
      const col = store.col[at(i)]!;
      return (letters[col] ??= columnLetter(col)) + String(store.row[at(i)]!);
    },
  };
}

/**
 * The figures to write in the order of the figures table's key (unit, indicator, period), leaving out
 * those kept as corrected by hand. Written in a file's order (month by month), every insert lands somewhere
 * else in the table and in the change log's index; in key order they append: a history's writes took
 * twice as long the other way.
 */
function keyOrder(
  store: PreparedImport['store'],
  indicators: PreparedImport['indicators'],
  kept: ReadonlySet<number>,
): number[] {
  // SQLite compares the indicator codes as text: their rank in that order stands for them.
  const byText = indicators
    .map((ind, n) => ({ code: ind.code, n }))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  const rank = new Float64Array(indicators.length);
  byText.forEach((x, r) => (rank[x.n] = r));
  const key = new Float64Array(store.length);
  const order: number[] = [];
  for (let i = 0; i < store.length; i++) {
    if (kept.has(i)) continue;
    // Period codes are below 10^6 and indicators few: the three parts never overlap below 2^53.
    key[i] = (store.unit[i]! * 64 + rank[store.indicator[i]!]!) * 1e6 + store.period[i]!;
    order.push(i);
  }
  return order.sort((a, b) => key[a]! - key[b]!);
}

function keptIndices(p: PreparedImport, keys: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const k of keys) {
    const i = p.corrected.get(k);
    if (i !== undefined) out.add(i);
  }
  return out;
}

/** Column and unit choices the user confirmed are kept under the sheet's fingerprint for next month's file. */
function rememberMappings(db: Db, p: PreparedImport): void {
  const confirmed = p.options.mappings ?? {};
  const choices = p.options.unitChoices ?? {};
  const periods = p.options.periodChoices ?? {};
  for (const sheet of p.preview.sheets) {
    const columns = confirmed[sheet.fingerprint];
    const period = periods[sheet.fingerprint];
    if (!columns && !period && Object.keys(choices).length === 0) continue;
    const old = getLayoutMapping(db, sheet.fingerprint);
    const keptPeriod = period ?? old?.period;
    saveLayoutMapping(db, sheet.fingerprint, {
      columns: columns ?? old?.columns ?? {},
      units: { ...(old?.units ?? {}), ...choices },
      ...(keptPeriod ? { period: keptPeriod } : {}),
    });
  }
}

export function requirePrepared(ctx: CoreContext, previewId: string): PreparedImport {
  const p = ctx.previews.get(previewId) as PreparedImport | undefined;
  if (!p)
    throw new UserError(
      'Bản xem trước đã hết hạn hoặc không tồn tại; hãy chọn lại tệp để nhập.',
      'not_found',
    );
  return p;
}
