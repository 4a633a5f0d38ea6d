/**
 * The words of the progress report as the office signs it (Nghị định 30/2020, Phụ lục I–II): title, căn cứ,
 * sections I–IV and the Phụ lục headings. The PDF and the Word document draw the same text.
 */
import type { PlanInfo } from '../api/types';
import { issuedText, monthInText } from './document';
import type { ProgressReportModel, ProgressRow } from './model';
import { TEXT_SECTIONS, textParagraphs, UNWRITTEN } from './texts';

export interface Section {
  heading: string;
  paragraphs: string[];
}

export interface Narrative {
  /** "BÁO CÁO" then this, bold. */
  title: string;
  /** Under the title: the period and the month the figures stand at. */
  titleLine: string;
  basis: string[];
  sections: Section[];
  /** "Phụ lục", its title, "(Kèm theo Báo cáo số …/BC-BHXH ngày …)". */
  appendix: { label: string; title: string; attached: string };
  /** Notes under the BHXH table: the "*" mark and which units' figures are carried or incomplete. */
  tableNotes: string[];
  chartTitle: string;
  chartLegend: { value: string; target: string };
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function documentCitation(p: PlanInfo): string {
  return `Kế hoạch số ${p.number} ngày ${issuedText(p.issuedOn)} của Ủy ban nhân dân tỉnh ${lowerFirst(p.title)}`;
}

/** "(Số liệu đến hết tháng 6/2024)"; carried: "(Chưa có số liệu tháng 12/2025; số liệu đến hết tháng 6/2024)". */
export function titleLine(m: Pick<ProgressReportModel, 'month' | 'dataMonth'>): string {
  const asOf = `số liệu đến hết ${monthInText(m.dataMonth)}`;
  return m.dataMonth === m.month
    ? `(${asOf.charAt(0).toUpperCase()}${asOf.slice(1)})`
    : `(Chưa có số liệu ${monthInText(m.month)}; ${asOf})`;
}

/** Căn cứ: each document a target comes from; a target the office set is said to be the office's. */
export function basisLines(m: ProgressReportModel, agency: string): string[] {
  const docs = new Map<number, PlanInfo>();
  for (const s of m.targetSources) if (s.document) docs.set(s.document.id, s.document);
  if (docs.size === 0 && m.plan) docs.set(m.plan.id, m.plan);
  const out = [...docs.values()].map((p) => `Căn cứ ${documentCitation(p)};`);
  const officeYears = [...new Set(m.targetSources.filter((s) => !s.document).map((s) => s.year))];
  if (officeYears.length)
    out.push(
      `Căn cứ chỉ tiêu năm ${officeYears.join(', ')} do ${agency} xác định (chưa có văn bản giao chỉ tiêu năm ${officeYears.join(', ')});`,
    );
  out.push(
    `Căn cứ số liệu người tham gia BHXH, BHTN do các đơn vị cấp huyện báo cáo đến hết ${monthInText(m.dataMonth)};`,
  );
  out.push(
    `${agency} báo cáo kết quả thực hiện chỉ tiêu phát triển người tham gia BHXH, BHTN ${lowerFirst(m.periodLabel)} như sau:`,
  );
  return out;
}

/** Units with the same notes share one line: seventeen late districts make one line, not seventeen. */
function groupNotes(rows: ProgressRow[]): string[] {
  const groups = new Map<string, string[]>();
  for (const r of rows) {
    if (r.carriedNotes.length === 0) continue;
    const text = r.carriedNotes.join('; ');
    const names = groups.get(text) ?? [];
    names.push(r.level === 'province' ? 'Toàn tỉnh' : r.name);
    groups.set(text, names);
  }
  return [...groups].map(([text, names]) => `- ${names.join(', ')}: ${text}.`);
}

export function buildNarrative(m: ProgressReportModel): Narrative {
  const agency = titleCaseAgency(m.settings.agencyName);
  const sections: Section[] = [
    {
      heading: 'I. KẾT QUẢ ĐẠT ĐƯỢC',
      paragraphs: [...m.summary, 'Chi tiết theo Phụ lục kèm theo Báo cáo này.'],
    },
    ...TEXT_SECTIONS.map(({ key, heading }) => {
      const paragraphs = textParagraphs(m.texts[key]);
      return { heading, paragraphs: paragraphs.length ? paragraphs : [UNWRITTEN, UNWRITTEN] };
    }),
  ];
  const rows = [...m.districts, m.province];
  const tableNotes = [
    ...(rows.some((r) => r.carriedFrom !== null)
      ? [`(*) Đơn vị chưa gửi số liệu ${monthInText(m.dataMonth)}: số liệu lấy từ kỳ gần nhất.`]
      : []),
    ...groupNotes(rows),
  ];
  const year = new Date(m.generatedAt).getFullYear();
  const month = new Date(m.generatedAt).getMonth() + 1;
  const number = m.settings.documentNumber.replace(/^Số:\s*/u, '').trim();
  return {
    title: `Kết quả thực hiện chỉ tiêu phát triển người tham gia bảo hiểm xã hội, bảo hiểm thất nghiệp ${lowerFirst(m.periodLabel)}`,
    titleLine: titleLine(m),
    basis: basisLines(m, agency),
    sections,
    appendix: {
      label: 'Phụ lục',
      title: `KẾT QUẢ THỰC HIỆN CHỈ TIÊU PHÁT TRIỂN NGƯỜI THAM GIA BHXH, BHTN ${m.periodLabel.toUpperCase()}`,
      attached: `(Kèm theo Báo cáo số ${number.startsWith('/') ? `      ${number}` : number} ngày      /${month}/${year} của ${agency})`,
    },
    tableNotes,
    chartTitle: `Biểu 3. Tỷ lệ bao phủ BHXH theo đơn vị cấp huyện so với chỉ tiêu năm ${m.year}`,
    chartLegend: {
      value: `Tỷ lệ bao phủ BHXH đến hết ${monthInText(m.dataMonth)}`,
      target: `Chỉ tiêu năm ${m.year}`,
    },
  };
}

/** "BẢO HIỂM XÃ HỘI TỈNH GIA LAI" → "Bảo hiểm xã hội tỉnh Gia Lai" for running text. */
export function titleCaseAgency(name: string): string {
  const lower = name.toLocaleLowerCase('vi');
  const m = /^(.*?\b(?:tỉnh|thành phố))\s+(.+)$/u.exec(lower);
  const cap = (w: string) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);
  if (!m) return cap(lower);
  return `${cap(m[1]!)} ${m[2]!.split(/\s+/u).map(cap).join(' ')}`;
}
