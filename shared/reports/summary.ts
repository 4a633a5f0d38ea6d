/** The written summary of a progress report, in Vietnamese, built only from the figures. */
import type { PlanInfo } from '../api/types';
import { formatCount, formatOneDecimal, formatPercent, formatRate } from '../format/vi';
import type { CoverageProgress, ProgressRow } from './model';

export interface SummaryInput {
  /** "tháng 6/2024": the month the figures stand at. */
  monthText: string;
  year: number;
  plan: PlanInfo | null;
  province: ProgressRow;
  districts: ProgressRow[];
}

function planName(plan: PlanInfo | null, year: number): string {
  return plan ? `kế hoạch năm ${year} (Kế hoạch số ${plan.number})` : `kế hoạch năm ${year}`;
}

function actualText(c: CoverageProgress): string {
  return c.targetKind === 'count' ? `${formatCount(c.actual)} người` : formatPercent(c.actual);
}

/**
 * `lead` ends in a verb: "Toàn tỉnh đạt" gives "Toàn tỉnh đạt 14,21%, bằng 95,8% kế hoạch năm 2023 (…);
 * cần phát triển thêm 8.114 người để đạt chỉ tiêu."
 */
export function targetSentence(
  lead: string,
  what: string,
  c: CoverageProgress,
  year: number,
  plan: PlanInfo | null,
): string {
  if (c.actual === null) return `Chưa đủ số liệu để tính tỷ lệ bao phủ ${what}.`;
  if (c.status === 'no_target') return `${lead} ${actualText(c)}; chưa có chỉ tiêu ${what} năm ${year}.`;
  const share =
    c.shareReached !== null ? `, bằng ${formatOneDecimal(c.shareReached)}% ${planName(plan, year)}` : '';
  const head = `${lead} ${actualText(c)}${share}`;
  if (c.status === 'met')
    return `${head}; đã đạt chỉ tiêu ${c.targetKind === 'count' ? `${formatCount(c.target)} người` : formatPercent(c.target)}.`;
  const need =
    c.peopleNeeded !== null
      ? `; cần phát triển thêm ${formatCount(c.peopleNeeded)} người để đạt chỉ tiêu ${c.targetKind === 'count' ? `${formatCount(c.target)} người` : formatPercent(c.target)}`
      : '';
  return `${head}${need}.`;
}

function changeText(delta: number | null, count: boolean): string | null {
  if (delta === null) return null;
  if (Math.abs(delta) < 0.005) return 'không đổi';
  const size = count
    ? `${formatCount(Math.abs(delta))} người`
    : `${formatRate(Math.abs(delta))} điểm phần trăm`;
  return `${delta > 0 ? 'tăng' : 'giảm'} ${size}`;
}

/** A headcount plan speaks of participants, a rate plan of coverage. */
function subject(c: CoverageProgress, what: 'BHXH' | 'BHTN', where: string, midSentence = false): string {
  const s = c.targetKind === 'count' ? `số người tham gia ${what}${where}` : `tỷ lệ bao phủ ${what}${where}`;
  return midSentence ? s : s.charAt(0).toUpperCase() + s.slice(1);
}

export function buildSummary(s: SummaryInput): string[] {
  const p = s.province;
  const out: string[] = [];
  if (p.bhxhParticipants !== null || p.bhtn !== null) {
    const parts: string[] = [];
    if (p.bhxhParticipants !== null) {
      parts.push(
        `${formatCount(p.bhxhParticipants)} người tham gia BHXH (bắt buộc ${formatCount(p.bhxhCompulsory)}, tự nguyện ${formatCount(p.bhxhVoluntary)})`,
      );
    }
    if (p.bhtn !== null) parts.push(`${formatCount(p.bhtn)} người tham gia BHTN`);
    const lf =
      p.laborForce !== null
        ? ` trên ${formatCount(p.laborForce)} người trong lực lượng lao động trong độ tuổi`
        : '';
    out.push(`Đến hết ${s.monthText}, toàn tỉnh có ${parts.join(' và ')}${lf}.`);
  } else {
    out.push(`Chưa có số liệu người tham gia đến hết ${s.monthText}.`);
  }
  out.push(
    `${targetSentence(`${subject(p.bhxh, 'BHXH', ' toàn tỉnh')} đạt`, 'BHXH', p.bhxh, s.year, s.plan)} ${targetSentence(`${subject(p.bhtnCoverage, 'BHTN', '')} đạt`, 'BHTN', p.bhtnCoverage, s.year, s.plan)}`,
  );

  const count = p.bhxh.targetKind === 'count';
  const m = changeText(p.bhxh.changeSincePreviousMonth, count);
  const y = changeText(p.bhxh.changeSinceLastYear, count);
  const changes = [m && `so với tháng trước ${m}`, y && `so với cùng kỳ năm trước ${y}`].filter(Boolean);
  if (changes.length) out.push(`${subject(p.bhxh, 'BHXH', ' toàn tỉnh')} ${changes.join('; ')}.`);

  const withTarget = s.districts.filter((d) => d.bhxh.status === 'met' || d.bhxh.status === 'not_met');
  if (withTarget.length === 0) {
    out.push(`Các huyện, thị xã, thành phố chưa có chỉ tiêu BHXH năm ${s.year} trong kế hoạch đang áp dụng.`);
  } else {
    const met = withTarget.filter((d) => d.bhxh.status === 'met');
    const notMet = withTarget
      .filter((d) => d.bhxh.status === 'not_met')
      .sort((a, b) => (a.bhxh.shareReached ?? 0) - (b.bhxh.shareReached ?? 0));
    let text = `Có ${met.length}/${withTarget.length} đơn vị cấp huyện đạt chỉ tiêu BHXH`;
    if (met.length > 0 && met.length <= 6) text += ` (${met.map((d) => d.name).join(', ')})`;
    if (notMet.length > 0) {
      const low = notMet
        .slice(0, 3)
        .map(
          (d) =>
            `${d.name} ${formatPercent(d.bhxh.actual)}, bằng ${formatOneDecimal(d.bhxh.shareReached)}% chỉ tiêu`,
        );
      text += `; ${notMet.length} đơn vị chưa đạt, thấp nhất là ${low.join('; ')}`;
    }
    out.push(`${text}.`);
  }

  if (p.bhxh.projectedYearEnd !== null) {
    const proj =
      p.bhxh.targetKind === 'count'
        ? `${formatCount(p.bhxh.projectedYearEnd)} người`
        : formatPercent(p.bhxh.projectedYearEnd);
    const vs =
      p.bhxh.target !== null
        ? p.bhxh.projectedYearEnd + 1e-9 >= p.bhxh.target
          ? ', đạt chỉ tiêu năm'
          : ', chưa đạt chỉ tiêu năm nếu giữ nhịp độ hiện nay'
        : '';
    out.push(
      `Theo xu hướng các tháng đã có số liệu, ${subject(p.bhxh, 'BHXH', ' toàn tỉnh', true)} ước đến cuối năm ${s.year} đạt ${proj}${vs}.`,
    );
  }

  const carried = s.districts.filter((d) => d.carriedNotes.some((n) => n.includes('chuyển từ')));
  if (carried.length > 0) {
    out.push(
      `Số liệu của ${carried.length} đơn vị chưa gửi báo cáo ${s.monthText} được lấy từ kỳ gần nhất (đánh dấu *): ${carried.map((d) => d.name).join(', ')}.`,
    );
  }
  return out;
}
