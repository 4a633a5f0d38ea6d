/**
 * The frame of an administrative report in the form of Nghị định 30/2020/NĐ-CP: agency and national
 * header, number and date lines, title, "Nơi nhận" and signature, page numbers.
 */
import type { Content } from 'pdfmake';
import type { ReportSettings } from '../../../../shared/api/types';
import { adminDateLine, PAGE_MARGINS_MM } from '../../../../shared/reports/document';

export type Orientation = 'portrait' | 'landscape';

const MM = 72 / 25.4;
export const PAGE_MARGINS: [number, number, number, number] = [
  PAGE_MARGINS_MM.left * MM,
  PAGE_MARGINS_MM.top * MM,
  PAGE_MARGINS_MM.right * MM,
  PAGE_MARGINS_MM.bottom * MM,
];
/** Body text 13–14 pt with at least 6 pt between paragraphs (NĐ 30). */
export const BODY_SIZE = 13;
export const PARAGRAPH_GAP = 6;
export const PAGE_WIDTH = { portrait: 595.28, landscape: 841.89 } as const;

export function contentWidth(o: Orientation): number {
  return PAGE_WIDTH[o] - PAGE_MARGINS[0] - PAGE_MARGINS[2];
}

const rule = (width: number): Content => ({
  canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.6 }],
  alignment: 'center',
  // Clear of the dots under the letters above (Ộ, Ạ).
  margin: [0, 4, 0, 4],
});

export function adminHeader(s: ReportSettings, date: Date, o: Orientation, dateLine?: string): Content {
  const leftWidth = o === 'landscape' ? 300 : 204;
  const left: Content[] = [];
  if (s.parentAgency.trim())
    left.push({ text: s.parentAgency.toUpperCase(), fontSize: 12, alignment: 'center' });
  left.push({
    text: s.agencyName.toUpperCase(),
    fontSize: 12,
    bold: true,
    alignment: 'center',
    noWrap: true,
  });
  left.push(rule(70));
  if (s.documentNumber.trim())
    left.push({ text: s.documentNumber, fontSize: 12, alignment: 'center', preserveLeadingSpaces: true });
  const right: Content[] = [
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', fontSize: 12, bold: true, alignment: 'center' },
    { text: 'Độc lập - Tự do - Hạnh phúc', fontSize: 13, bold: true, alignment: 'center' },
    rule(162),
    {
      text: dateLine ?? adminDateLine(s.place, date),
      fontSize: 13,
      italics: true,
      alignment: 'center',
      margin: [0, 2, 0, 0],
    },
  ];
  return {
    columns: [
      { width: leftWidth, stack: left },
      { width: '*', stack: right },
    ],
    columnGap: 4,
    margin: [0, 0, 0, 14],
  };
}

export function titleBlock(title: string, lines: string[]): Content {
  return {
    stack: [
      { text: 'BÁO CÁO', fontSize: 14, bold: true, alignment: 'center' },
      { text: title, fontSize: 13, bold: true, alignment: 'center', margin: [40, 2, 40, 2] },
      ...lines.map((l) => ({ text: l, fontSize: 12, italics: true, alignment: 'center' })),
      rule(120),
    ],
    margin: [0, 0, 0, 8],
  };
}

/** "Nơi nhận" bottom left, the signature block bottom right; kept together on one page. */
export function closingBlock(s: ReportSettings): Content {
  const recipients: Content[] = [
    { text: 'Nơi nhận:', bold: true, italics: true, fontSize: 12 },
    ...s.recipients.map((r) => ({ text: `- ${r}`, fontSize: 11 })),
  ];
  const sign: Content[] = [];
  if (s.signerAuthority.trim())
    sign.push({ text: s.signerAuthority.toUpperCase(), bold: true, fontSize: 13, alignment: 'center' });
  sign.push({ text: s.signerTitle.toUpperCase(), bold: true, fontSize: 13, alignment: 'center' });
  // The form's instruction "(Ký, ghi rõ họ tên và đóng dấu)" belongs to the template, not to a signed report.
  sign.push({
    text: s.signerName.trim() || ' ',
    bold: true,
    fontSize: 13,
    alignment: 'center',
    margin: [0, 62, 0, 0],
  });
  return {
    columns: [
      { width: '50%', stack: recipients },
      { width: '50%', stack: sign },
    ],
    margin: [0, 14, 0, 0],
    unbreakable: true,
  };
}

/** NĐ 30: the page number alone, top centre, from the second page on. */
export function pageHeader(current: number): Content | null {
  if (current < 2) return null;
  return { text: String(current), alignment: 'center', fontSize: BODY_SIZE, margin: [0, 28, 0, 0] };
}

export function documentFrame(
  o: Orientation,
  title: string,
  s: ReportSettings,
  content: Content[],
): Record<string, unknown> & { content: Content } {
  return {
    pageSize: 'A4',
    pageOrientation: o,
    pageMargins: PAGE_MARGINS,
    info: {
      title,
      author: s.agencyName,
      subject: title,
      creator: 'BHXH Gia Lai – Báo cáo tiến độ',
      producer: 'pdfmake',
    },
    header: (current: number) => pageHeader(current),
    content,
  };
}

/** A plain table layout: thin grey rules, compact padding, shaded header. */
export const TABLE_LAYOUT = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#555555',
  vLineColor: () => '#555555',
  paddingLeft: () => 2.5,
  paddingRight: () => 2.5,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};
