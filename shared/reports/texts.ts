/** Sections II–IV of the progress report: written by the office, kept per report (kind + period). */
export interface ReportTexts {
  /** II. Tồn tại, hạn chế, nguyên nhân. */
  shortcomings: string;
  /** III. Nhiệm vụ, giải pháp thời gian tới. */
  tasks: string;
  /** IV. Kiến nghị, đề xuất. */
  proposals: string;
}

export const EMPTY_TEXTS: ReportTexts = { shortcomings: '', tasks: '', proposals: '' };

export const TEXT_SECTIONS: { key: keyof ReportTexts; heading: string }[] = [
  { key: 'shortcomings', heading: 'II. TỒN TẠI, HẠN CHẾ, NGUYÊN NHÂN' },
  { key: 'tasks', heading: 'III. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI' },
  { key: 'proposals', heading: 'IV. KIẾN NGHỊ, ĐỀ XUẤT' },
];

/** A section the office has not written yet prints as a dotted line to fill in, never as nothing. */
export const UNWRITTEN = '………………………………………………………………………………………';

/** The paragraphs of a section: one per non-empty line, NFC. */
export function textParagraphs(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}
