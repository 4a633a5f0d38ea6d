/** Data shapes that cross the API boundary (main process / web server ⇄ renderer). */
import type { Indicator } from '../domain/indicators';
import type { Figure } from '../domain/aggregate';

export type UnitLevel = 'province' | 'district' | 'commune';

export interface UnitInfo {
  id: number;
  code: string;
  name: string;
  level: UnitLevel;
  parentId: number | null;
  parentCode: string | null;
  /** `YYYY-MM-DD` or null (open). */
  validFrom: string | null;
  validTo: string | null;
  active: boolean;
  sortOrder: number;
  aliases: string[];
}

export interface PlanInfo {
  id: number;
  number: string;
  /** `YYYY-MM-DD`. */
  issuedOn: string;
  title: string;
  yearFrom: number;
  yearTo: number;
}

export interface TargetInfo {
  planId: number;
  planNumber: string;
  unitCode: string;
  indicator: string;
  year: number;
  value: number;
  kind: 'rate' | 'count';
  /** The plan contains this target; false: the office entered it under the plan in force. */
  fromDocument: boolean;
}

/** A figure as stored or derived, with where it came from. */
export type ValueCell = Figure & {
  importId?: number | null;
  sourceFile?: string | null;
  sourceCell?: string | null;
};

export interface ValuesRow {
  unitId: number;
  unit: string;
  name: string;
  level: UnitLevel;
  parentCode: string | null;
  cells: Record<string, ValueCell>;
  /** Targets of the plan in force for the month's year, by indicator code. */
  targets: Record<string, TargetInfo>;
  /**
   * An ended province as its plan's territory (old Gia Lai after 1/7/2025): summed over the units formed
   * from it, not a unit in force that month.
   */
  territory?: boolean;
}

export interface ValuesResult {
  /** As asked: `2024-Q2`. */
  period: string;
  /** The month it stands for: `2024-06`. */
  month: string;
  plan: PlanInfo | null;
  indicators: Indicator[];
  /** Every unit in force: children before parents, the province last. */
  rows: ValuesRow[];
}

/**
 * What Tổng quan shows first: the period's figures without the communes' rows (it draws the province and
 * its districts; the communes are still summed into them), and every target of the plan in force.
 */
export interface DashboardData {
  values: ValuesResult;
  targets: TargetInfo[];
}

export interface ReportSettings {
  /** Parent agency, first line top left. */
  parentAgency: string;
  agencyName: string;
  /** Place in the date line: "Gia Lai, ngày … tháng … năm …". */
  place: string;
  /** Number line, e.g. "Số:      /BC-BHXH". */
  documentNumber: string;
  signerTitle: string;
  /** E.g. "KT. GIÁM ĐỐC" above the title; empty for none. */
  signerAuthority: string;
  signerName: string;
  recipients: string[];
  /** Back up the database before every import, undo and catalogue import. */
  autoBackup: boolean;
  /** How many backups the backups folder keeps; the oldest beyond it are removed after each new one. */
  backupKeep: number;
}

export const DEFAULT_SETTINGS: ReportSettings = {
  parentAgency: 'BẢO HIỂM XÃ HỘI VIỆT NAM',
  agencyName: 'BẢO HIỂM XÃ HỘI TỈNH GIA LAI',
  place: 'Gia Lai',
  documentNumber: 'Số:        /BC-BHXH',
  signerTitle: 'GIÁM ĐỐC',
  signerAuthority: '',
  signerName: '',
  // Sở Lao động – Thương binh và Xã hội was merged into Sở Nội vụ in 2025.
  recipients: ['UBND tỉnh (để b/c);', 'Sở Nội vụ;', 'Lưu: VT, KHTC.'],
  autoBackup: true,
  backupKeep: 30,
};
