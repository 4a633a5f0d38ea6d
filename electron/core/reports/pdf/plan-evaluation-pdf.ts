import type { Content } from 'pdfmake';
import { monthLabel } from '../../../../shared/domain/period';
import type { EvaluationPoint, PlanEvaluationModel } from '../../../../shared/domain/plan-evaluation';
import { formatCount, formatRate, formatSignedCount } from '../../../../shared/format/vi';
import { blankDateLine } from '../../../../shared/reports/document';
import { adminHeader, closingBlock, documentFrame, TABLE_LAYOUT, titleBlock } from './admin-form';
import { num, th } from './cells';
import { renderPdf } from './engine';

const verdict = (ok: boolean | null, target: number | null) =>
  target === null ? 'Không đặt chỉ tiêu' : ok === null ? 'Chưa có số liệu' : ok ? 'Đạt' : 'Chưa đạt';

export function planEvaluationPdfDefinition(m: PlanEvaluationModel) {
  // Signed like the progress report: the signer writes the day in when signing.
  const date = new Date(m.generatedAt);
  const title = `Đánh giá kết quả thực hiện Kế hoạch số ${m.plan.number} giai đoạn ${m.plan.yearFrom}–${m.plan.yearTo}`;
  const years: Content[][] = [
    [
      th('Năm'),
      th('Lực lượng lao động (người)'),
      th('Tham gia BHXH (người)'),
      th('Tỷ lệ bao phủ BHXH (%)'),
      th('Chỉ tiêu BHXH (%)'),
      th('Đánh giá BHXH'),
      th('Tham gia BHTN (người)'),
      th('Tỷ lệ bao phủ BHTN (%)'),
      th('Chỉ tiêu BHTN (%)'),
      th('Đánh giá BHTN'),
    ],
    ...m.years.map((y) => [
      { text: `${y.year}\n(${monthLabel(y.month).toLowerCase()})` },
      num(formatCount(y.laborForce)),
      num(formatCount(y.bhxhParticipants)),
      num(formatRate(y.bhxhCoverage)),
      num(formatRate(y.bhxhTarget)),
      { text: verdict(y.bhxhMet, y.bhxhTarget), alignment: 'center' },
      num(formatCount(y.bhtn)),
      num(formatRate(y.bhtnCoverage)),
      num(formatRate(y.bhtnTarget)),
      { text: verdict(y.bhtnMet, y.bhtnTarget), alignment: 'center' },
    ]),
  ];
  const pointRow = (label: string, p: EvaluationPoint | null): Content[] => [
    { text: p ? `${label} (${monthLabel(p.month).toLowerCase()})` : `${label}: chưa có số liệu` },
    num(formatCount(p?.bhxhParticipants)),
    num(formatRate(p?.bhxhCoverage)),
    num(formatCount(p?.bhtn)),
    num(formatRate(p?.bhtnCoverage)),
  ];
  const points: Content[][] = [
    [
      th(''),
      th('Tham gia BHXH (người)'),
      th('Tỷ lệ BHXH (%)'),
      th('Tham gia BHTN (người)'),
      th('Tỷ lệ BHTN (%)'),
    ],
    pointRow('Điểm đầu', m.start),
    pointRow('Điểm cuối', m.end),
    [
      { text: 'Tăng thêm (người)', bold: true },
      num(formatSignedCount(m.added.bhxhParticipants)),
      { text: '' },
      num(formatSignedCount(m.added.bhtn)),
      { text: '' },
    ],
  ];
  const content: Content[] = [
    adminHeader(m.settings, date, 'landscape', blankDateLine(m.settings.place, date)),
    titleBlock(title, [`Địa bàn: ${m.unitName}`]),
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [70, '*', '*', 55, 55, 60, '*', 55, 55, 60],
        body: years,
      },
      layout: TABLE_LAYOUT,
      fontSize: 9.5,
    },
    { text: '', margin: [0, 6, 0, 0] },
    {
      table: { headerRows: 1, widths: ['*', 110, 80, 110, 80], body: points },
      layout: TABLE_LAYOUT,
      fontSize: 9.5,
    },
    ...m.summary.map((t): Content => ({ text: t, fontSize: 12, margin: [0, 6, 0, 0] })),
    closingBlock(m.settings),
  ];
  return documentFrame('landscape', title, m.settings, content);
}

export const renderPlanEvaluationPdf = (m: PlanEvaluationModel) => renderPdf(planEvaluationPdfDefinition(m));
