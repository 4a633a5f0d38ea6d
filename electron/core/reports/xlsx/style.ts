/** Shared look of the report workbooks: fonts, borders, number formats, print setup. */
import type { Cell, Fill, Worksheet } from 'exceljs';
import { vnDateTimeText } from './vn-time';

export const FONT_NAME = 'Times New Roman';
export const FMT = {
  count: '#,##0',
  rate: '0.00',
  share: '0.0',
  signed: '+0.00;-0.00;0.00',
  signedCount: '+#,##0;-#,##0;0',
  text: '@',
  date: 'dd/mm/yyyy hh:mm',
} as const;

export const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
/** Conditional formats (dxf) read a solid fill's colour from bgColor, unlike cell fills. */
export const cfFill = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', bgColor: { argb } });
export const HEADER_FILL = solid('FFE6E6E6');
export const TOTAL_FILL = solid('FFF2F2F2');
const thin = { style: 'thin' as const, color: { argb: 'FF808080' } };
export const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

export function headerCell(c: Cell, text: string): void {
  c.value = text;
  c.font = { name: FONT_NAME, bold: true, size: 10 };
  c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  c.fill = HEADER_FILL;
  c.border = BORDER;
}

/** Text from the database or an imported file: always a string cell, never read as a formula. */
export function textCell(c: Cell, text: string | null, bold = false): void {
  c.value = text ?? '';
  c.numFmt = FMT.text;
  c.font = { name: FONT_NAME, size: 10, bold };
  c.border = BORDER;
}

export function numberCell(c: Cell, value: number | null, numFmt: string, bold = false): void {
  if (value !== null) c.value = value;
  c.numFmt = numFmt;
  c.font = { name: FONT_NAME, size: 10, bold };
  c.border = BORDER;
}

/** A live formula with its cached result, so viewers that do not recalculate still show the figure. */
export function formulaCell(
  c: Cell,
  formula: string,
  result: number | string | null,
  numFmt: string,
  bold = false,
): void {
  c.value = result === null ? { formula, result: '' } : { formula, result };
  c.numFmt = numFmt;
  c.font = { name: FONT_NAME, size: 10, bold };
  c.border = BORDER;
}

/** A merged line across the table: titles, notes. */
export function bandRow(
  ws: Worksheet,
  row: number,
  lastCol: string,
  text: string,
  font: Partial<Cell['font']>,
  align: 'left' | 'center' = 'center',
): void {
  ws.mergeCells(`A${row}:${lastCol}${row}`);
  const c = ws.getCell(`A${row}`);
  c.value = text;
  c.font = { name: FONT_NAME, size: 11, ...font };
  c.alignment = { horizontal: align, vertical: 'middle', wrapText: true };
}

/**
 * A4, one page wide, header rows repeated, "Trang n/m" at the foot, and the time the report was made
 * (Vietnam's clock) where the report gives it. Sheets are sized to fit at 100 %: fit-to-width then only
 * guards against a printer with wider margins, it does not shrink the text.
 */
export function printSetup(
  ws: Worksheet,
  titleRows: string,
  orientation: 'landscape' | 'portrait' = 'landscape',
  generatedAt?: string,
): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(titleRows ? { printTitlesRow: titleRows } : {}),
    horizontalCentered: true,
    margins: { left: 0.6, right: 0.4, top: 0.55, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  const made = generatedAt ? `&L&"Times New Roman,Italic"&10Lập lúc ${vnDateTimeText(generatedAt)}` : '';
  ws.headerFooter = { ...ws.headerFooter, oddFooter: `${made}&C&"Times New Roman"&10Trang &P/&N` };
}

export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
