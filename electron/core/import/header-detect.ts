/**
 * Finds the table's header among the first rows of a sheet: one row, or two or three where the upper ones
 * hold merged group titles ("Số người tham gia BHXH" over "Bắt buộc" | "Tự nguyện"), optionally followed by a row
 * of column numbers, letters or formula legends ("(1)", "A", "(7)=((4)+(5))/(3)"), which is skipped.
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

/**
 * How one cell of a row of column numbers reads: a bare number (`3`), or a mark no figure looks like —
 * a letter (`A`, `b`), a number in brackets (`(2)`), or a formula legend as official forms print them
 * (`(7)=((4)+(5))/(3)`, `8=6/3x100`). Null when the cell is anything else.
 */
function legendCell(c: Cell): 'number' | 'mark' | null {
  if (c.kind === 'number') return Number.isInteger(c.n) && c.n >= 0 && c.n <= 50 ? 'number' : null;
  if (c.kind === 'text' && surelyNotLegend(c.s)) return null;
  const t = cellText(c).replace(/\s+/g, '');
  if (/^\d{1,2}$/.test(t)) return 'number';
  if (/^\(?([A-Za-z]|\d{1,2})\)?$/.test(t)) return balanced(t) ? 'mark' : null;
  if (!/^[()\dA-Za-z=+\-*/×:.,%]+$/.test(t) || !/[=+\-*/×:]|\dx|\)x/.test(t) || !/[\dA-Za-z]/.test(t))
    return null;
  // Column references are one letter or a short number; `x` may stand for "times", `100` for a percentage.
  if ((t.match(/[A-Za-z]+/g) ?? []).some((w) => w.length > 1)) return null;
  if ((t.match(/\d+/g) ?? []).some((d) => d.length > 3)) return null;
  return balanced(t) ? 'mark' : null;
}

/**
 * What the rules below refuse anyway, seen without normalising the text: a Vietnamese letter, two letters
 * or four digits in a row (spaces left out, as below). Every data row's name and period label is asked.
 */
function surelyNotLegend(s: string): boolean {
  let letters = 0;
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch <= 32) continue;
    if ((ch >= 0xc0 && ch <= 0x24f) || (ch >= 0x300 && ch <= 0x36f) || (ch >= 0x1e00 && ch <= 0x1eff))
      return ch !== 0xd7; // × is a legend's "times"
    if (ch > 127) return false;
    const letter = (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122);
    const digit = ch >= 48 && ch <= 57;
    letters = letter ? letters + 1 : 0;
    digits = digit ? digits + 1 : 0;
    if (letters >= 2 || digits >= 4) return true;
  }
  return false;
}

function balanced(t: string): boolean {
  let depth = 0;
  for (const ch of t) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * The row of column numbers, letters or legends under a header ("A", "B", "1", "(2)", "(7)=((4)+(5))/(3)").
 * `anywhere`: the row is not right under the header (a legend repeated on every printed page), so bare
 * numbers count only when they run 1, 2, 3… — a unit's small figures with its name missing must not be
 * taken for one.
 */
export function isColumnNumberRow(row: SheetRow, anywhere = false): boolean {
  let n = 0;
  let marked = false;
  let counting = true;
  let last: number | null = null;
  for (const c of row.cells) {
    if (!c || c.kind === 'empty') continue;
    const kind = legendCell(c);
    if (!kind) return false;
    n++;
    if (kind === 'mark') marked = true;
    else {
      const v = c.kind === 'number' ? c.n : Number(cellText(c).trim());
      if (last !== null && v !== last + 1) counting = false;
      last = v;
    }
  }
  return n >= 2 && (!anywhere || marked || counting);
}

/**
 * One header text per column from header rows, top first. A merged group title is stored only in its
 * first cell; its other columns carry it implicitly as long as a lower row names them.
 */
function compose(rows: string[][]): string[] {
  const width = Math.max(...rows.map((r) => r.length));
  const last = rows.length - 1;
  const groups = rows.map(() => '');
  const out: string[] = [];
  for (let c = 1; c < width; c++) {
    const parts: string[] = [];
    for (let k = 0; k <= last; k++) {
      const t = rows[k]![c] ?? '';
      const below = rows.slice(k + 1).some((r) => r[c]);
      if (t) groups[k] = t;
      else if (!below) groups[k] = '';
      const part = t || (below && k < last ? groups[k]! : '');
      if (part && part !== parts[parts.length - 1]) parts.push(part);
    }
    out[c] = parts.join(' ');
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

/**
 * A row of sub-titles under a header whose group titles already name the indicators ("Số người tham gia
 * BHXH bắt buộc" over "Trong tháng" | "Lũy kế"): it scores no higher, yet without it each column's meaning is
 * half read and the sub-title row is taken for data. A unit's or section's row names something under the
 * unit, number or note columns instead, where sub-titles never stand.
 */
function subTitles(row: SheetRow, above: readonly HeaderColumn[]): boolean {
  const role = new Map(above.map((c) => [c.col, c.role.role]));
  let under = 0;
  for (let col = 1; col < row.cells.length; col++) {
    const c = row.cells[col];
    if (!c || c.kind === 'empty') continue;
    if (c.kind !== 'text') return false;
    const r = role.get(col);
    if (r && r !== 'indicator' && r !== 'unknown') return false;
    under++;
  }
  return under > 0;
}

export function detectHeader(
  rows: readonly SheetRow[],
  extra: readonly Indicator[] = [],
): DetectedHeader | null {
  let best: (DetectedHeader & { score: number }) | null = null;
  for (let i = 0; i < rows.length; i++) {
    const top = rows[i]!;
    if (!isHeaderLike(top)) continue;
    // Up to two more header rows: group titles over sub-titles ("Số người tham gia" / "BHXH" / "Bắt buộc").
    // A group-title row has several cells; a lone title line above the header is not one.
    const stacks: SheetRow[][] = [[top]];
    if (texts(top).filter(Boolean).length >= 2) {
      for (let k = 1; k <= 2; k++) {
        const r = rows[i + k];
        const prev = rows[i + k - 1]!;
        if (!r || r.number !== prev.number + 1 || !isHeaderLike(r) || isColumnNumberRow(r)) break;
        stacks.push([...stacks[k - 1]!, r]);
      }
    }
    for (const stack of stacks) {
      const e = evaluate(compose(stack.map(texts)), extra);
      if (!e.valid) continue;
      const deeper =
        best?.firstRow === top.number &&
        stack.length > 1 &&
        subTitles(stack[stack.length - 1]!, best.columns);
      if (best && e.score < best.score) continue;
      if (best && e.score === best.score && !deeper) continue;
      let dataIndex = i + stack.length;
      let numberRow: number | null = null;
      const after = rows[dataIndex];
      if (after && isColumnNumberRow(after)) {
        numberRow = after.number;
        dataIndex++;
      }
      best = {
        firstRow: top.number,
        lastRow: stack[stack.length - 1]!.number,
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
