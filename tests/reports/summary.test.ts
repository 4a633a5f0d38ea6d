import { describe, expect, it } from 'vitest';
import type { ValuesRow } from '../../shared/api/types';
import { buildProgressRow } from '../../shared/reports/progress-row';
import { buildSummary, targetSentence, type SummaryInput } from '../../shared/reports/summary';
import type { ProgressRow } from '../../shared/reports/model';
import { adminDateLine, deepNfc } from '../../shared/reports/document';

function row(
  unit: string,
  name: string,
  f: { lf: number | null; bb: number; tn: number; bhtn: number },
  targets: Record<string, number> = {},
  carried = false,
  fromDocument = true,
): ValuesRow {
  const cell = (value: number | null) => ({
    value,
    source: 'own' as const,
    period: carried ? '2024-05' : '2024-06',
    carried,
  });
  const part = f.bb + f.tn;
  return {
    unitId: 1,
    unit,
    name,
    level: unit === '64' ? 'province' : 'district',
    parentCode: unit === '64' ? null : '64',
    cells: {
      labor_force: { value: f.lf, source: 'own', period: '2024' },
      bhxh_compulsory: cell(f.bb),
      bhxh_voluntary: cell(f.tn),
      bhtn: cell(f.bhtn),
      bhxh_participants: { value: part, source: 'computed' },
      bhxh_coverage: { value: f.lf ? (part / f.lf) * 100 : null, source: 'computed' },
      bhtn_coverage: { value: f.lf ? (f.bhtn / f.lf) * 100 : null, source: 'computed' },
    },
    targets: Object.fromEntries(
      Object.entries(targets).map(([indicator, value]) => [
        indicator,
        {
          planId: 1,
          planNumber: '156/KH-UBND',
          unitCode: unit,
          indicator,
          year: 2024,
          value,
          kind: 'rate' as const,
          fromDocument,
        },
      ]),
    ),
  };
}

describe('progress row', () => {
  it('computes gap, share, people needed and changes from the figures', () => {
    const cur = row(
      '64',
      'Tỉnh Gia Lai',
      { lf: 100000, bb: 12000, tn: 2210, bhtn: 9000 },
      { bhxh_coverage: 14.83 },
    );
    const prev = row('64', 'Tỉnh Gia Lai', { lf: 100000, bb: 11900, tn: 2200, bhtn: 8900 });
    const r = buildProgressRow(cur, {
      previousMonth: prev,
      yearMonths: [
        { month: 5, row: prev },
        { month: 6, row: cur },
      ],
    });
    expect(r.bhxhParticipants).toBe(14210);
    expect(r.bhxh.actual).toBeCloseTo(14.21, 10);
    expect(r.bhxh.gap).toBeCloseTo(-0.62, 10);
    expect(r.bhxh.shareReached).toBeCloseTo(95.819, 2);
    expect(r.bhxh.peopleNeeded).toBe(620);
    expect(r.bhxh.status).toBe('not_met');
    expect(r.bhxh.changeSincePreviousMonth).toBeCloseTo(0.11, 10);
    // Two points, 0,11 a month: six more months to December.
    expect(r.bhxh.projectedYearEnd).toBeCloseTo(14.21 + 6 * 0.11, 8);
    expect(r.bhtnCoverage.status).toBe('no_target');
  });

  it('marks carried figures in its notes and leaves them out of the trend', () => {
    const cur = row('635', 'Huyện Ia Pa', { lf: 1000, bb: 50, tn: 10, bhtn: 30 }, {}, true);
    const r = buildProgressRow(cur, { yearMonths: [{ month: 6, row: cur }] });
    expect(r.carriedNotes).toContain('BHXH bắt buộc chuyển từ tháng 5/2024');
    expect(r.bhxh.projectedYearEnd).toBeNull();
    // Every drawer reads the field, not the wording of the notes.
    expect(r.carriedFrom).toBe('2024-05');
    expect(
      buildProgressRow(row('622', 'Thành phố Pleiku', { lf: 1000, bb: 50, tn: 10, bhtn: 30 })).carriedFrom,
    ).toBeNull();
  });
});

const input = (province: ProgressRow, districts: ProgressRow[], over: Partial<SummaryInput> = {}) => ({
  month: '2024-06',
  dataMonth: '2024-06',
  year: 2024,
  province,
  districts,
  targetKind: { bhxh: 'rate' as const, bhtn: 'rate' as const },
  targetSources: [],
  comparedWith: { month: '2024-05', label: 'tháng 5/2024' },
  ...over,
});

describe('summary', () => {
  it('credits a target to its own document, or to the office when none was named', () => {
    const f = { lf: 100000, bb: 12000, tn: 2210, bhtn: 9000 };
    const doc = buildProgressRow(row('64', 'Tỉnh Gia Lai', f, { bhxh_coverage: 14.83 }));
    expect(targetSentence('Toàn tỉnh đạt', 'BHXH', doc.bhxh, 2024, 'rate')).toBe(
      'Toàn tỉnh đạt 14,21%, bằng 95,8% chỉ tiêu năm 2024 (14,83%, theo Kế hoạch số 156/KH-UBND); cần phát triển thêm 620 người để đạt chỉ tiêu.',
    );
    const office = buildProgressRow(row('64', 'Tỉnh Gia Lai', f, { bhxh_coverage: 14.83 }, false, false));
    const s = targetSentence('Toàn tỉnh đạt', 'BHXH', office.bhxh, 2024, 'rate');
    expect(s).toContain('(14,83%, do BHXH tỉnh xác định)');
    expect(s).not.toContain('156/KH-UBND');
  });

  it('says how many districts have a target, judges their pace and names the lowest by coverage', () => {
    const prov = buildProgressRow(
      row('64', 'Tỉnh Gia Lai', { lf: 200000, bb: 24000, tn: 4000, bhtn: 18000 }, { bhxh_coverage: 14.83 }),
      { month: 6 },
    );
    const a = buildProgressRow(
      row('622', 'Thành phố Pleiku', { lf: 100000, bb: 30000, tn: 4000, bhtn: 20000 }, { bhxh_coverage: 30 }),
      { month: 6 },
    );
    const b = buildProgressRow(
      row('635', 'Huyện Ia Pa', { lf: 10000, bb: 400, tn: 100, bhtn: 300 }, { bhxh_coverage: 6 }, true),
      { month: 6 },
    );
    const c = buildProgressRow(row('630', 'Huyện Kông Chro', { lf: 10000, bb: 350, tn: 100, bhtn: 200 }));
    const text = buildSummary(input(prov, [a, b, c])).join('\n');
    expect(text).toContain(
      'Đến hết tháng 6/2024, toàn tỉnh có 28.000 người tham gia BHXH (bắt buộc 24.000, tự nguyện 4.000)',
    );
    expect(text).toContain(
      'Có 2/3 đơn vị cấp huyện có chỉ tiêu BHXH năm 2024, trong đó 1 đơn vị đã đạt chỉ tiêu',
    );
    expect(text).toContain('1 đơn vị chưa có chỉ tiêu');
    expect(text).toContain(
      'thấp nhất là huyện Kông Chro (4,50%), huyện Ia Pa (5,00%), thành phố Pleiku (34,00%)',
    );
    expect(text).toContain('(đánh dấu * trong Phụ lục): huyện Ia Pa (tháng 5/2024).');
    expect(text).not.toMatch(/\S Huyện/u);
    const none = buildSummary(input(prov, [c])).join(' ');
    expect(none).toContain('Chưa có đơn vị cấp huyện nào có chỉ tiêu BHXH năm 2024');
    expect(none).toContain('thấp nhất là huyện Kông Chro (4,50%)');
  });

  it('judges the pace before December, not the result', () => {
    const may = row('64', 'Tỉnh Gia Lai', { lf: 100000, bb: 11900, tn: 2200, bhtn: 8900 });
    const june = row(
      '64',
      'Tỉnh Gia Lai',
      { lf: 100000, bb: 12000, tn: 2210, bhtn: 9000 },
      { bhxh_coverage: 14.83 },
    );
    const hist = {
      yearMonths: [
        { month: 5, row: may },
        { month: 6, row: june },
      ],
      month: 6,
    };
    // 110 people a month achieved; 620 needed over 6 months is 104 a month: on track.
    const onTrack = buildProgressRow(june, hist);
    expect(onTrack.bhxh.pace.verdict).toBe('on_track');
    expect(buildSummary(input(onTrack, [])).join(' ')).toContain(
      'trong 6 tháng còn lại cần phát triển thêm bình quân 104 người/tháng; từ đầu năm đến nay bình quân mỗi tháng tăng 110 người: toàn tỉnh đang đúng tiến độ.',
    );
    const high = row(
      '64',
      'Tỉnh Gia Lai',
      { lf: 100000, bb: 12000, tn: 2210, bhtn: 9000 },
      { bhxh_coverage: 16 },
    );
    const behind = buildProgressRow(high, {
      ...hist,
      yearMonths: [
        { month: 5, row: may },
        { month: 6, row: high },
      ],
    });
    expect(behind.bhxh.pace.verdict).toBe('behind');
    expect(buildSummary(input(behind, [])).join(' ')).toContain('toàn tỉnh đang chậm tiến độ');
    const december = buildProgressRow(high, { ...hist, month: 12 });
    expect(december.bhxh.pace.verdict).toBe('not_met');
  });

  it('dates carried figures in the first sentence and names the month a change compares with', () => {
    const prov = buildProgressRow(
      row('64', 'Tỉnh Gia Lai', { lf: 200000, bb: 24000, tn: 4000, bhtn: 18000 }),
      { previousMonth: row('64', 'Tỉnh Gia Lai', { lf: 200000, bb: 23000, tn: 4000, bhtn: 18000 }) },
    );
    const text = buildSummary(
      input(prov, [], { month: '2025-12', comparedWith: { month: '2024-03', label: 'tháng 3/2024' } }),
    );
    expect(text[0]).toMatch(
      /^Chưa có số liệu tháng 12\/2025; theo số liệu mới nhất, đến hết tháng 6\/2024, toàn tỉnh có/,
    );
    expect(text.join(' ')).toContain(
      'So với tháng 3/2024, tỷ lệ bao phủ BHXH toàn tỉnh tăng 0,50 điểm phần trăm',
    );
    expect(text.join(' ')).not.toContain('tháng trước');
    const q = buildSummary(
      input(prov, [], { comparedWith: { month: '2024-03', label: 'quý trước (tháng 3/2024)' } }),
    );
    expect(q.join(' ')).toContain('So với quý trước (tháng 3/2024)');
  });
});

describe('document pieces', () => {
  it('writes the NĐ 30 date line with leading zeros for days below 10 and months 1–2', () => {
    expect(adminDateLine('Gia Lai', new Date(2024, 1, 5))).toBe('Gia Lai, ngày 05 tháng 02 năm 2024');
    expect(adminDateLine('Gia Lai', new Date(2024, 6, 15))).toBe('Gia Lai, ngày 15 tháng 7 năm 2024');
  });
  it('normalises every string of a document to NFC', () => {
    const nfd = 'Huyện Đak Pơ'.normalize('NFD');
    const out = deepNfc({ a: [nfd, { b: nfd }], n: 3 });
    expect(out.a[0]).toBe('Huyện Đak Pơ'.normalize('NFC'));
    expect((out.a[1] as { b: string }).b).toBe('Huyện Đak Pơ'.normalize('NFC'));
    expect(out.n).toBe(3);
  });
});
