import { describe, expect, it } from 'vitest';
import type { ValuesRow } from '../../shared/api/types';
import { buildProgressRow } from '../../shared/reports/progress-row';
import { buildSummary, targetSentence } from '../../shared/reports/summary';
import { adminDateLine, deepNfc } from '../../shared/reports/document';

function row(
  unit: string,
  name: string,
  f: { lf: number | null; bb: number; tn: number; bhtn: number },
  targets: Record<string, number> = {},
  carried = false,
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
    expect(r.carriedNotes).toContain('BHXH bắt buộc chuyển từ Tháng 5/2024');
    expect(r.bhxh.projectedYearEnd).toBeNull();
  });
});

describe('summary', () => {
  it('writes the sentence of the issue from the figures', () => {
    const p = buildProgressRow(
      row('64', 'Tỉnh Gia Lai', { lf: 100000, bb: 12000, tn: 2210, bhtn: 9000 }, { bhxh_coverage: 14.83 }),
    );
    const s = targetSentence('Toàn tỉnh đạt', 'BHXH', p.bhxh, 2023, null);
    expect(s).toBe(
      'Toàn tỉnh đạt 14,21%, bằng 95,8% kế hoạch năm 2023; cần phát triển thêm 620 người để đạt chỉ tiêu 14,83%.',
    );
  });

  it('names met and not met districts and says when districts have no target', () => {
    const prov = buildProgressRow(
      row('64', 'Tỉnh Gia Lai', { lf: 200000, bb: 24000, tn: 4000, bhtn: 18000 }, { bhxh_coverage: 14.83 }),
    );
    const a = buildProgressRow(
      row('622', 'Thành phố Pleiku', { lf: 100000, bb: 30000, tn: 4000, bhtn: 20000 }, { bhxh_coverage: 30 }),
    );
    const b = buildProgressRow(
      row('635', 'Huyện Ia Pa', { lf: 10000, bb: 400, tn: 100, bhtn: 300 }, { bhxh_coverage: 6 }, true),
    );
    const text = buildSummary({
      monthText: 'tháng 6/2024',
      year: 2024,
      plan: null,
      province: prov,
      districts: [a, b],
    }).join('\n');
    expect(text).toContain(
      'Đến hết tháng 6/2024, toàn tỉnh có 28.000 người tham gia BHXH (bắt buộc 24.000, tự nguyện 4.000)',
    );
    expect(text).toContain(
      'Có 1/2 đơn vị cấp huyện đạt chỉ tiêu BHXH (Thành phố Pleiku); 1 đơn vị chưa đạt, thấp nhất là Huyện Ia Pa 5,00%, bằng 83,3% chỉ tiêu',
    );
    expect(text).toContain('(đánh dấu *): Huyện Ia Pa.');
    const none = buildSummary({
      monthText: 'tháng 6/2024',
      year: 2024,
      plan: null,
      province: prov,
      districts: [buildProgressRow(row('623', 'Thị xã An Khê', { lf: 1, bb: 0, tn: 0, bhtn: 0 }))],
    });
    expect(none.join(' ')).toContain('chưa có chỉ tiêu BHXH năm 2024');
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
