/** Table cell helpers shared by the PDF reports. */
import type { Content } from 'pdfmake';
import { STATUS_LABEL, type ProgressStatus } from '../../../../shared/domain/progress';
import { TARGET_COLOUR } from '../chart/coverage-bars';

export const HEADER_FILL = '#e6e6e6';
export const TOTAL_FILL = '#f2f2f2';

export const th = (text: string, extra: Record<string, unknown> = {}): Content => ({
  text,
  bold: true,
  alignment: 'center',
  fillColor: HEADER_FILL,
  verticalAlignment: 'middle',
  ...extra,
});

/** The "(1) (2) …" row under a Vietnamese form's header. */
export const numberRow = (count: number): Content[] =>
  Array.from({ length: count }, (_, i) => ({
    text: `(${i + 1})`,
    italics: true,
    alignment: 'center',
    fontSize: 7.5,
    fillColor: HEADER_FILL,
  }));

export const num = (text: string, bold = false): Content => ({
  text,
  alignment: 'right',
  bold,
  noWrap: true,
});

export const statusCell = (s: ProgressStatus, bold = false): Content => ({
  text: STATUS_LABEL[s],
  alignment: 'center',
  bold: bold || s === 'met',
  italics: s === 'no_target' || s === 'no_data',
  color: s === 'not_met' ? TARGET_COLOUR : '#000000',
});

/** pdfmake wants the placeholder cells a colSpan/rowSpan covers. */
export const span = (): Content => ({});
