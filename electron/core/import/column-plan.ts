/**
 * Which column of a sheet holds what: the detected header, overridden by a mapping the user confirmed in
 * this preview or one remembered for the same layout (its fingerprint), so a clerk chooses only once.
 */
import { createHash } from 'node:crypto';
import type { ColumnMapping } from '../../../shared/api/import-types';
import { address, columnLetter } from './cell-value';
import type { DetectedHeader } from './header-detect';
import { foldHeader } from './header-vocabulary';
import type { ReadSettings } from './read-settings';
import type { SheetReport } from './sheet-report';

/** A column read as figures, with its indicator's index in `ReadSettings.indicators`. */
export interface ValueColumn {
  col: number;
  ind: number;
}

export interface ColumnPlan {
  fingerprint: string;
  columns: ColumnMapping[];
  valueCols: ValueColumn[];
  unitCol: number | null;
  codeCol: number | null;
  periodCol: number | null;
  /** Unit choices remembered for this layout, under the ones made in this preview. */
  unitChoices: Record<string, string>;
}

function layoutFingerprint(header: DetectedHeader): string {
  return createHash('sha256')
    .update(header.columns.map((c) => `${columnLetter(c.col)}:${foldHeader(c.header)}`).join('|'))
    .digest('hex')
    .slice(0, 16);
}

export function planColumns(
  header: DetectedHeader,
  settings: ReadSettings,
  indexOf: ReadonlyMap<string, number>,
  report: SheetReport,
): ColumnPlan {
  const fingerprint = layoutFingerprint(header);
  const confirmed = settings.confirmed[fingerprint];
  // Unit choices remembered for this layout hold even when its columns are confirmed again.
  const remembered = settings.remembered(fingerprint);
  const override = confirmed ?? remembered?.columns ?? {};
  const unitChoices = { ...(remembered?.units ?? {}), ...settings.unitChoices };

  const columns: ColumnMapping[] = [];
  const valueCols: ValueColumn[] = [];
  let unitCol: number | null = null;
  let codeCol: number | null = null;
  let periodCol: number | null = null;
  const byIndicator = new Map<string, number[]>();
  for (const c of header.columns) {
    const letter = columnLetter(c.col);
    let indicator: string | null = c.role.role === 'indicator' ? c.role.indicator : null;
    let confidence: ColumnMapping['confidence'] = c.role.role === 'indicator' ? 'exact' : 'ignored';
    if (letter in override) {
      indicator = override[letter] ?? null;
      confidence = confirmed ? 'confirmed' : 'remembered';
      if (indicator && !indexOf.has(indicator)) indicator = null;
    } else if (c.role.role === 'unit' && unitCol === null) unitCol = c.col;
    else if (c.role.role === 'code' && codeCol === null) codeCol = c.col;
    else if (c.role.role === 'period' && periodCol === null) periodCol = c.col;
    else if (c.role.role === 'unknown')
      report.warning(
        address(c.col, header.lastRow),
        `Cột ${letter} ("${c.header}") không phải là chỉ tiêu nào đã biết nên không được nhập; nếu đây là một chỉ tiêu, hãy chọn chỉ tiêu cho cột này.`,
      );
    columns.push({ column: letter, header: c.header, indicator, confidence });
    if (indicator) {
      byIndicator.set(indicator, [...(byIndicator.get(indicator) ?? []), c.col]);
      valueCols.push({ col: c.col, ind: indexOf.get(indicator)! });
    }
  }
  for (const [ind, cols] of byIndicator) {
    if (cols.length > 1) {
      // Neither column is read: row after row of "two different numbers" would only repeat this.
      const n = indexOf.get(ind)!;
      for (let k = valueCols.length - 1; k >= 0; k--) if (valueCols[k]!.ind === n) valueCols.splice(k, 1);
      const label = settings.indicators[indexOf.get(ind)!]!.label;
      report.error(
        address(cols[1]!, header.lastRow),
        `Có ${cols.length} cột cùng được hiểu là "${label}" (cột ${cols.map(columnLetter).join(', ')}): hãy chọn cột nào được nhập.`,
      );
    }
  }
  return { fingerprint, columns, valueCols, unitCol, codeCol, periodCol, unitChoices };
}
