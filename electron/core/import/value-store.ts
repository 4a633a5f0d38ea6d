/**
 * The values read from all files, held in typed arrays (about 30 bytes a value) rather than objects, so a
 * 150,000-row history stays small; where each came from is a (source, row, column) triple.
 */
import { FigureIndex } from './figure-index';

export interface ValueSource {
  file: string;
  sheet: string;
}

function grow<T extends Float64Array | Int32Array | Uint16Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

/** `YYYY-MM` ↔ year*100+month; a yearly `YYYY` is year*100. */
export function periodCode(period: string): number {
  return period.length === 4
    ? Number(period) * 100
    : Number(period.slice(0, 4)) * 100 + Number(period.slice(5, 7));
}
export function periodText(code: number): string {
  const y = Math.floor(code / 100);
  const m = code % 100;
  return m === 0 ? String(y) : `${y}-${String(m).padStart(2, '0')}`;
}

export class ValueStore {
  length = 0;
  unit = new Int32Array(1024);
  indicator = new Uint16Array(1024);
  period = new Int32Array(1024);
  value = new Float64Array(1024);
  source = new Uint16Array(1024);
  row = new Int32Array(1024);
  col = new Uint16Array(1024);
  /** Old value from the database, NaN when there was none; filled by `lookupOld`. */
  old = new Float64Array(0);
  readonly sources: ValueSource[] = [];
  private readonly index = new FigureIndex();

  sourceIndex(file: string, sheet: string): number {
    const i = this.sources.findIndex((s) => s.file === file && s.sheet === sheet);
    if (i >= 0) return i;
    this.sources.push({ file, sheet });
    return this.sources.length - 1;
  }

  find(unit: number, indicator: number, period: number): number | undefined {
    return this.index.find(this, unit, indicator, period);
  }

  add(
    unit: number,
    indicator: number,
    period: number,
    value: number,
    source: number,
    row: number,
    col: number,
  ): number {
    if (this.length === this.unit.length) {
      const n = this.length * 2;
      this.unit = grow(this.unit, n);
      this.indicator = grow(this.indicator, n);
      this.period = grow(this.period, n);
      this.value = grow(this.value, n);
      this.source = grow(this.source, n);
      this.row = grow(this.row, n);
      this.col = grow(this.col, n);
    }
    const i = this.length++;
    this.unit[i] = unit;
    this.indicator[i] = indicator;
    this.period[i] = period;
    this.value[i] = value;
    this.source[i] = source;
    this.row[i] = row;
    this.col[i] = col;
    this.index.add(this, i);
    return i;
  }
}
