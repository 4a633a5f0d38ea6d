/**
 * The unit a row's figures belong to, resolved once per (units in force, code, name, section) in a sheet:
 * a commune history repeats the same names over thousands of rows, and each note is said once per period.
 */
import type { UnitInfo } from '../../../shared/api/types';
import { address } from './cell-value';
import type { SheetReport } from './sheet-report';
import type { Resolution, UnitResolvers } from './unit-resolver';
import type { UnplacedNames } from './unplaced-names';

export type RowUnit = Exclude<Resolution, { kind: 'error' }>;

export class RowUnits {
  private readonly cache = new Map<string, Resolution>();
  private readonly plain = new Map<object, Map<string, RowUnit>>();
  private readonly unplacedSeen = new Set<string>();

  constructor(
    private readonly resolvers: UnitResolvers,
    private readonly unplaced: UnplacedNames,
    private readonly file: string,
    private readonly sheet: string,
    private readonly unitCol: number | null,
    private readonly codeCol: number | null,
    private readonly report: SheetReport,
  ) {}

  /** The row's unit or total in the row's period; null when it names none, which is reported. */
  resolve(
    rowNumber: number,
    name: string,
    code: string,
    section: UnitInfo | null,
    period: string,
  ): RowUnit | null {
    const resolver = this.resolvers.for(period);
    const rowKey = `${code}\u0000${name}\u0000${section?.id ?? ''}`;
    // A unit found without a note is the same in every period with the same units in force: a history's
    // 10,000 communes are resolved once, not once per month. Errors and notes name the period: per period.
    let plain = this.plain.get(resolver.catalogue);
    if (!plain) this.plain.set(resolver.catalogue, (plain = new Map()));
    const found = plain.get(rowKey);
    if (found) return found;
    const cacheKey = `${period}\u0000${rowKey}`;
    let res = this.cache.get(cacheKey);
    if (!res) {
      res = resolver.resolve(name, code, section);
      if (res.kind === 'unit' && !res.note) {
        plain.set(rowKey, res);
        return res;
      }
      this.cache.set(cacheKey, res);
      if (res.kind !== 'error' && res.note)
        this.report.warning(address((code ? this.codeCol : this.unitCol) ?? 1, rowNumber), res.note);
    }
    if (res.kind !== 'error') return res;
    const cell = address(code ? this.codeCol! : this.unitCol!, rowNumber);
    this.report.error(cell, res.message);
    if (res.unplaced)
      this.unplaced.note(
        this.file,
        this.sheet,
        cell,
        name,
        res.unplaced,
        this.unplacedSeen,
        resolver.choiceKey(name),
        resolver.units,
      );
    return null;
  }
}
