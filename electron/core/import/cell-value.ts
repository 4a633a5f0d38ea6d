import { formatCount } from '../../../shared/format/vi';

/** One cell as the importer sees it, whatever exceljs handed over (number, text, formula, rich text, error). */
export type Cell =
  | { kind: 'empty' }
  | { kind: 'number'; n: number }
  | { kind: 'text'; s: string }
  | { kind: 'date'; d: Date }
  | { kind: 'error'; e: string };

const EMPTY: Cell = { kind: 'empty' };

const FORMULA_FAILED = 'công thức lỗi';
const FORMULA_UNCOMPUTED = 'công thức chưa tính';

/** What a clerk reads about a cell in error, by what the file holds there. */
export function formulaErrorMessage(shown: string): string {
  if (shown === FORMULA_UNCOMPUTED)
    return 'Ô có công thức nhưng chưa có kết quả (tệp được lưu mà công thức chưa được tính): hãy mở tệp trong Excel, lưu lại rồi nhập lại, hoặc nhập số vào ô.';
  if (shown === FORMULA_FAILED)
    return 'Ô có lỗi công thức (kết quả là lỗi như #DIV/0!, #VALUE!, #N/A hoặc #REF!): hãy sửa công thức hoặc nhập số.';
  return `Ô có lỗi công thức (${shown}): hãy sửa công thức hoặc nhập số.`;
}

export function toCell(raw: unknown): Cell {
  if (raw === null || raw === undefined) return EMPTY;
  if (typeof raw === 'number')
    return Number.isFinite(raw) ? { kind: 'number', n: raw } : { kind: 'error', e: '#NUM!' };
  if (typeof raw === 'string') return raw.trim() === '' ? EMPTY : { kind: 'text', s: raw };
  if (typeof raw === 'boolean') return { kind: 'text', s: raw ? 'TRUE' : 'FALSE' };
  if (raw instanceof Date) return { kind: 'date', d: raw };
  if (typeof raw === 'object') {
    const o = raw as Record<string, unknown>;
    if ('error' in o) return { kind: 'error', e: String(o.error) };
    if ('formula' in o || 'sharedFormula' in o) {
      // The streaming reader parses any error result ("#DIV/0!", "#N/A") as NaN: which one is lost.
      if (typeof o.result === 'number' && Number.isNaN(o.result)) return { kind: 'error', e: FORMULA_FAILED };
      if (o.result === '') return EMPTY;
      // A formula saved without its value (a workbook written by a program and never opened in Excel).
      if (o.result === undefined || o.result === null) return { kind: 'error', e: FORMULA_UNCOMPUTED };
      return toCell(o.result);
    }
    if (Array.isArray(o.richText))
      return toCell((o.richText as { text: string }[]).map((t) => t.text).join(''));
    if ('text' in o) return toCell(o.text);
  }
  return { kind: 'text', s: String(raw) };
}

export function cellText(c: Cell): string {
  switch (c.kind) {
    case 'text':
      return c.s
        .normalize('NFC')
        .replace(/[\u00a0\u2000-\u200b\u202f\u3000]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    case 'number':
      return String(c.n);
    case 'date':
      return c.d.toISOString().slice(0, 10);
    case 'error':
      return c.e;
    default:
      return '';
  }
}

export type NumberRead =
  /** `note`: a footnote mark written after the number ("48 112 (*)"), left out of it. */
  | { ok: true; n: number; note?: string }
  | { ok: false; reason: 'text' | 'error'; shown: string }
  | { ok: 'empty' };

/**
 * A footnote mark after a figure, as district clerks add them to point at a note under the table: "(*)",
 * "(**)", "(1)", "*", "¹". The figure before it must read on its own ("48 112", "48.112"), so a mark is
 * never taken out of the middle of a number.
 */
const FOOTNOTE = /^(.*?\d)\s*(\(\*{1,3}\)|\*{1,3}|\(\d{1,2}\)|[¹²³])$/;

/**
 * A number from a cell. Text may carry `.` or `,` thousands separators ("151.237", "46,669", "1 234");
 * a lone separator followed by 1–2 digits is a decimal ("12,5"), which the count check then refuses.
 */
export function readNumber(c: Cell): NumberRead {
  if (c.kind === 'empty') return { ok: 'empty' };
  if (c.kind === 'number') return { ok: true, n: c.n };
  if (c.kind === 'error') return { ok: false, reason: 'error', shown: c.e };
  if (c.kind === 'date') return { ok: false, reason: 'text', shown: cellText(c) };
  const shown = cellText(c);
  const n = parseNumberText(shown);
  if (n === null) {
    if (/^[-–—.]+$/.test(shown)) return { ok: 'empty' };
    const marked = FOOTNOTE.exec(shown);
    const figure = marked ? parseNumberText(marked[1]!) : null;
    if (figure !== null) return { ok: true, n: figure, note: marked![2]! };
    return { ok: false, reason: 'text', shown };
  }
  return { ok: true, n };
}

/** What the clerk is told of a figure read without its footnote mark: the note itself is under the table. */
export function footnoteMessage(c: Cell, n: number, mark: string): string {
  return `Ô ghi "${cellText(c)}": đã đọc là ${formatCount(n)}, bỏ dấu chú thích "${mark}". Hãy xem chú thích dưới bảng của đơn vị (ví dụ số liệu ước tính) trước khi ghi.`;
}

export function parseNumberText(text: string): number | null {
  let s = text.replace(/[\s\u00a0']/g, '');
  let sign = 1;
  if (/^\(.*\)$/.test(s)) {
    sign = -1;
    s = s.slice(1, -1);
  }
  if (/^[-−–]/.test(s)) {
    sign = -sign;
    s = s.slice(1);
  }
  // The same separator every three digits: thousands ("151.237", "1,234,567"); counts are whole numbers.
  if (/^\d{1,3}([.,])\d{3}(\1\d{3})*$/.test(s)) return sign * Number(s.replace(/[.,]/g, ''));
  // Mixed separators: the last one is the decimal mark.
  const mixed = /^(\d{1,3}(?:([.,])\d{3})+)([.,])(\d+)$/.exec(s);
  if (mixed && mixed[2] !== mixed[3]) return sign * Number(`${mixed[1]!.replace(/[.,]/g, '')}.${mixed[4]}`);
  if (/^\d+([.,]\d+)?$/.test(s)) return sign * Number(s.replace(',', '.'));
  return null;
}

/** `D12` from a 1-based column and row. */
export function columnLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function address(col: number, row: number): string {
  return `${columnLetter(col)}${row}`;
}
