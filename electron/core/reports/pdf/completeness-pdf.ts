import type { Content } from 'pdfmake';
import type { CompletenessReportModel } from '../../../../shared/reports/model';
import { blankDateLine } from '../../../../shared/reports/document';
import { adminHeader, closingBlock, documentFrame, TABLE_LAYOUT, titleBlock } from './admin-form';
import { th } from './cells';
import { renderPdf } from './engine';

export function completenessPdfDefinition(m: CompletenessReportModel) {
  // Signed like the progress report: the signer writes the day in when signing.
  const date = new Date(m.generatedAt);
  const districtsOnly = m.rows.every((r) => r.level === 'district');
  const title = `Tình hình gửi số liệu của các đơn vị${districtsOnly ? ' cấp huyện' : ''} năm ${m.year}`;
  const body: Content[][] = [
    [th('TT'), th('Đơn vị'), ...m.months.map((mo) => th(`T${Number(mo.slice(5))}`)), th('Số tháng đã gửi')],
    ...m.rows.map((r, i) => [
      { text: String(i + 1), alignment: 'center' },
      { text: r.name },
      ...r.sent.map((s) => ({
        text: s ? 'x' : s === null ? '/' : '',
        alignment: 'center',
        bold: true,
        fillColor: s ? '#d9d9d9' : undefined,
      })),
      { text: String(r.sent.filter(Boolean).length), alignment: 'center' },
    ]),
  ];
  // A year in progress is judged up to the latest month anyone has sent, not against all twelve.
  const lastSent = Math.max(-1, ...m.rows.map((r) => r.sent.lastIndexOf(true)));
  const complete = m.rows.filter((r) => r.sent.slice(0, lastSent + 1).every((s) => s !== false)).length;
  const upTo = lastSent >= 0 ? `tháng ${lastSent + 1}/${m.year}` : '';
  const content: Content[] = [
    adminHeader(m.settings, date, 'landscape', blankDateLine(m.settings.place, date)),
    titleBlock(title, [
      districtsOnly
        ? '"x": đơn vị đã gửi số liệu của tháng; ô trống: chưa gửi'
        : '"x": đơn vị đã gửi số liệu của tháng; ô trống: chưa gửi; "/": đơn vị chưa có hoặc không còn trong tháng đó (cấp huyện kết thúc ngày 30/6/2025, các xã, phường mới từ ngày 01/7/2025)',
    ]),
    {
      table: { headerRows: 1, dontBreakRows: true, widths: [18, '*', ...m.months.map(() => 30), 50], body },
      layout: TABLE_LAYOUT,
      fontSize: 10,
    },
    // The closing sentence goes with the signature: no page holds the signature alone.
    {
      stack: [
        {
          text:
            lastSent < 0
              ? `Chưa có đơn vị nào gửi số liệu năm ${m.year}.`
              : `Có ${complete}/${m.rows.length} đơn vị đã gửi đủ số liệu các tháng đến hết ${upTo}.`,
          fontSize: 12,
          margin: [0, 6, 0, 0],
        },
        closingBlock(m.settings),
      ],
      unbreakable: true,
    },
  ];
  return documentFrame('landscape', title, m.settings, content);
}

export const renderCompletenessPdf = (m: CompletenessReportModel) => renderPdf(completenessPdfDefinition(m));
