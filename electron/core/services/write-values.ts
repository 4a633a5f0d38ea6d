import { UserError } from '../../../shared/api/contract';
import type { Db } from '../db/open';
import { insertImport, insertImportSources, setImportCounts, type NewImport } from '../repos/imports';
import {
  countImportChanges,
  stageFigures,
  undoImportChanges,
  writeStagedFigures,
  type StagedFigure,
} from '../repos/observations';

export interface PendingValue {
  unitId: number;
  indicator: string;
  /** `YYYY-MM` or `YYYY`. */
  period: string;
  value: number;
  sourceFile: string | null;
  /** `Sheet!D12`, or a bare address when the sheet is unknown. */
  sourceCell: string | null;
}

export interface WriteResult {
  importId: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface FigureSource {
  file: string;
  sheet: string | null;
}

/**
 * The figures of one write, read by index so the importer can hand over its typed arrays without making
 * an object per figure. `source(i)` indexes `sources` (-1: none); `cell(i)` is the address within it.
 */
export interface FigureRows {
  readonly length: number;
  readonly sources: readonly FigureSource[];
  unitId(i: number): number;
  indicator(i: number): string;
  period(i: number): string;
  value(i: number): number;
  source(i: number): number;
  cell(i: number): string | null;
}

/**
 * Records an import and writes its figures in one transaction, keeping what every changed figure was
 * before (undo, cell history). Set-based: the figures are staged into a temporary table, then one
 * statement records the changes and one upserts them; unchanged figures are counted, not rewritten.
 * Where figures came from is stored once per file and sheet (migration 006), not once per figure.
 */
export function writeFigures(db: Db, meta: NewImport, rows: FigureRows): WriteResult {
  return db.transaction(() => {
    const importId = insertImport(db, meta);
    const sourceIds = insertImportSources(db, importId, rows.sources);
    stageFigures(db, rows.length, (i, out: StagedFigure) => {
      const s = rows.source(i);
      out.unitId = rows.unitId(i);
      out.indicator = rows.indicator(i);
      out.period = rows.period(i);
      out.value = rows.value(i);
      out.sourceId = s < 0 ? null : sourceIds[s]!;
      out.cell = rows.cell(i);
    });
    writeStagedFigures(db, importId, new Date().toISOString());
    const { changed, updated } = countImportChanges(db, importId);
    const counts = { inserted: changed - updated, updated, unchanged: rows.length - changed };
    setImportCounts(db, importId, counts);
    return { importId, ...counts };
  })();
}

/** `Sheet!D12` → sheet and address; sheet names may hold '!', addresses never do. */
function splitCell(cell: string | null): { sheet: string | null; address: string | null } {
  if (cell === null) return { sheet: null, address: null };
  const at = cell.lastIndexOf('!');
  return at < 0 ? { sheet: null, address: cell } : { sheet: cell.slice(0, at), address: cell.slice(at + 1) };
}

/**
 * `writeFigures` for a list of figure objects (hand corrections, tests, seeds). A figure given twice
 * keeps its last value, as writing them one after the other would.
 */
export function writeImport(db: Db, meta: NewImport, values: Iterable<PendingValue>): WriteResult {
  const sources: FigureSource[] = [];
  const sourceIndex = new Map<string, number>();
  const byKey = new Map<string, { v: PendingValue; source: number; cell: string | null }>();
  for (const v of values) {
    let source = -1;
    let cell = v.sourceCell;
    if (v.sourceFile !== null) {
      const split = splitCell(v.sourceCell);
      cell = split.address;
      const key = `${v.sourceFile}\u0000${split.sheet ?? '\u0001'}`;
      source = sourceIndex.get(key) ?? -1;
      if (source < 0) {
        source = sources.push({ file: v.sourceFile, sheet: split.sheet }) - 1;
        sourceIndex.set(key, source);
      }
    }
    const key = `${v.unitId}\u0000${v.indicator}\u0000${v.period}`;
    byKey.delete(key);
    byKey.set(key, { v, source, cell });
  }
  const list = [...byKey.values()];
  return writeFigures(db, meta, {
    length: list.length,
    sources,
    unitId: (i) => list[i]!.v.unitId,
    indicator: (i) => list[i]!.v.indicator,
    period: (i) => list[i]!.v.period,
    value: (i) => list[i]!.v.value,
    source: (i) => list[i]!.source,
    cell: (i) => list[i]!.cell,
  });
}

/**
 * Puts back every figure an import changed. Refused while a later import, not undone, changed one of the
 * same figures: undoing out of order would silently drop the later figures.
 */
export function undoImport(db: Db, importId: number): { restored: number } {
  return db.transaction(() => {
    const imp = db.prepare('SELECT id, undone_at FROM imports WHERE id = ?').get(importId) as
      { id: number; undone_at: string | null } | undefined;
    if (!imp) throw new UserError(`Không có lần nhập số ${importId}.`, 'not_found');
    if (imp.undone_at) throw new UserError(`Lần nhập số ${importId} đã được hoàn tác trước đó.`);
    // From the later imports' side: undoing the latest import (the usual case) looks at no change at all,
    // and each later change costs one index search (migration 007), not each of this import's changes.
    const later = db
      .prepare(
        `SELECT MIN(c2.import_id) AS id FROM imports i2
         JOIN observation_changes c2 ON c2.import_id = i2.id
         WHERE i2.id > ? AND i2.undone_at IS NULL AND EXISTS (
           SELECT 1 FROM observation_changes c WHERE c.import_id = ?
             AND c.unit_id = c2.unit_id AND c.indicator = c2.indicator AND c.period = c2.period)`,
      )
      .get(importId, importId) as { id: number | null };
    if (later.id !== null)
      throw new UserError(
        `Không thể hoàn tác lần nhập số ${importId}: lần nhập số ${later.id} đã thay đổi cùng số liệu sau đó. Hãy hoàn tác lần nhập số ${later.id} trước.`,
      );
    const now = new Date().toISOString();
    const restored = undoImportChanges(db, importId, now);
    db.prepare('UPDATE imports SET undone_at = ? WHERE id = ?').run(now, importId);
    return { restored };
  })();
}
