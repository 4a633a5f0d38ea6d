/**
 * Finds the table's header among the first rows of a sheet: one row, or two where the upper one holds
 * merged group titles ("Số người tham gia BHXH" over "Bắt buộc" | "Tự nguyện"), optionally followed by a row
 * of column numbers ("(1)", "(2)", "A", "B"…), which is skipped.
 */
import type { Indicator } from '../../../shared/domain/indicators';
import { cellText, type Cell } from './cell-value';
import { classifyHeader, type HeaderRole } from './header-vocabulary';

export interface SheetRow {
  /** 1-based row number. */
  number: number;
  /** Index = 1-based column. */
  cells: Cell[];
}

export interface HeaderColumn {
  col: number;
  header: string;
  role: HeaderRole;
}

export interface DetectedHeader {
  /** First and last header row (equal for a one-row header). */
  firstRow: number;
  lastRow: number;
  columns: HeaderColumn[];
  /** Index in the scanned rows of the first row after the header (and its column-number row). */
  dataIndex: number;
  /** Row number of a column-number row that was skipped, if any. */
  numberRow: number | null;
}

function texts(row: SheetRow): string[] {
  return row.cells.map((c) => (c && c.kind === 'text' ? cellText(c) : ''));
}

/** A header-like row: some text, and no numbers beyond small column numbers. */
function isHeaderLike(row: SheetRow): boolean {
  let text = 0;
  for (const c of row.cells) {
    if (!c || c.kind === 'empty') continue;
    if (c.kind === 'text' && !/^\d/.test(cellText(c))) text++;
    else if (c.kind === 'number' && c.n > 50) return false;
  }
  return text > 0;
}

/** "A", "B", "1", "(2)", "3=1+2": the row of column numbers under a header. */
export function isColumnNumberRow(row: SheetRow): boolean {
  let n = 0;
  for (const c of row.cells) {
    if (!c || c.kind === 'empty') continue;
    const t = cellText(c);
    if (
      c.kind === 'number'
        ? !(Number.isInteger(c.n) && c.n >= 0 && c.n <= 50)
        : !/^\(?\s*([A-Za-z]|\d{1,2}(\s*[=+\-*/x]\s*\d{1,2})*)\s*\)?$/.test(t)
    )
      return false;
    n++;
  }
  return n >= 2;
}

function compose(top: string[], sub: string[] | null): string[] {
  const width = Math.max(top.length, sub?.length ?? 0);
  const out: string[] = [];
  let group = '';
  for (let c = 1; c < width; c++) {
    const t = top[c] ?? '';
    const b = sub ? (sub[c] ?? '') : '';
    // A merged group title is stored only in its first cell; its other columns carry it implicitly.
    if (t) group = t;
    else if (!b) group = '';
    const upper = t || (b ? group : '');
    out[c] = upper && b && upper !== b ? `${upper} ${b}` : upper || b;
  }
  return out;
}

function evaluate(headers: string[], extra: readonly Indicator[]) {
  const columns: HeaderColumn[] = [];
  const seen = new Set<string>();
  let indicators = 0;
  let unit = false;
  let code = false;
  headers.forEach((h, col) => {
    if (!h) return;
    const role = classifyHeader(h, extra);
    columns.push({ col, header: h, role });
    if (role.role === 'indicator' && !seen.has(role.indicator)) {
      seen.add(role.indicator);
      indicators++;
    }
    if (role.role === 'unit') unit = true;
    if (role.role === 'code') code = true;
  });
  const score = indicators * 10 + (unit ? 5 : 0) + (code ? 3 : 0);
  return { columns, score, valid: indicators > 0 && (unit || code) };
}

export function detectHeader(
  rows: readonly SheetRow[],
  extra: readonly Indicator[] = [],
): DetectedHeader | null {
  let best: (DetectedHeader & { score: number }) | null = null;
  for (let i = 0; i < rows.length; i++) {
    const top = rows[i]!;
    if (!isHeaderLike(top)) continue;
    const next = rows[i + 1];
    const options: { sub: SheetRow | null }[] = [{ sub: null }];
    // A group-title row has several cells; a lone title line above the header is not one.
    const topCells = texts(top).filter(Boolean).length;
    if (
      next &&
      topCells >= 2 &&
      next.number === top.number + 1 &&
      isHeaderLike(next) &&
      !isColumnNumberRow(next)
    )
      options.push({ sub: next });
    for (const { sub } of options) {
      const e = evaluate(compose(texts(top), sub ? texts(sub) : null), extra);
      if (!e.valid || (best && e.score <= best.score)) continue;
      let dataIndex = i + (sub ? 2 : 1);
      let numberRow: number | null = null;
      const after = rows[dataIndex];
      if (after && isColumnNumberRow(after)) {
        numberRow = after.number;
        dataIndex++;
      }
      best = {
        firstRow: top.number,
        lastRow: sub ? sub.number : top.number,
        columns: e.columns,
        dataIndex,
        numberRow,
        score: e.score,
      };
    }
  }
  if (!best) return null;
  const { score: _score, ...header } = best;
  return header;
}
