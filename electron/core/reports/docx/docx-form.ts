/**
 * The Nghị định 30/2020 form in Word terms: page margins, body size, paragraph spacing, the page number at
 * the top centre from page 2. Word measures in twentieths of a point (twips) and half-points.
 */
import {
  AlignmentType,
  BorderStyle,
  Header,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { ReportSettings } from '../../../../shared/api/types';
import { PAGE_MARGINS_MM } from '../../../../shared/reports/document';

export const FONT = 'Times New Roman';
const TWIPS_PER_MM = 1440 / 25.4;
export const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);
export const BODY_HALF_POINTS = 26;
export const PARAGRAPH_AFTER = 120;

export const MARGINS = {
  top: twips(PAGE_MARGINS_MM.top),
  right: twips(PAGE_MARGINS_MM.right),
  bottom: twips(PAGE_MARGINS_MM.bottom),
  left: twips(PAGE_MARGINS_MM.left),
  header: twips(10),
  footer: twips(10),
};
/** A4 in twips: 210 × 297 mm. */
export const A4 = { width: twips(210), height: twips(297) };
export const contentTwips = (landscape: boolean) =>
  (landscape ? A4.height : A4.width) - MARGINS.left - MARGINS.right;

export const run = (text: string, o: Omit<IRunOptions, 'text'> = {}) =>
  new TextRun({ text: text.normalize('NFC'), font: FONT, size: BODY_HALF_POINTS, ...o });

export function para(
  text: string,
  o: {
    bold?: boolean;
    italics?: boolean;
    size?: number;
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    indent?: boolean;
    after?: number;
    keepNext?: boolean;
  } = {},
): Paragraph {
  return new Paragraph({
    alignment: o.align ?? AlignmentType.JUSTIFIED,
    spacing: { after: o.after ?? PARAGRAPH_AFTER },
    indent: o.indent ? { firstLine: twips(10) } : undefined,
    keepNext: o.keepNext,
    children: [run(text, { bold: o.bold, italics: o.italics, ...(o.size ? { size: o.size } : {}) })],
  });
}

const centred = (text: string, o: Parameters<typeof para>[1] = {}) =>
  para(text, { align: AlignmentType.CENTER, after: 0, ...o });

/** A short rule under a heading line: a bottom border on an empty paragraph indented from both sides. */
function rule(cellTwips: number, ruleTwips: number): Paragraph {
  const side = Math.max(0, Math.round((cellTwips - ruleTwips) / 2));
  return new Paragraph({
    spacing: { after: 60 },
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

const plainCell = (width: number, children: Paragraph[]) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: TableBorders.NONE,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    children,
  });

function twoColumns(left: number, right: number, l: Paragraph[], r: Paragraph[]): Table {
  return new Table({
    width: { size: left + right, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: [plainCell(left, l), plainCell(right, r)] })],
  });
}

/** Agency (top left) and Quốc hiệu, Tiêu ngữ and the date line (top right). */
export function adminHeader(s: ReportSettings, dateLine: string): Table {
  const total = contentTwips(false);
  const left = Math.round(total * 0.45);
  const right = total - left;
  const l: Paragraph[] = [];
  if (s.parentAgency.trim()) l.push(centred(s.parentAgency.toUpperCase(), { size: 24 }));
  l.push(centred(s.agencyName.toUpperCase(), { size: 24, bold: true }));
  l.push(rule(left, 1400));
  if (s.documentNumber.trim()) l.push(centred(s.documentNumber, { size: 26 }));
  const r = [
    centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 24, bold: true }),
    centred('Độc lập - Tự do - Hạnh phúc', { size: 26, bold: true }),
    rule(right, 3200),
    centred(dateLine, { italics: true }),
  ];
  return twoColumns(left, right, l, r);
}

/** "Nơi nhận" bottom left, the signer bottom right; one row that Word keeps on one page. */
export function closingBlock(s: ReportSettings): Table {
  const total = contentTwips(false);
  const left = Math.round(total / 2);
  const l = [
    para('Nơi nhận:', { bold: true, italics: true, size: 24, after: 0, align: AlignmentType.LEFT }),
    ...s.recipients.map((x) => para(`- ${x}`, { size: 22, after: 0, align: AlignmentType.LEFT })),
  ];
  const r: Paragraph[] = [];
  if (s.signerAuthority.trim()) r.push(centred(s.signerAuthority.toUpperCase(), { bold: true }));
  r.push(centred(s.signerTitle.toUpperCase(), { bold: true }));
  // Room for the signature and the seal.
  r.push(new Paragraph({ spacing: { before: 1500 }, children: [] }));
  r.push(centred(s.signerName.trim(), { bold: true }));
  return twoColumns(left, total - left, l, r);
}

/** The page number alone at the top centre; the first page has an empty header (titlePage). */
export function pageNumberHeaders() {
  return {
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: BODY_HALF_POINTS })],
        }),
      ],
    }),
    first: new Header({ children: [] }),
  };
}
