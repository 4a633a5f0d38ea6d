/** What the progress, trend and completeness reports show; built in the core, drawn as PDF, Excel or UI. */
import type { LaterTarget, Pace, Progress, TargetKind } from '../domain/progress';
import type { PlanInfo, ReportSettings, UnitLevel } from '../api/types';
import type { ReportTexts } from './texts';

export interface CoverageProgress extends Progress {
  targetKind: TargetKind | null;
  /** Rate (or count) at the previous month and the same month a year earlier; null where unknown. */
  previousMonth: number | null;
  sameMonthLastYear: number | null;
  changeSincePreviousMonth: number | null;
  changeSinceLastYear: number | null;
  /** December value projected from the months of this year that have figures. */
  projectedYearEnd: number | null;
  /** Participants now minus participants the same month a year earlier, in people. */
  peopleChangeSinceLastYear: number | null;
  /** The plan that contains the target; null when the office set it (or there is no target). */
  targetDocument: string | null;
  /** Before December the verdict is the pace (đúng/chậm tiến độ), in December the result. */
  pace: Pace;
}

export interface ProgressRow {
  unit: string;
  name: string;
  level: UnitLevel;
  laborForce: number | null;
  bhxhCompulsory: number | null;
  bhxhVoluntary: number | null;
  bhxhParticipants: number | null;
  bhtn: number | null;
  bhxh: CoverageProgress;
  bhtnCoverage: CoverageProgress;
  /** Human notes: "LLLĐ lấy số liệu Năm 2023", "BHTN chuyển từ Tháng 5/2024". */
  carriedNotes: string[];
  /**
   * The month `YYYY-MM` (or year) of the oldest participant figure carried into the period; null when the
   * row's participant figures are the period's own. Every drawer reads this, never the notes' wording.
   */
  carriedFrom: string | null;
}

/** Who set a target the report uses: a document (plan) or, with `document` null, the office itself. */
export interface TargetSource {
  document: PlanInfo | null;
  year: number;
}

export interface RawFigure {
  unit: string;
  unitName: string;
  indicator: string;
  indicatorLabel: string;
  /** Stored period `YYYY-MM` or `YYYY`. */
  period: string;
  value: number;
  carried: boolean;
  sourceFile: string | null;
  sourceCell: string | null;
  importId: number | null;
  importedAt: string | null;
}

export interface ProgressReportModel {
  period: string;
  /** "Tháng 6/2024", "Quý II/2024", "Năm 2024". */
  periodLabel: string;
  month: string;
  /** "Số liệu đến hết tháng 6/2024". */
  asOf: string;
  year: number;
  plan: PlanInfo | null;
  /** The month the figures stand at: `month`, or the month the province's figures are carried from. */
  dataMonth: string;
  /** The last earlier month with figures the changes compare with, and how a sentence names it. */
  comparedWith: { month: string; label: string } | null;
  /** Where the year asked for sets no province target: the plan's next one and the pace it asks. */
  laterTarget: { bhxh: LaterTarget | null; bhtn: LaterTarget | null };
  /** Whether each block's targets are rates or headcounts: the tables, chart and sentences follow it. */
  targetKind: { bhxh: TargetKind; bhtn: TargetKind };
  /** The documents (or the office) that set the targets the report uses. */
  targetSources: TargetSource[];
  districts: ProgressRow[];
  province: ProgressRow;
  /** Section I (kết quả đạt được), drafted from the figures, in Vietnamese. */
  summary: string[];
  /** Sections II–IV as the office wrote them for this report (empty strings where not written yet). */
  texts: ReportTexts;
  /** What the report had to qualify (carried figures): the CLI prints these on stderr. */
  warnings: string[];
  raw: RawFigure[];
  settings: ReportSettings;
  /** ISO date-time the report was made. */
  generatedAt: string;
}

export interface TrendPoint {
  month: string;
  /** The counts behind the rates, so a workbook can recompute them. */
  laborForce: number | null;
  bhxhParticipants: number | null;
  bhtn: number | null;
  bhxhCoverage: number | null;
  bhtnCoverage: number | null;
  bhxhTarget: number | null;
  bhtnTarget: number | null;
  /** True where this month's figures are carried from an earlier month. */
  carried: boolean;
}

export interface TrendReportModel {
  unit: string;
  unitName: string;
  fromMonth: string;
  toMonth: string;
  points: TrendPoint[];
  projectedYearEnd: { bhxh: number | null; bhtn: number | null };
  settings: ReportSettings;
  generatedAt: string;
}

export interface CompletenessReportModel {
  year: number;
  months: string[];
  /**
   * The units that report to the province in some month of the year (districts until 6/2025, communes
   * from 7/2025). `sent[i]`: the unit (or one of its communes) has its own figures for `months[i]`; null
   * when the unit is not in force that month (nothing was due).
   */
  rows: { unit: string; name: string; level: UnitLevel; sent: (boolean | null)[] }[];
  settings: ReportSettings;
  generatedAt: string;
}
