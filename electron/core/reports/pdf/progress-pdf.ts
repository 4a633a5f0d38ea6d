/**
 * The progress report the office signs: a portrait body (căn cứ, I–IV, Nơi nhận and signature) and the
 * tables and chart as a landscape Phụ lục attached to it (Nghị định 30/2020/NĐ-CP).
 */
import type { Content } from 'pdfmake';
import { blankDateLine, issuedText } from '../../../../shared/reports/document';
import type { ProgressReportModel } from '../../../../shared/reports/model';
import { buildNarrative } from '../../../../shared/reports/narrative';
import { coverageBarsSvg } from '../chart/coverage-bars';
import {
  adminHeader,
  BODY_SIZE,
  closingBlock,
  contentWidth,
  documentFrame,
  PARAGRAPH_GAP,
} from './admin-form';
import { FONT, renderPdf } from './engine';
import { bhtnTable, bhxhTable } from './progress-tables';

const heading = (text: string): Content => ({
  text,
  bold: true,
  fontSize: BODY_SIZE,
  margin: [0, PARAGRAPH_GAP, 0, PARAGRAPH_GAP],
  headlineLevel: 1,
});
const para = (text: string): Content => ({
  text,
  fontSize: BODY_SIZE,
  alignment: 'justify',
  leadingIndent: 28,
  margin: [0, 0, 0, PARAGRAPH_GAP],
});

/** The targets' documents in one line (the Excel report's band row still reads this). */
export function planLine(m: ProgressReportModel): string {
  const docs = m.targetSources.filter((s) => s.document);
  const office = m.targetSources.some((s) => !s.document);
  const parts = [...new Map(docs.map((s) => [s.document!.id, s.document!])).values()].map(
    (p) => `Kế hoạch số ${p.number} ngày ${issuedText(p.issuedOn)} của UBND tỉnh`,
  );
  if (office) parts.push('chỉ tiêu do BHXH tỉnh xác định');
  if (parts.length === 0)
    return m.plan
      ? `Kế hoạch số ${m.plan.number}: chưa có chỉ tiêu năm ${m.year}`
      : `Chưa có chỉ tiêu năm ${m.year}`;
  return `Chỉ tiêu theo ${parts.join('; ')}`;
}

export function progressPdfDefinition(m: ProgressReportModel) {
  const date = new Date(m.generatedAt);
  const n = buildNarrative(m);
  const width = contentWidth('landscape');
  const bhxhRate = m.targetKind.bhxh === 'rate';
  const chart = coverageBarsSvg(
    [
      ...m.districts.map((d) => ({
        label: d.name,
        value: bhxhRate ? d.bhxh.actual : null,
        target: bhxhRate && d.bhxh.targetKind === 'rate' ? d.bhxh.target : null,
      })),
      {
        label: 'Toàn tỉnh',
        value: bhxhRate ? m.province.bhxh.actual : null,
        target: bhxhRate && m.province.bhxh.targetKind === 'rate' ? m.province.bhxh.target : null,
        total: true,
      },
    ],
    width,
    n.chartLegend,
  );

  const body: Content[] = [];
  for (const s of n.sections) body.push(heading(s.heading), ...s.paragraphs.map(para));
  // The signature never stands alone on a page: the last paragraph goes with it.
  const last = body.pop()!;
  const small = (text: string): Content => ({ text, fontSize: 10, italics: true });

  const content: Content[] = [
    adminHeader(m.settings, date, 'portrait', blankDateLine(m.settings.place, date)),
    {
      stack: [
        { text: 'BÁO CÁO', fontSize: 14, bold: true, alignment: 'center' },
        { text: n.title, fontSize: 14, bold: true, alignment: 'center', margin: [20, 2, 20, 2] },
        { text: n.titleLine, fontSize: BODY_SIZE, italics: true, alignment: 'center' },
        {
          canvas: [{ type: 'line', x1: 0, y1: 0, x2: 120, y2: 0, lineWidth: 0.6 }],
          alignment: 'center',
          margin: [0, 3, 0, 0],
        },
      ],
      margin: [0, 0, 0, 10],
    },
    ...n.basis.map((b) => ({ ...(para(b) as object), italics: b.startsWith('Căn cứ') })),
    ...body,
    { stack: [last, closingBlock(m.settings)], unbreakable: true },
    {
      stack: [
        { text: n.appendix.label, bold: true, fontSize: BODY_SIZE, alignment: 'center' },
        { text: n.appendix.title, bold: true, fontSize: BODY_SIZE, alignment: 'center' },
        {
          text: n.appendix.attached,
          italics: true,
          fontSize: 12,
          alignment: 'center',
          preserveLeadingSpaces: true,
        },
        { text: n.titleLine, italics: true, fontSize: 12, alignment: 'center', margin: [0, 0, 0, 6] },
      ],
      pageBreak: 'before',
      pageOrientation: 'landscape',
    },
    { text: 'Biểu 1. Bảo hiểm xã hội (BHXH)', bold: true, fontSize: 11, margin: [0, 0, 0, 3] },
    bhxhTable(m),
    ...n.tableNotes.map((t, i) => ({ ...(small(t) as object), margin: [0, i === 0 ? 4 : 0, 0, 0] })),
    {
      text: 'Biểu 2. Bảo hiểm thất nghiệp (BHTN)',
      bold: true,
      fontSize: 11,
      margin: [0, 0, 0, 3],
      pageBreak: 'before',
    },
    bhtnTable(m),
    {
      stack: [
        { text: n.chartTitle, bold: true, fontSize: 11, margin: [0, 0, 0, 4] },
        bhxhRate
          ? { svg: chart.svg, width, height: chart.height, font: FONT }
          : small('Chỉ tiêu BHXH năm này giao theo số người: xem Biểu 1.'),
      ],
      unbreakable: true,
      margin: [0, 10, 0, 0],
    },
  ];
  return documentFrame('portrait', `Báo cáo tiến độ ${m.periodLabel}`, m.settings, content);
}

export function renderProgressPdf(m: ProgressReportModel): Promise<Uint8Array> {
  return renderPdf(progressPdfDefinition(m));
}
