/**
 * Which staged value holds a (unit, indicator, period): an open-addressing table of indices into the value
 * store's own arrays, so a key is never copied. One Map per unit with one entry per figure cost a 120,000-row
 * history a quarter of a second and tens of MB of garbage; this is two typed arrays.
 */
export interface FigureKeys {
  readonly unit: Int32Array;
  readonly indicator: Uint16Array;
  readonly period: Int32Array;
}

function hash(unit: number, indicator: number, period: number): number {
  let h = Math.imul(unit, 0x9e3779b1) ^ Math.imul(period, 0x85ebca77) ^ Math.imul(indicator + 1, 0xc2b2ae3d);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) >>> 0;
}

export class FigureIndex {
  /** Store index + 1 per slot; 0 is an empty slot. */
  private slots = new Int32Array(2048);
  private count = 0;

  find(keys: FigureKeys, unit: number, indicator: number, period: number): number | undefined {
    const mask = this.slots.length - 1;
    for (let s = hash(unit, indicator, period) & mask; ; s = (s + 1) & mask) {
      const i = this.slots[s]! - 1;
      if (i < 0) return undefined;
      if (keys.unit[i] === unit && keys.period[i] === period && keys.indicator[i] === indicator) return i;
    }
  }

  /** Records index `i` (its key read from `keys`), which must not be in the table yet. */
  add(keys: FigureKeys, i: number): void {
    if ((this.count + 1) * 2 > this.slots.length) this.rehash(keys, this.slots.length * 2);
    this.place(keys, this.slots, i);
    this.count++;
  }

  private place(keys: FigureKeys, slots: Int32Array, i: number): void {
    const mask = slots.length - 1;
    let s = hash(keys.unit[i]!, keys.indicator[i]!, keys.period[i]!) & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = i + 1;
  }

  private rehash(keys: FigureKeys, size: number): void {
    const next = new Int32Array(size);
    for (const v of this.slots) if (v !== 0) this.place(keys, next, v - 1);
    this.slots = next;
  }
}
