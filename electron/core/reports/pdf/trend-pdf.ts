import type { Content } from 'pdfmake';
import { monthLabel } from '../../../../shared/domain/period';
import { formatCount, formatPercent, formatRate } from '../../../../shared/format/vi';
import { blankDateLine } from '../../../../shared/reports/document';
import type { TrendReportModel } from '../../../../shared/reports/model';
import { trendLinesSvg } from '../chart/trend-lines';
import {
  adminHeader,
  closingBlock,
  contentWidth,
  documentFrame,
  TABLE_LAYOUT,
  titleBlock,
} from './admin-form';
import { num, th } from './cells';
import { FONT, renderPdf } from './engine';

/** Rows of the table that fit one landscape page with its header and the sentence above (9.5 pt rows). */
const ONE_PAGE_ROWS = 24;
/** Rows a page break keeps with the header, so no page holds one month alone. */
const KEEP_WITH_HEADER = 4;

export function trendPdfDefinition(m: TrendReportModel) {
  const width = contentWidth('landscape');
  // Signed like the progress report: the signer writes the day in when signing.
  const date = new Date(m.generatedAt);
  const title = `Diễn biến tỷ lệ bao phủ BHXH, BHTN của ${m.unitName}`;
  const body: Content[][] = [
    [
      th('Tháng'),
      th('Lực lượng lao động (người)'),
      th('Tham gia BHXH (người)'),
      th('Tỷ lệ bao phủ BHXH (%)'),
      th('Chỉ tiêu BHXH (%)'),
      th('Tham gia BHTN (người)'),
      th('Tỷ lệ bao phủ BHTN (%)'),
      th('Chỉ tiêu BHTN (%)'),
    ],
    ...m.points.map((p) => [
      { text: `${monthLabel(p.month)}${p.carried ? ' *' : ''}` },
      num(formatCount(p.laborForce)),
      num(formatCount(p.bhxhParticipants)),
      num(formatRate(p.bhxhCoverage)),
      num(formatRate(p.bhxhTarget)),
      num(formatCount(p.bhtn)),
      num(formatRate(p.bhtnCoverage)),
      num(formatRate(p.bhtnTarget)),
    ]),
  ];
  const content: Content[] = [
    adminHeader(m.settings, date, 'landscape', blankDateLine(m.settings.place, date)),
    titleBlock(title, [
      `Từ ${monthLabel(m.fromMonth).toLowerCase()} đến ${monthLabel(m.toMonth).toLowerCase()}`,
    ]),
    { svg: trendLinesSvg(m.points, width), width, font: FONT, margin: [0, 0, 0, 8] },
    // A table that fits a page is never split (12 months used to leave January alone under the
    // chart); a longer one repeats its header row and keeps a few rows with it on each page.
    {
      stack: [
        {
          text: `Theo xu hướng các tháng đã có số liệu, tỷ lệ bao phủ ước đến cuối năm ${m.toMonth.slice(0, 4)}: BHXH ${formatPercent(m.projectedYearEnd.bhxh, 'chưa đủ số liệu')}, BHTN ${formatPercent(m.projectedYearEnd.bhtn, 'chưa đủ số liệu')}.`,
          fontSize: 12,
          margin: [0, 0, 0, 6],
        },
        {
          table: {
            headerRows: 1,
            keepWithHeaderRows: Math.min(KEEP_WITH_HEADER, m.points.length),
            dontBreakRows: true,
            widths: ['*', 80, 80, 70, 60, 80, 70, 60],
            body,
          },
          layout: TABLE_LAYOUT,
          fontSize: 9.5,
        },
        ...(m.points.some((p) => p.carried)
          ? [
              {
                text: '(*) Đơn vị chưa gửi số liệu tháng này: số liệu lấy từ kỳ gần nhất.',
                italics: true,
                fontSize: 10,
                margin: [0, 3, 0, 0],
              },
            ]
          : []),
      ],
      unbreakable: m.points.length <= ONE_PAGE_ROWS,
    } as Content,
    closingBlock(m.settings),
  ];
  return documentFrame('landscape', title, m.settings, content);
}

export const renderTrendPdf = (m: TrendReportModel) => renderPdf(trendPdfDefinition(m));
