/**
 * Which period a sheet's figures belong to: the user's choice over the title (or the sheet's name), or a
 * period column read row by row; disagreements are warned about because a figure in the wrong month is
 * the costliest silent mistake.
 */
import type { SheetPreview } from '../../../shared/api/import-types';
import { observationPeriodLabel } from '../../../shared/domain/period';
import { address, cellText } from './cell-value';
import type { SheetRow } from './header-detect';
import { periodFromCell, periodOfSheet } from './period-text';
import type { SheetReport } from './sheet-report';

export interface SheetPeriod {
  /** The period of every row, unless a period column says otherwise. */
  period: string | null;
  source: SheetPreview['periodSource'];
  /** The title and a column header state different months and the clerk has not said which holds. */
  asked: { title: string; header: string; headerCol: number } | null;
}

/** The period the title (or else the sheet's name) states, before any column header is read. */
export function titlePeriod(head: readonly SheetRow[], firstHeaderRow: number, sheet: string): string | null {
  return periodOfSheet(titleLines(head, firstHeaderRow), sheet).period;
}

export function sheetPeriod(
  head: readonly SheetRow[],
  firstHeaderRow: number,
  sheet: string,
  user: string | null,
  periodCol: number | null,
  report: SheetReport,
  /** A month stated in a read column's header, and the clerk's answer when it differs from the title's. */
  header: { period: string; col: number } | null = null,
  answer: 'title' | 'header' | null = null,
): SheetPeriod {
  const { period: titlePeriod, named } = periodOfSheet(titleLines(head, firstHeaderRow), sheet);
  if (named && titlePeriod)
    report.warning(
      null,
      `Tên trang tính "${sheet}" ghi ${observationPeriodLabel(named)} nhưng tiêu đề ghi ${observationPeriodLabel(titlePeriod)}; số liệu được nhập theo tiêu đề (${observationPeriodLabel(titlePeriod)}). Nếu tiêu đề ghi nhầm, hãy sửa tiêu đề hoặc chọn kỳ khi nhập.`,
    );
  if (user && titlePeriod && user !== titlePeriod)
    report.warning(
      null,
      `Tiêu đề ghi kỳ ${observationPeriodLabel(titlePeriod)} nhưng người nhập chọn ${observationPeriodLabel(user)}; số liệu được nhập vào ${observationPeriodLabel(user)}.`,
    );
  let asked: SheetPeriod['asked'] = null;
  let fromHeader = false;
  // A column header's month is the table's own word: it stands alone, or is asked against the title's.
  if (!user && periodCol === null && header && header.period !== titlePeriod) {
    if (!titlePeriod || answer === 'header') fromHeader = true;
    else if (answer !== 'title') asked = { title: titlePeriod, header: header.period, headerCol: header.col };
  }
  const period = user ?? (fromHeader ? header!.period : titlePeriod);
  const source: SheetPreview['periodSource'] = periodCol
    ? 'column'
    : user
      ? 'user'
      : fromHeader
        ? 'header'
        : titlePeriod
          ? 'title'
          : null;
  if (!period && periodCol === null)
    report.error(
      null,
      'Không xác định được kỳ báo cáo: tiêu đề và tên trang tính không ghi tháng/quý/năm, và không có cột "Tháng". Hãy ghi kỳ vào tiêu đề (ví dụ "Tháng 06 năm 2024") hoặc chọn kỳ khi nhập.',
    );
  return { period, source, asked };
}

/** A row's period: its period column's cell, the sheet's period when that is blank; null after an error. */
/** Period labels as typed → the period they read as (periodFromCell is pure). */
const textPeriods = new Map<string, string>();

export function rowPeriod(
  row: SheetRow,
  periodCol: number | null,
  sheetPeriod: string | null,
  report: SheetReport,
): string | null {
  if (periodCol === null) return sheetPeriod;
  const pc = row.cells[periodCol];
  // A history's period column repeats a dozen labels over every row: each is read once.
  if (pc?.kind === 'text') {
    const known = textPeriods.get(pc.s);
    if (known) return known;
  }
  const raw = pc?.kind === 'number' ? pc.n : pc?.kind === 'date' ? pc.d : pc ? cellText(pc) : '';
  const period = raw === '' ? sheetPeriod : periodFromCell(raw);
  if (pc?.kind === 'text' && raw !== '' && period) {
    if (textPeriods.size >= 1000) textPeriods.clear();
    textPeriods.set(pc.s, period);
  }
  if (!period)
    report.error(
      address(periodCol, row.number),
      `Không đọc được kỳ "${raw === '' ? '(trống)' : String(raw)}": hãy ghi dạng 06/2024.`,
    );
  return period;
}

/**
 * The lines above a header as a clerk reads them: each text cell, then the whole row when it spreads over
 * several cells ("Kỳ báo cáo:" | a real date), a date written dd/mm/yyyy.
 */
function titleLines(head: readonly SheetRow[], firstHeaderRow: number): string[] {
  const lines: string[] = [];
  for (const r of head) {
    if (r.number >= firstHeaderRow) break;
    const parts: string[] = [];
    for (const c of r.cells) {
      if (c?.kind === 'text') {
        lines.push(cellText(c));
        parts.push(cellText(c));
      } else if (c?.kind === 'date') {
        const d = c.d;
        parts.push(`${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`);
      } else if (c?.kind === 'number') parts.push(cellText(c));
    }
    if (parts.length > 1) lines.push(parts.join(' '));
  }
  return lines;
}
