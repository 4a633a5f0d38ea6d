import type { Content } from 'pdfmake';
import { formatDate } from '../../../../shared/format/vi';
import { REPORT_TITLE } from '../../../../shared/reports/document';
import type { ProgressReportModel, ProgressRow } from '../../../../shared/reports/model';
import { coverageBarsSvg } from '../chart/coverage-bars';
import { adminHeader, closingBlock, contentWidth, documentFrame, titleBlock } from './admin-form';
import { FONT, renderPdf } from './engine';
import { bhtnTable, bhxhTable, isCarried } from './progress-tables';

const heading = (text: string): Content => ({ text, bold: true, fontSize: 12, margin: [0, 8, 0, 4] });
const para = (text: string): Content => ({
  text,
  fontSize: 12,
  alignment: 'justify',
  leadingIndent: 28,
  margin: [0, 0, 0, 3],
});

export function planLine(m: ProgressReportModel): string {
  if (!m.plan) return `Chưa có kế hoạch chỉ tiêu áp dụng cho năm ${m.year}`;
  const [y, mo, d] = m.plan.issuedOn.split('-');
  return `Chỉ tiêu theo Kế hoạch số ${m.plan.number} ngày ${d}/${mo}/${y} của UBND tỉnh`;
}

export function progressPdfDefinition(m: ProgressReportModel) {
  const date = new Date(m.generatedAt);
  const width = contentWidth('landscape');
  const chart = coverageBarsSvg(
    [
      ...m.districts.map((d) => ({
        label: d.name,
        value: d.bhxh.targetKind === 'count' ? null : d.bhxh.actual,
        target: d.bhxh.targetKind === 'rate' ? d.bhxh.target : null,
      })),
      {
        label: 'Toàn tỉnh',
        value: m.province.bhxh.targetKind === 'count' ? null : m.province.bhxh.actual,
        target: m.province.bhxh.targetKind === 'rate' ? m.province.bhxh.target : null,
        total: true,
      },
    ],
    width,
    { value: `Tỷ lệ bao phủ BHXH (${m.asOf.toLowerCase()})`, target: `Chỉ tiêu năm ${m.year}` },
  );
  const notes = [...m.districts, m.province].filter((r) => r.carriedNotes.length > 0);
  const noteLines: Content[] = notes.length
    ? [
        { text: 'Ghi chú:', italics: true, bold: true, fontSize: 10, margin: [0, 4, 0, 0] },
        ...(notes.some(isCarried)
          ? [
              {
                text: '(*) Đơn vị chưa gửi số liệu kỳ này: số liệu lấy từ kỳ gần nhất.',
                italics: true,
                fontSize: 10,
              },
            ]
          : []),
        ...groupNotes(notes).map(([names, text]) => ({
          text: `- ${names.join(', ')}: ${text}.`,
          italics: true,
          fontSize: 10,
        })),
      ]
    : [];

  const content: Content[] = [
    adminHeader(m.settings, date, 'landscape'),
    titleBlock(REPORT_TITLE, [`${m.periodLabel} (${m.asOf.toLowerCase()})`, planLine(m)]),
    heading('I. KẾT QUẢ CHUNG'),
    ...m.summary.map(para),
    { ...(heading('II. KẾT QUẢ THEO ĐƠN VỊ CẤP HUYỆN') as object), pageBreak: 'before' },
    { text: 'Biểu 1. Bảo hiểm xã hội (BHXH)', bold: true, italics: true, fontSize: 11, margin: [0, 0, 0, 3] },
    bhxhTable(m),
    ...noteLines,
    {
      text: 'Biểu 2. Bảo hiểm thất nghiệp (BHTN)',
      bold: true,
      italics: true,
      fontSize: 11,
      margin: [0, 10, 0, 3],
      pageBreak: 'before',
    },
    bhtnTable(m),
    {
      stack: [
        heading(`III. BIỂU ĐỒ TỶ LỆ BAO PHỦ BHXH SO VỚI CHỈ TIÊU NĂM ${m.year}`),
        { svg: chart.svg, width, height: chart.height, font: FONT },
      ],
      unbreakable: true,
      margin: [0, 6, 0, 0],
    },
    closingBlock(m.settings),
    {
      text: `Báo cáo lập ngày ${formatDate(date)} từ cơ sở dữ liệu của ứng dụng BHXH Gia Lai – Báo cáo tiến độ.`,
      fontSize: 8,
      italics: true,
      color: '#666666',
      margin: [0, 12, 0, 0],
    },
  ];
  return documentFrame('landscape', `Báo cáo tiến độ ${m.periodLabel}`, m.settings, content);
}

export function renderProgressPdf(m: ProgressReportModel): Promise<Uint8Array> {
  return renderPdf(progressPdfDefinition(m));
}

/** Units with the same notes share one line: seventeen late districts make one line, not seventeen. */
function groupNotes(rows: ProgressRow[]): [string[], string][] {
  const groups = new Map<string, string[]>();
  for (const r of rows) {
    const text = r.carriedNotes.join('; ');
    const names = groups.get(text) ?? [];
    names.push(r.level === 'province' ? 'Toàn tỉnh' : r.name);
    groups.set(text, names);
  }
  return [...groups].map(([text, names]) => [names, text]);
}
