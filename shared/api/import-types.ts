/** What an import shows before and after commit (SPEC §3). */

export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  sheet: string | null;
  /** `D12`; null when the problem is the whole file or sheet. */
  cell: string | null;
  message: string;
}

export interface ColumnMapping {
  /** Column letter, `D`. */
  column: string;
  header: string;
  /** Entered indicator code, or null when the column is not imported. */
  indicator: string | null;
  /** How sure the reader is; `remembered` and `confirmed` come from the user. */
  confidence: 'exact' | 'guess' | 'remembered' | 'confirmed' | 'ignored';
  /** Why a column naming an indicator is not read ("kế hoạch, không phải số thực hiện"). */
  note?: string;
}

/** Where a layout question's answer for the period comes from: the title's period or the column headers'. */
export type PeriodAnswer = 'title' | 'header';

/** One answer a layout question offers, with what the clerk needs to judge it. */
export interface LayoutOption {
  /** A column letter (`E`) for a column question; `title` or `header` for a period question. */
  value: string;
  /** "Cột E – Lũy kế – Số người tham gia BHXH bắt buộc", "Tháng 6/2024 (theo tiêu đề)". */
  label: string;
  /** The header cell (`E5`) or the title cell that states it; null when not known. */
  cell: string | null;
  /** For a period option: `YYYY-MM`. */
  period?: string;
  /** The first figure read from the column, with its cell. */
  sample?: { cell: string; value: number } | null;
}

/**
 * A meaning the reader is not sure of (two columns for one indicator, a period in a column header that
 * differs from the title's): it shows what it chose (`proposed`) and the import waits for the clerk's answer.
 * A column answer is sent back as `mappings[fingerprint]` (the chosen column → indicator, the others → null),
 * a period answer as `periodChoices[fingerprint]`; both are remembered for the layout.
 */
export interface LayoutQuestion {
  kind: 'column' | 'period';
  file: string;
  sheet: string;
  fingerprint: string;
  /** The indicator a column question is about; null for a period question. */
  indicator: string | null;
  /** The question in Vietnamese, naming file, sheet and cells. */
  message: string;
  /** The option the reader took for the preview. */
  proposed: string;
  options: LayoutOption[];
}

export interface SheetPreview {
  file: string;
  sheet: string;
  headerRow: number;
  /** Header fingerprint: the key under which a confirmed mapping is remembered. */
  fingerprint: string;
  columns: ColumnMapping[];
  unitColumn: string | null;
  codeColumn: string | null;
  periodColumn: string | null;
  /** `YYYY-MM` or `YYYY` (a yearly labour-force sheet), null when it must be given. */
  period: string | null;
  /** `header`: stated in the indicator columns' headers ("Thực hiện tháng 5/2024"). */
  periodSource: 'title' | 'user' | 'column' | 'header' | null;
  rowsRead: number;
}

export interface ChangeRow {
  unit: string;
  unitName: string;
  indicator: string;
  period: string;
  oldValue: number | null;
  newValue: number;
  status: 'new' | 'changed' | 'unchanged';
  file: string;
  sheet: string;
  cell: string;
}

export interface FilePreview {
  name: string;
  sha256: string;
  size: number;
  /** A previous import (not undone) had the same SHA-256. */
  alreadyImportedAs: number | null;
  /** This file's share of the preview's counts (files of the same name share one line). */
  counts?: { inserted: number; updated: number; unchanged: number };
}

/**
 * A unit name the reader could not place (one per distinct name per sheet): the user picks the unit,
 * which is sent back as `unitChoices[text]` and remembered for the sheet's layout.
 */
export interface UnresolvedUnit {
  /** The name as typed in the first row that carries it. */
  text: string;
  file: string;
  sheet: string;
  /** That first row's name cell, `B12`. */
  cell: string;
  reason: 'unknown' | 'ambiguous';
  /** The units the name could mean (ambiguous) or the closest names in the catalogue (unknown), best first. */
  candidates: { code: string; name: string }[];
}

/** A figure corrected by hand that the file would replace: the clerk keeps the correction or takes the file's. */
export interface CorrectedFigure {
  /** `unit|indicator|period`: what `imports.commit` takes in `keepCorrections`. */
  key: string;
  unit: string;
  unitName: string;
  indicator: string;
  period: string;
  /** The value typed by hand, standing in the database. */
  corrected: number;
  fileValue: number;
  /** The correction's note: where it was made and the reason typed with it. */
  note: string | null;
  correctedAt: string;
  file: string;
  sheet: string;
  cell: string;
}

/**
 * The unit choice for a name that is no unit (a stray row of column numbers, a note): its rows are passed
 * over, and the choice is remembered for the layout like any other.
 */
export const NOT_A_UNIT = '-';

export interface ImportPreview {
  previewId: string;
  /** False when there is any error: commit is refused. */
  ok: boolean;
  files: FilePreview[];
  sheets: SheetPreview[];
  /** The first changes (at most a few thousand, for display); `changesTotal` counts them all. */
  changes: ChangeRow[];
  changesTotal?: number;
  counts: { inserted: number; updated: number; unchanged: number };
  warnings: Problem[];
  errors: Problem[];
  /** Names behind the unit errors, for the user to choose from; the errors stay until they are chosen. */
  unresolvedUnits: UnresolvedUnit[];
  /** Hand corrections the file would replace, each for the clerk to decide (absent: none). */
  corrections?: CorrectedFigure[];
  /** Column or period meanings to confirm; each also stands as an error until answered (absent: none). */
  questions?: LayoutQuestion[];
}

export interface ImportResult {
  ok: boolean;
  import: number | null;
  inserted: number;
  updated: number;
  unchanged: number;
  warnings: Problem[];
  errors: Problem[];
}

export interface ImportRecord {
  id: number;
  createdAt: string;
  kind: 'file' | 'manual';
  files: { name: string; sha256: string; size: number }[];
  inserted: number;
  updated: number;
  unchanged: number;
  warnings: number;
  note: string | null;
  undoneAt: string | null;
  /** The first and last period (`YYYY-MM` or `YYYY`) of the figures it wrote; null when it wrote none. */
  periodFrom?: string | null;
  periodTo?: string | null;
}

export interface CellHistoryEntry {
  importId: number;
  kind: 'file' | 'manual';
  at: string;
  oldValue: number | null;
  newValue: number | null;
  file: string | null;
  /** What the import says of itself; for a correction by hand, where it was made and the reason typed. */
  note: string | null;
  undone: boolean;
}
