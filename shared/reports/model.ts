/** What the progress, trend and completeness reports show; built in the core, drawn as PDF, Excel or UI. */
import type { Progress, TargetKind } from '../domain/progress';
import type { PlanInfo, ReportSettings, UnitLevel } from '../api/types';

export interface CoverageProgress extends Progress {
  targetKind: TargetKind | null;
  /** Rate (or count) at the previous month and the same month a year earlier; null where unknown. */
  previousMonth: number | null;
  sameMonthLastYear: number | null;
  changeSincePreviousMonth: number | null;
  changeSinceLastYear: number | null;
  /** December value projected from the months of this year that have figures. */
  projectedYearEnd: number | null;
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
  districts: ProgressRow[];
  province: ProgressRow;
  /** Paragraphs of the written summary, in Vietnamese. */
  summary: string[];
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
