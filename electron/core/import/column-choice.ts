/**
 * Several columns of one sheet read as the same indicator (one under "Trong tháng", one under "Lũy kế";
 * "Tháng 6/2024" next to "Tháng 5/2024"; a total next to its parts): which one holds the stock of people at
 * the end of the report's period. Where a rule settles it the choice is made and said; where none does the
 * likeliest is proposed and the clerk is asked — a figure from the wrong column is a wrong figure, silently.
 */
import { observationPeriodLabel } from '../../../shared/domain/period';
import { foldHeader } from './header-vocabulary';
import { periodFromTitle } from './period-text';

export interface Candidate {
  col: number;
  header: string;
}

export interface ColumnVerdict {
  /** The column read. */
  chosen: number;
  /** True when no rule settled it: the clerk must confirm. */
  ask: boolean;
  /** Why each other column is not read (settled), or what tells them apart (asked). */
  others: { col: number; why: string }[];
}

const test = (re: RegExp) => (s: string) => re.test(s);
/** A stock at the end of the period, surely. */
const STOCK = test(
  /(^| )(den cuoi thang|den het thang|den cuoi ky|cuoi ky|cuoi thang|hien co|den nay|den het|tinh den)( |$)/,
);
/** "Lũy kế" is a stock of people, or the increases summed since January: likely the first, not surely. */
const CUMULATIVE = test(/(^| )luy ke( |$)/);
const IN_PERIOD = test(/(^| )(trong thang|trong ky|phat sinh)( |$)/);
const TOTAL = test(/(^| )(tong cong|tong so|tong|cong|chung)( |$)/);
const CURRENT = test(/(^| )(thang nay|ky nay|ky bao cao|thuc hien)( |$)/);

/** Picks among the columns of one indicator; `period` is the sheet's period (title or user), if known. */
export function chooseColumn(cands: readonly Candidate[], period: string | null): ColumnVerdict {
  let left = cands.map((c) => ({ ...c, s: foldHeader(c.header), month: periodFromTitle(c.header) }));
  const others: ColumnVerdict['others'] = [];
  const drop = (keep: (c: (typeof left)[number]) => boolean, why: (c: (typeof left)[number]) => string) => {
    const kept = left.filter(keep);
    if (kept.length === 0 || kept.length === left.length) return;
    for (const c of left) if (!keep(c)) others.push({ col: c.col, why: why(c) });
    left = kept;
  };
  // A column stating another period than the report's, next to one stating it (or none).
  if (period)
    drop(
      (c) => !c.month || c.month === period,
      (c) => `ghi ${observationPeriodLabel(c.month!)}, không phải kỳ báo cáo`,
    );
  if (left.some((c) => STOCK(c.s)))
    drop(
      (c) => STOCK(c.s) || !IN_PERIOD(c.s),
      () => 'số phát sinh trong kỳ, không phải số cuối kỳ',
    );
  if (left.filter((c) => TOTAL(c.s)).length === 1)
    drop(
      (c) => TOTAL(c.s),
      () => 'một phần của cột tổng',
    );
  if (left.length === 1) return { chosen: left[0]!.col, ask: false, others };

  const rank = (c: (typeof left)[number]) =>
    (STOCK(c.s) ? 8 : 0) + (CUMULATIVE(c.s) ? 4 : 0) + (CURRENT(c.s) ? 2 : 0) - (IN_PERIOD(c.s) ? 1 : 0);
  const best = left.reduce((a, b) => (rank(b) > rank(a) ? b : a));
  for (const c of left)
    if (c !== best) others.push({ col: c.col, why: 'có thể đây mới là cột cần nhập, xem câu hỏi ở trên' });
  return { chosen: best.col, ask: true, others };
}
