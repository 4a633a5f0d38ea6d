/** Section I of the progress report (kết quả đạt được), in Vietnamese, drafted only from the figures. */
import type { LaterTarget, TargetKind } from '../domain/progress';
import { formatCount, formatOneDecimal, formatPercent, formatRate } from '../format/vi';
import { monthInText, unitInText } from './document';
import type { CoverageProgress, ProgressRow, TargetSource } from './model';

export interface SummaryInput {
  /** The month the report is for, and the month its figures stand at (earlier when carried). */
  month: string;
  dataMonth: string;
  year: number;
  province: ProgressRow;
  districts: ProgressRow[];
  targetKind: { bhxh: TargetKind; bhtn: TargetKind };
  targetSources: TargetSource[];
  comparedWith: { month: string; label: string } | null;
  laterTarget?: { bhxh: LaterTarget | null; bhtn: LaterTarget | null };
}

const people = (n: number | null) => `${formatCount(n)} người`;

function targetValue(c: CoverageProgress, kind: TargetKind): string {
  return kind === 'count' ? people(c.target) : formatPercent(c.target);
}

/** Who set the target: its own document, or the office (never a document that does not contain it). */
function sourceText(c: CoverageProgress): string {
  return c.targetDocument ? `theo Kế hoạch số ${c.targetDocument}` : 'do BHXH tỉnh xác định';
}

/**
 * `lead` ends in a verb: "Tỷ lệ bao phủ BHXH toàn tỉnh đạt 14,21%, bằng 95,8% chỉ tiêu năm 2024 (15,83%,
 * theo Kế hoạch số …)".
 */
export function targetSentence(
  lead: string,
  what: string,
  c: CoverageProgress,
  year: number,
  kind: TargetKind,
): string {
  const actual = kind === 'count' ? people(c.actual) : formatPercent(c.actual);
  if (c.actual === null) return `Chưa đủ số liệu để tính tỷ lệ bao phủ ${what}.`;
  if (c.target === null) return `${lead} ${actual}; chưa có chỉ tiêu ${what} năm ${year}.`;
  const share = c.shareReached !== null ? `, bằng ${formatOneDecimal(c.shareReached)}%` : '';
  const head = `${lead} ${actual}${share} chỉ tiêu năm ${year} (${targetValue(c, kind)}, ${sourceText(c)})`;
  if (c.status === 'met') return `${head}; đã đạt chỉ tiêu.`;
  const need =
    c.peopleNeeded !== null ? `; cần phát triển thêm ${people(c.peopleNeeded)} để đạt chỉ tiêu` : '';
  return `${head}${need}.`;
}

function changeText(delta: number | null, count: boolean): string | null {
  if (delta === null) return null;
  if (Math.abs(delta) < 0.005) return 'không đổi';
  const size = count ? people(Math.abs(delta)) : `${formatRate(Math.abs(delta))} điểm phần trăm`;
  return `${delta > 0 ? 'tăng' : 'giảm'} ${size}`;
}

/** A headcount plan speaks of participants, a rate plan of coverage. */
function subject(kind: TargetKind, what: 'BHXH' | 'BHTN', where: string, midSentence = false): string {
  const s = kind === 'count' ? `số người tham gia ${what}${where}` : `tỷ lệ bao phủ ${what}${where}`;
  return midSentence ? s : s.charAt(0).toUpperCase() + s.slice(1);
}

function openingSentence(s: SummaryInput): string {
  const p = s.province;
  const parts: string[] = [];
  if (p.bhxhParticipants !== null)
    parts.push(
      `${people(p.bhxhParticipants)} tham gia BHXH (bắt buộc ${formatCount(p.bhxhCompulsory)}, tự nguyện ${formatCount(p.bhxhVoluntary)})`,
    );
  if (p.bhtn !== null) parts.push(`${people(p.bhtn)} tham gia BHTN`);
  const lf =
    p.laborForce !== null ? ` trên ${people(p.laborForce)} trong lực lượng lao động trong độ tuổi` : '';
  const head =
    s.dataMonth === s.month
      ? `Đến hết ${monthInText(s.dataMonth)}`
      : `Chưa có số liệu ${monthInText(s.month)}; theo số liệu mới nhất, đến hết ${monthInText(s.dataMonth)}`;
  return `${head}, toàn tỉnh có ${parts.join(' và ')}${lf}.`;
}

function changeSentence(s: SummaryInput): string | null {
  const p = s.province;
  const count = s.targetKind.bhxh === 'count';
  const out: string[] = [];
  const m = changeText(p.bhxh.changeSincePreviousMonth, count);
  if (m && s.comparedWith)
    out.push(
      `so với ${s.comparedWith.label}, ${subject(s.targetKind.bhxh, 'BHXH', ' toàn tỉnh', true)} ${m}`,
    );
  const y = changeText(p.bhxh.peopleChangeSinceLastYear, true);
  if (y) {
    const [yy, mm] = s.dataMonth.split('-');
    out.push(
      `so với cùng kỳ năm trước (${monthInText(`${Number(yy) - 1}-${mm}`)}), số người tham gia BHXH ${y}`,
    );
  }
  if (out.length === 0) return null;
  const text = out.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** The pace needed to reach the year's target against the pace achieved so far; in December, the result. */
function paceSentence(s: SummaryInput): string | null {
  const c = s.province.bhxh;
  const { pace } = c;
  if (c.target === null || c.actual === null) return null;
  if (pace.verdict === 'met' || pace.verdict === 'not_met') return null;
  const achieved =
    pace.achieved !== null
      ? `từ đầu năm đến nay bình quân mỗi tháng ${pace.achieved >= 0 ? 'tăng' : 'giảm'} ${people(Math.round(Math.abs(pace.achieved)))}`
      : 'chưa đủ số liệu các tháng để tính nhịp độ đã đạt';
  const required =
    pace.required !== null
      ? `Để đạt chỉ tiêu BHXH năm ${s.year}, trong ${pace.monthsLeft} tháng còn lại cần phát triển thêm bình quân ${people(Math.ceil(pace.required))}/tháng`
      : `Để đạt chỉ tiêu BHXH năm ${s.year} cần phát triển thêm người tham gia trong ${pace.monthsLeft} tháng còn lại`;
  const verdict =
    pace.verdict === 'on_track'
      ? 'toàn tỉnh đang đúng tiến độ'
      : pace.verdict === 'behind'
        ? 'toàn tỉnh đang chậm tiến độ'
        : 'chưa đánh giá được tiến độ';
  return `${required}; ${achieved}: ${verdict}.`;
}

function districtSentence(s: SummaryInput): string {
  const ds = s.districts;
  const withTarget = ds.filter((d) => d.bhxh.target !== null);
  const out: string[] = [];
  if (withTarget.length === 0) {
    out.push(`Chưa có đơn vị cấp huyện nào có chỉ tiêu BHXH năm ${s.year}`);
  } else {
    const count = (v: string[]) => withTarget.filter((d) => v.includes(d.bhxh.pace.verdict)).length;
    const judged = [
      [count(['met']), 'đã đạt chỉ tiêu'],
      [count(['on_track']), 'đúng tiến độ'],
      [count(['behind']), 'chậm tiến độ'],
      [count(['not_met']), 'chưa đạt chỉ tiêu'],
      [count(['no_pace', 'no_data']), 'chưa đủ số liệu để đánh giá'],
    ] as const;
    const parts = judged.filter(([n]) => n > 0).map(([n, t]) => `${n} đơn vị ${t}`);
    out.push(
      `Có ${withTarget.length}/${ds.length} đơn vị cấp huyện có chỉ tiêu BHXH năm ${s.year}${parts.length ? `, trong đó ${parts.join(', ')}` : ''}; ${ds.length - withTarget.length} đơn vị chưa có chỉ tiêu`,
    );
  }
  const lowest = ds
    .filter((d) => d.bhxh.actual !== null || d.bhxhParticipants !== null)
    .map((d) => ({ d, rate: rateOf(d) }))
    .filter((x): x is { d: ProgressRow; rate: number } => x.rate !== null)
    .sort((a, b) => a.rate - b.rate)
    .slice(0, 3);
  if (lowest.length > 0)
    out.push(
      `tỷ lệ bao phủ BHXH thấp nhất là ${lowest.map((x) => `${unitInText(x.d.name)} (${formatPercent(x.rate)})`).join(', ')}`,
    );
  return `${out.join('; ')}.`;
}

/** Coverage in % whatever the block's target kind: the lowest districts are named by coverage. */
function rateOf(d: ProgressRow): number | null {
  if (d.laborForce === null || d.bhxhParticipants === null || d.laborForce === 0) return null;
  return (d.bhxhParticipants / d.laborForce) * 100;
}

function projectionSentence(s: SummaryInput): string | null {
  const c = s.province.bhxh;
  if (c.projectedYearEnd === null || s.dataMonth.slice(0, 4) !== String(s.year)) return null;
  const kind = s.targetKind.bhxh;
  const proj = kind === 'count' ? people(Math.round(c.projectedYearEnd)) : formatPercent(c.projectedYearEnd);
  const vs =
    c.target !== null
      ? c.projectedYearEnd + 1e-9 >= c.target
        ? ', đạt chỉ tiêu năm'
        : ', chưa đạt chỉ tiêu năm nếu giữ nhịp độ hiện nay'
      : '';
  return `Theo xu hướng các tháng đã có số liệu, ${subject(kind, 'BHXH', ' toàn tỉnh', true)} ước đến cuối năm ${s.year} đạt ${proj}${vs}.`;
}

function carriedSentence(s: SummaryInput): string | null {
  const carried = s.districts.filter((d) => d.carriedFrom !== null);
  if (carried.length === 0) return null;
  const names = carried.map((d) => `${unitInText(d.name)} (${monthInText(d.carriedFrom!)})`);
  return `Số liệu của ${carried.length} đơn vị chưa gửi báo cáo ${monthInText(s.dataMonth)} được lấy từ kỳ gần nhất (đánh dấu * trong Phụ lục): ${names.join(', ')}.`;
}

/** Where the year sets no province target: what the plan's next one asks, and at what pace (SPEC §4). */
function laterTargetSentence(s: SummaryInput): string | null {
  const one = (what: 'BHXH' | 'BHTN', t: LaterTarget | null): string | null => {
    if (!t) return null;
    const value =
      t.kind === 'count'
        ? `${people(t.target)} tham gia ${what}`
        : `tỷ lệ bao phủ ${what} ${formatPercent(t.target)}`;
    const source = t.document ? `theo Kế hoạch số ${t.document}` : 'do BHXH tỉnh xác định';
    const head = `Chỉ tiêu gần nhất về ${what} là năm ${t.year}: ${value} (${source})`;
    if (t.status === 'met') return `${head}; toàn tỉnh đã đạt mức này.`;
    if (t.status !== 'not_met' || t.peopleNeeded === null) return `${head}.`;
    const { pace } = t;
    const required =
      pace.required !== null
        ? `, bình quân ${people(Math.ceil(pace.required))}/tháng trong ${pace.monthsLeft} tháng đến hết năm ${t.year}`
        : '';
    const achieved =
      pace.achieved !== null
        ? `; từ đầu năm đến nay bình quân mỗi tháng ${pace.achieved >= 0 ? 'tăng' : 'giảm'} ${people(Math.round(Math.abs(pace.achieved)))}${pace.verdict === 'on_track' ? ': đúng tiến độ' : pace.verdict === 'behind' ? ': chậm tiến độ' : ''}`
        : '';
    const base = t.kind === 'rate' ? ' (tính trên lực lượng lao động hiện nay)' : '';
    return `${head}; để đạt, cần phát triển thêm ${people(t.peopleNeeded)}${base}${required}${achieved}.`;
  };
  const parts = [one('BHXH', s.laterTarget?.bhxh ?? null), one('BHTN', s.laterTarget?.bhtn ?? null)].filter(
    (x): x is string => x !== null,
  );
  return parts.length ? parts.join(' ') : null;
}

export function buildSummary(s: SummaryInput): string[] {
  const p = s.province;
  const rates = [
    targetSentence(
      `${subject(s.targetKind.bhxh, 'BHXH', ' toàn tỉnh')} đạt`,
      'BHXH',
      p.bhxh,
      s.year,
      s.targetKind.bhxh,
    ),
    targetSentence(
      `${subject(s.targetKind.bhtn, 'BHTN', '')} đạt`,
      'BHTN',
      p.bhtnCoverage,
      s.year,
      s.targetKind.bhtn,
    ),
  ].join(' ');
  return [
    openingSentence(s),
    rates,
    changeSentence(s),
    paceSentence(s),
    laterTargetSentence(s),
    districtSentence(s),
    projectionSentence(s),
    carriedSentence(s),
  ].filter((x): x is string => x !== null);
}
