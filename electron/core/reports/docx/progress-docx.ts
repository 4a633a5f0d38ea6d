/**
 * The progress report as a Word document the office can still edit before signing: the same form and text
 * as the PDF (portrait body, landscape Phụ lục with the tables and the chart).
 */
import { AlignmentType, Document, Packer, PageOrientation, Paragraph, Table, type FileChild } from 'docx';
import { blankDateLine } from '../../../../shared/reports/document';
import { bhtnGrid, bhxhGrid } from '../../../../shared/reports/appendix-grid';
import type { ProgressReportModel } from '../../../../shared/reports/model';
import { buildNarrative } from '../../../../shared/reports/narrative';
import { coverageTable } from './coverage-table';
import {
  A4,
  adminHeader,
  closingBlock,
  contentTwips,
  MARGINS,
  pageNumberHeaders,
  para,
  PARAGRAPH_AFTER,
} from './docx-form';
import { gridTable } from './grid-table';

export function progressDocument(m: ProgressReportModel): Document {
  const n = buildNarrative(m);
  const date = new Date(m.generatedAt);
  const body: FileChild[] = [
    adminHeader(m.settings, blankDateLine(m.settings.place, date)),
    para('', { after: 0 }),
    para('BÁO CÁO', { bold: true, size: 28, align: AlignmentType.CENTER, after: 0 }),
    para(n.title, { bold: true, size: 28, align: AlignmentType.CENTER, after: 0 }),
    para(n.titleLine, { italics: true, align: AlignmentType.CENTER, after: 2 * PARAGRAPH_AFTER }),
    ...n.basis.map((b) => para(b, { indent: true, italics: b.startsWith('Căn cứ') })),
  ];
  n.sections.forEach((s) => {
    body.push(para(s.heading, { bold: true, keepNext: true }));
    s.paragraphs.forEach((p, i) =>
      // The last paragraph stays with the signature: no page holds the signature alone.
      body.push(
        para(p, { indent: true, keepNext: s === n.sections.at(-1) && i === s.paragraphs.length - 1 }),
      ),
    );
  });
  body.push(closingBlock(m.settings));

  const width = contentTwips(true);
  const appendix: FileChild[] = [
    para(n.appendix.label, { bold: true, align: AlignmentType.CENTER, after: 0 }),
    para(n.appendix.title, { bold: true, align: AlignmentType.CENTER, after: 0 }),
    para(n.appendix.attached, { italics: true, size: 24, align: AlignmentType.CENTER, after: 0 }),
    para(n.titleLine, { italics: true, size: 24, align: AlignmentType.CENTER }),
    para('Biểu 1. Bảo hiểm xã hội (BHXH)', { bold: true, size: 22, after: 60, keepNext: true }),
    gridTable(bhxhGrid(m), width),
    ...n.tableNotes.map((t) => para(t, { italics: true, size: 20, after: 0, align: AlignmentType.LEFT })),
    new Paragraph({ pageBreakBefore: true, children: [] }),
    para('Biểu 2. Bảo hiểm thất nghiệp (BHTN)', { bold: true, size: 22, after: 60, keepNext: true }),
    gridTable(bhtnGrid(m), width),
    new Paragraph({ pageBreakBefore: true, children: [] }),
    para(n.chartTitle, { bold: true, size: 22, after: 60, keepNext: true }),
    chart(m, n.chartLegend),
  ];

  const page = (landscape: boolean) => ({
    size: {
      width: A4.width,
      height: A4.height,
      orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
    },
    margin: MARGINS,
  });
  return new Document({
    creator: m.settings.agencyName,
    title: `Báo cáo tiến độ ${m.periodLabel}`,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 26 } } } },
    sections: [
      { properties: { page: page(false), titlePage: true }, headers: pageNumberHeaders(), children: body },
      {
        properties: { page: page(true) },
        headers: { default: pageNumberHeaders().default },
        children: appendix,
      },
    ],
  });
}

function chart(m: ProgressReportModel, legend: { value: string; target: string }): Paragraph | Table {
  if (m.targetKind.bhxh !== 'rate')
    return para('Chỉ tiêu BHXH năm này giao theo số người: xem Biểu 1.', { italics: true, size: 20 });
  return coverageTable(
    [
      ...m.districts.map((d) => ({
        label: d.name,
        value: d.bhxh.actual,
        target: d.bhxh.targetKind === 'rate' ? d.bhxh.target : null,
      })),
      {
        label: 'Toàn tỉnh',
        value: m.province.bhxh.actual,
        target: m.province.bhxh.targetKind === 'rate' ? m.province.bhxh.target : null,
        total: true,
      },
    ],
    contentTwips(true),
    legend,
  );
}

export async function renderProgressDocx(m: ProgressReportModel): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(progressDocument(m));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
