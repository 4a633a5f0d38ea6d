/**
 * Which column of a sheet holds what: the detected header, overridden by a mapping the user confirmed in
 * this preview or one remembered for the same layout (its fingerprint), so a clerk chooses only once.
 */
import { createHash } from 'node:crypto';
import type { ColumnMapping } from '../../../shared/api/import-types';
import { address, columnLetter } from './cell-value';
import type { DetectedHeader } from './header-detect';
import { chooseColumn } from './column-choice';
import { foldHeader } from './header-vocabulary';
import { periodFromTitle } from './period-text';
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
  /** Indicators read from one of several columns that no rule told apart: the clerk must confirm. */
  asked: AskedColumn[];
  /** A month the read columns' headers state ("Thực hiện tháng 5/2024"), one differing from `period` first. */
  headerMonth: { period: string; col: number } | null;
  /** The clerk's answer, now or remembered, when the title's and the headers' periods disagree. */
  periodAnswer: 'title' | 'header' | null;
}

export interface AskedColumn {
  indicator: string;
  chosen: number;
  candidates: { col: number; header: string }[];
}

/** "(nghìn người)", "ĐVT: 1.000 người": figures rounded to thousands. */
const THOUSANDS = /(^| )(nghin|ngan) (nguoi|lao dong)( |$)|(^| )1 ?000 nguoi( |$)/;

function layoutFingerprint(header: DetectedHeader): string {
  return createHash('sha256')
    .update(header.columns.map((c) => `${columnLetter(c.col)}:${foldHeader(c.header)}`).join('|'))
    .digest('hex')
    .slice(0, 16);
}

/** `period`: the user's or the title's, which tells a column of this period from one of another. */
export function planColumns(
  header: DetectedHeader,
  settings: ReadSettings,
  indexOf: ReadonlyMap<string, number>,
  report: SheetReport,
  period: string | null,
): ColumnPlan {
  const fingerprint = layoutFingerprint(header);
  const confirmed = settings.confirmed[fingerprint];
  // Unit choices remembered for this layout hold even when its columns are confirmed again.
  const remembered = settings.remembered(fingerprint);
  const override = confirmed ?? remembered?.columns ?? {};
  const unitChoices = { ...(remembered?.units ?? {}), ...settings.unitChoices };

  const columns: ColumnMapping[] = [];
  let unitCol: number | null = null;
  let codeCol: number | null = null;
  let periodCol: number | null = null;
  const byIndicator = new Map<string, number[]>();
  /** Indicators the user mapped a column to: several such columns are the user's own conflict. */
  const chosenByUser = new Set<string>();
  const headerOf = new Map(header.columns.map((c) => [c.col, c.header]));
  for (const c of header.columns) {
    const letter = columnLetter(c.col);
    let indicator: string | null = c.role.role === 'indicator' ? c.role.indicator : null;
    let confidence: ColumnMapping['confidence'] = c.role.role === 'indicator' ? 'exact' : 'ignored';
    let note: string | undefined = c.role.role === 'ignored' ? c.role.why : undefined;
    if (letter in override) {
      indicator = override[letter] ?? null;
      confidence = confirmed ? 'confirmed' : 'remembered';
      note = undefined;
      if (indicator && !indexOf.has(indicator)) indicator = null;
      if (indicator) chosenByUser.add(indicator);
    } else if (c.role.role === 'unit' && unitCol === null) unitCol = c.col;
    else if (c.role.role === 'code' && codeCol === null) codeCol = c.col;
    else if (c.role.role === 'period' && periodCol === null) periodCol = c.col;
    else if (c.role.role === 'unknown')
      report.warning(
        address(c.col, header.lastRow),
        `Cột ${letter} ("${c.header}") không phải là chỉ tiêu nào đã biết nên không được nhập; nếu đây là một chỉ tiêu, hãy chọn chỉ tiêu cho cột này.`,
      );
    if (indicator && THOUSANDS.test(foldHeader(c.header))) {
      report.error(
        address(c.col, header.lastRow),
        `Cột ${letter} ("${c.header}") tính bằng nghìn người, còn ứng dụng lưu số người: số đã làm tròn đến nghìn không thể nhân ngược lại cho đúng. Hãy gửi lại bảng tính bằng người (không làm tròn) rồi nhập lại.`,
      );
      indicator = null;
      note = 'tính bằng nghìn người';
    }
    columns.push({ column: letter, header: c.header, indicator, confidence, ...(note ? { note } : {}) });
    if (indicator) byIndicator.set(indicator, [...(byIndicator.get(indicator) ?? []), c.col]);
  }

  const asked: AskedColumn[] = [];
  const mapping = (col: number) => columns.find((m) => m.column === columnLetter(col))!;
  for (const [ind, cols] of byIndicator) {
    if (cols.length < 2) continue;
    if (chosenByUser.has(ind)) {
      // Neither column is read: row after row of "two different numbers" would only repeat this.
      byIndicator.delete(ind);
      const label = settings.indicators[indexOf.get(ind)!]!.label;
      report.error(
        address(cols[1]!, header.lastRow),
        `Có ${cols.length} cột cùng được hiểu là "${label}" (cột ${cols.map(columnLetter).join(', ')}): hãy chọn cột nào được nhập.`,
      );
      continue;
    }
    const candidates = cols.map((col) => ({ col, header: headerOf.get(col)! }));
    const verdict = chooseColumn(candidates, period);
    byIndicator.set(ind, [verdict.chosen]);
    for (const o of verdict.others) {
      const m = mapping(o.col);
      m.indicator = null;
      m.confidence = verdict.ask ? 'guess' : 'ignored';
      m.note = verdict.ask ? `chưa chắc: ${o.why}` : o.why;
    }
    if (verdict.ask) {
      mapping(verdict.chosen).confidence = 'guess';
      asked.push({ indicator: ind, chosen: verdict.chosen, candidates });
    }
  }

  const valueCols: ValueColumn[] = [];
  for (const [ind, cols] of byIndicator)
    for (const col of cols) valueCols.push({ col, ind: indexOf.get(ind)! });
  valueCols.sort((a, b) => a.col - b.col);

  const months = new Map<string, number>();
  for (const v of valueCols) {
    const p = periodFromTitle(headerOf.get(v.col) ?? '');
    // A year ("LLLĐ năm 2023") dates the labour-force source, not the report's month.
    if (p && p.length > 4 && !months.has(p)) months.set(p, v.col);
  }
  // The one to ask about is a month other than the report's; when the title states none, the headers' own.
  const stated = [...months].find(([p]) => p !== period) ?? [...months][0];
  const headerMonth = stated ? { period: stated[0], col: stated[1] } : null;
  const periodAnswer = settings.periodChoices[fingerprint] ?? remembered?.period ?? null;
  return {
    fingerprint,
    columns,
    valueCols,
    unitCol,
    codeCol,
    periodCol,
    unitChoices,
    asked,
    headerMonth,
    periodAnswer,
  };
}
