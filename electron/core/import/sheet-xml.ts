/**
 * The rows of one worksheet part (`xl/worksheets/sheetN.xml`) read straight from its XML, chunk by chunk.
 * exceljs' streaming reader builds a Row and Cell object (with style, address and model) for every cell
 * and a SAX event object for every tag; on a 120,000-row history that was slower alone than writing the
 * whole import, and its garbage set the import's peak memory. This scanner only looks at the few tags a
 * value lives in (row, c, v, f, is/t) and hands over the importer's own `Cell` for each cell.
 *
 * What a cell reads as follows exceljs' streaming reader, so the importer sees the same values: shared
 * strings (plain or rich), inline strings, booleans, errors, dates by the cell's number format, and a
 * formula's cached result (none: not computed; an error result: failed).
 */
import { toCell, type Cell } from './cell-value';
import type { SheetRow } from './header-detect';

export interface SheetXmlSetup {
  /** The workbook's shared strings as exceljs parsed them (text, or `{ richText }`). */
  sharedStrings: readonly unknown[];
  /** Whether the cell format `s` (an index into styles.xml's cellXfs) shows a date. */
  isDateStyle: (s: number) => boolean;
  date1904: boolean;
}

const EMPTY: Cell = { kind: 'empty' };
/** What `value` holds when its digits were read in place (SheetScanner.digits): no text can be this. */
const DIGITS = '\u0000digits';
// What `toCell` makes of exceljs' value for a formula without a cached result, and with an error result.
const UNCOMPUTED = toCell({ formula: '' });
const FAILED = toCell({ formula: '', result: NaN });

/** exceljs' utils.excelToDate: a serial day number as a UTC date. */
function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'quot' ? '"' : "'";
  });
}

/** `A1` → 1: the column of the cell reference in xml[from, to). */
function columnAt(xml: string, from: number, to: number): number {
  let col = 0;
  for (let i = from; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + c - 64;
    else if (c >= 97 && c <= 122) col = col * 26 + c - 96;
    else break;
  }
  return col;
}

/** parseInt(xml.slice(from, to), 10) without the slice: NaN when no digit comes first. */
function intAt(xml: string, from: number, to: number): number {
  let i = from;
  while (i < to && xml.charCodeAt(i) <= 32) i++;
  let sign = 1;
  if (xml.charCodeAt(i) === 43 /* + */) i++;
  else if (xml.charCodeAt(i) === 45 /* - */) {
    sign = -1;
    i++;
  }
  let n = 0;
  const first = i;
  for (; i < to; i++) {
    const c = xml.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    n = n * 10 + c;
  }
  return i === first ? NaN : sign * n;
}

/** The cell types a sheet writes, so that reading `t="s"` makes no string. */
const TYPES = ['s', 'n', 'b', 'e', 'str', 'inlineStr', 'd'];

/** Where the value of attribute `name` lies in a tag's xml[from, to): set in valueFrom/valueTo, or false. */
let valueFrom = 0;
let valueTo = 0;
function findAttr(xml: string, from: number, to: number, name: string): boolean {
  let at = from;
  for (;;) {
    at = xml.indexOf(name, at);
    if (at < 0 || at >= to) return false;
    const before = xml.charCodeAt(at - 1);
    let i = at + name.length;
    // A whole attribute name (not the end of `spans` for `s`), then `=` and a quoted value.
    if (before === 32 || before === 9 || before === 10 || before === 13) {
      while (xml.charCodeAt(i) === 32) i++;
      if (xml.charCodeAt(i) === 61 /* = */) {
        i++;
        while (xml.charCodeAt(i) === 32) i++;
        const q = xml[i];
        if (q === '"' || q === "'") {
          const end = xml.indexOf(q, i + 1);
          if (end > 0 && end < to) {
            valueFrom = i + 1;
            valueTo = end;
            return true;
          }
        }
      }
    }
    at = i;
  }
}

/** The cell type in the tag's attribute `t`, a shared constant for the usual ones. */
function typeAt(xml: string, from: number, to: number): string | undefined {
  if (!findAttr(xml, from, to, 't')) return undefined;
  const len = valueTo - valueFrom;
  for (const t of TYPES) if (t.length === len && xml.startsWith(t, valueFrom)) return t;
  return xml.slice(valueFrom, valueTo);
}

/** How much of a chunk is joined to the markup left unfinished by the one before. */
const BOUNDARY = 2048;

/** No tag, comment or CDATA of a sheet is near this long: past it the part is broken, not unfinished. */
const MAX_MARKUP = 1024 * 1024;

/** Where to wait for the next chunk from: at the markup begun at `lt`, unless it has run on too long. */
function unfinished(xml: string, lt: number): number {
  if (xml.length - lt > MAX_MARKUP) throw new Error('worksheet XML: unterminated markup');
  return lt;
}

/** The tags the reader looks at; every other tag is passed over without making its name. */
type Tag = 'sheetData' | 'row' | 'c' | 'v' | 'f' | 'is' | 't' | 'rPh';
const TAGS: readonly Tag[] = ['c', 'v', 'row', 'f', 't', 'is', 'rPh', 'sheetData'];

function tagName(xml: string, start: number, end: number): Tag | null {
  const len = end - start;
  for (const t of TAGS) if (t.length === len && xml.startsWith(t, start)) return t;
  return null;
}

/** The reader's state between chunks: where it is in the sheet and what the open cell holds so far. */
class SheetScanner {
  private inSheetData = false;
  private row: SheetRow | null = null;
  private lastRow = 0;
  private rowStyle = 0;
  private col = 0;
  private style = 0;
  private type: string | undefined;
  private formula = false;
  private value: string | undefined;
  /** The value's digits as a number, while `value` is DIGITS. */
  private number = 0;
  private inline: string | undefined;
  private inInline = false;
  private inPhonetic = false;
  /** 0: text is not kept; 1: into `value`; 2: into `inline`. */
  private capture = 0;
  readonly done: SheetRow[] = [];

  constructor(private readonly setup: SheetXmlSetup) {}

  /** Reads `xml` up to the last whole tag; returns how much was read (the rest waits for the next chunk). */
  scan(xml: string, from = 0): number {
    let pos = from;
    const n = xml.length;
    while (pos < n) {
      const lt = xml.indexOf('<', pos);
      if (lt < 0) {
        // Text running to the chunk's end is kept only when it is a value's, and cut before a split entity:
        // a broken part of nothing but text must not pile up in memory.
        if (this.capture === 0) return n;
        const amp = xml.lastIndexOf('&');
        const cut = amp >= pos && n - amp < 12 ? amp : n;
        this.text(xml.slice(pos, cut));
        return cut;
      }
      if (lt > pos && this.capture !== 0 && !this.digits(xml, pos, lt)) this.text(xml.slice(pos, lt));
      if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) return unfinished(xml, lt);
        if (this.capture !== 0) this.text(xml.slice(lt + 9, end), true);
        pos = end + 3;
        continue;
      }
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) return unfinished(xml, lt);
        pos = end + 3;
        continue;
      }
      const gt = xml.indexOf('>', lt + 1);
      if (gt < 0) return unfinished(xml, lt);
      this.tag(xml, lt + 1, gt);
      pos = gt + 1;
    }
    return pos;
  }

  /**
   * A number's or shared string's value of plain digits, whole between its tags, read in place: most
   * values of a sheet, not one string each. False when the text must be kept as text.
   */
  private digits(xml: string, from: number, to: number): boolean {
    if (this.capture !== 1 || this.value !== '' || this.formula || to - from > 15) return false;
    const t = this.type;
    if (t !== undefined && t !== 'n' && t !== 's') return false;
    let n = 0;
    for (let i = from; i < to; i++) {
      const c = xml.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return false;
      n = n * 10 + c;
    }
    this.number = n;
    this.value = DIGITS;
    return true;
  }

  private text(raw: string, cdata = false): void {
    // Text after digits read in place (a CDATA section, a chunk's end): the digits become text again.
    if (this.value === DIGITS) this.value = String(this.number);
    const s = cdata ? raw : decodeEntities(raw);
    if (this.capture === 1) this.value = (this.value ?? '') + s;
    else this.inline = (this.inline ?? '') + s;
  }

  private tag(xml: string, from: number, to: number): void {
    const first = xml.charCodeAt(from);
    if (first === 63 /* ? */ || first === 33 /* ! */) return;
    const closing = first === 47; /* / */
    let start = closing ? from + 1 : from;
    let end = start;
    while (end < to) {
      const c = xml.charCodeAt(end);
      if (c === 32 || c === 47 || c === 9 || c === 10 || c === 13) break;
      if (c === 58 /* : */) start = end + 1; // a namespace prefix (`x:row`) does not change the tag
      end++;
    }
    const name = tagName(xml, start, end);
    if (name === null) return;
    if (closing) return this.close(name);
    const selfClosing = xml.charCodeAt(to - 1) === 47;
    this.open(name, xml, end, selfClosing ? to - 1 : to);
    if (selfClosing) this.close(name);
  }

  /** Opens tag `name`; its attributes are xml[from, to). */
  private open(name: Tag, xml: string, from: number, to: number): void {
    switch (name) {
      case 'sheetData':
        this.inSheetData = true;
        return;
      case 'row': {
        if (!this.inSheetData) return;
        this.lastRow = findAttr(xml, from, to, 'r') ? intAt(xml, valueFrom, valueTo) : this.lastRow + 1;
        this.row = { number: this.lastRow, cells: [] };
        this.col = 0;
        this.rowStyle = findAttr(xml, from, to, 's') ? intAt(xml, valueFrom, valueTo) || 0 : 0;
        return;
      }
      case 'c': {
        if (!this.row) return;
        this.col = findAttr(xml, from, to, 'r') ? columnAt(xml, valueFrom, valueTo) : this.col + 1;
        this.style = findAttr(xml, from, to, 's')
          ? intAt(xml, valueFrom, valueTo) || this.rowStyle
          : this.rowStyle;
        this.type = typeAt(xml, from, to);
        this.formula = false;
        this.value = undefined;
        this.inline = undefined;
        return;
      }
      case 'f':
        if (this.row) this.formula = true;
        return;
      case 'v':
        if (this.row) {
          this.value = '';
          this.capture = 1;
        }
        return;
      case 'is':
        if (this.row) {
          this.inInline = true;
          this.inline = '';
        }
        return;
      case 'rPh':
        this.inPhonetic = true;
        return;
      case 't':
        if (this.inInline && !this.inPhonetic) this.capture = 2;
        return;
    }
  }

  private close(name: Tag): void {
    switch (name) {
      case 'v':
      case 't':
        this.capture = 0;
        return;
      case 'rPh':
        this.inPhonetic = false;
        return;
      case 'is':
        this.inInline = false;
        return;
      case 'c':
        if (this.row && this.col > 0) {
          // A cell exceljs gave no value (no <v>, no formula) stays a hole, filled at the row's end.
          const cell = this.cell();
          if (cell !== null) this.row.cells[this.col] = cell;
        }
        this.capture = 0;
        return;
      case 'row':
        if (this.row) {
          const cells = this.row.cells;
          // The shape exceljs' `row.values` gave: every column up to the last one with a value holds a cell.
          while (cells.length > 1 && cells[cells.length - 1]!.kind === 'empty') cells.length--;
          for (let c = 1; c < cells.length; c++) if (cells[c] === undefined) cells[c] = EMPTY;
          this.done.push(this.row);
          this.row = null;
        }
        return;
      case 'sheetData':
        this.inSheetData = false;
        return;
    }
  }

  /** The open cell's value, as exceljs' streaming reader and `toCell` together read it. */
  private cell(): Cell | null {
    const v = this.inline ?? this.value;
    if (this.formula) {
      if (v === undefined) return UNCOMPUTED;
      if (this.type === 'str' || this.type === 'inlineStr') return toCell(v);
      const n = parseFloat(v);
      // An error result (#DIV/0!, #N/A) is not a number.
      if (Number.isNaN(n)) return FAILED;
      return toCell(n);
    }
    if (v === undefined) return null;
    if (v === DIGITS) {
      if (this.type === 's') return toCell(this.setup.sharedStrings[this.number]);
      return this.style !== 0 && this.setup.isDateStyle(this.style)
        ? { kind: 'date', d: excelDate(this.number, this.setup.date1904) }
        : { kind: 'number', n: this.number };
    }
    switch (this.type) {
      case 's':
        return toCell(this.setup.sharedStrings[parseInt(v, 10)]);
      case 'inlineStr':
      case 'str':
        return toCell(v);
      case 'e':
        return { kind: 'error', e: v };
      case 'b':
        return toCell(parseInt(v, 10) !== 0);
      default: {
        const n = parseFloat(v);
        if (this.style !== 0 && this.setup.isDateStyle(this.style) && Number.isFinite(n))
          return { kind: 'date', d: excelDate(n, this.setup.date1904) };
        return Number.isFinite(n) ? { kind: 'number', n } : toCell(n);
      }
    }
  }
}

/**
 * Every row of the sheet in order, as the importer reads them, in batches (the rows completed by each
 * chunk): one promise per chunk of the part instead of one per row. Chunks are the part's inflated bytes.
 */
export async function* sheetRowBatches(
  chunks: AsyncIterable<Uint8Array | string>,
  setup: SheetXmlSetup,
): AsyncGenerator<SheetRow[]> {
  const decoder = new TextDecoder('utf-8');
  const scanner = new SheetScanner(setup);
  let rest = '';
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let from = 0;
    if (rest !== '') {
      // The markup split between chunks is read from a short join, not by copying the whole chunk after
      // it (a join of two strings is flattened, every chunk copied once more, when it is searched).
      const joined = rest + text.slice(0, BOUNDARY);
      const used = scanner.scan(joined);
      if (used >= rest.length && joined.length > rest.length) from = used - rest.length;
      else {
        const all = rest + text;
        from = scanner.scan(all);
        rest = all.slice(from);
        if (scanner.done.length > 0) yield scanner.done.splice(0);
        continue;
      }
    }
    rest = text.slice(scanner.scan(text, from));
    if (scanner.done.length > 0) yield scanner.done.splice(0);
  }
  scanner.scan(rest + decoder.decode());
  if (scanner.done.length > 0) yield scanner.done.splice(0);
}
