import type { TargetInfo, ValueCell, ValuesResult, ValuesRow } from '../../shared/api/types';
import { SEED_INDICATORS } from '../../shared/domain/indicators';

const plan = {
  id: 1,
  number: '156/KH-UBND',
  issuedOn: '2023-01-18',
  title: 'Kế hoạch 156',
  yearFrom: 2023,
  yearTo: 2025,
};

function cells(
  f: { lf: number | null; bb: number | null; tn: number | null; bhtn: number | null },
  own: Partial<ValueCell> = {},
): Record<string, ValueCell> {
  const c = (value: number | null): ValueCell =>
    value === null ? { value: null, source: 'none' } : { value, source: 'own', period: '2024-03', ...own };
  const part = f.bb !== null && f.tn !== null ? f.bb + f.tn : null;
  const rate = (n: number | null) => (n !== null && f.lf ? (n / f.lf) * 100 : null);
  return {
    labor_force:
      f.lf === null ? { value: null, source: 'none' } : { value: f.lf, source: 'own', period: '2024' },
    bhxh_compulsory: c(f.bb),
    bhxh_voluntary: c(f.tn),
    bhtn: c(f.bhtn),
    bhxh_participants: { value: part, source: 'computed' },
    bhxh_coverage: { value: rate(part), source: 'computed' },
    bhtn_coverage: { value: rate(f.bhtn), source: 'computed' },
  };
}

const target = (unitCode: string, indicator: string, value: number): TargetInfo => ({
  planId: 1,
  planNumber: plan.number,
  unitCode,
  indicator,
  year: 2024,
  value,
  kind: 'rate',
  fromDocument: true,
});

/**
 * Two districts and the province for March 2024. Pleiku sent its figures; Ia Pa's are carried from February.
 * Province: LF 200 000, BHXH 30 000 (15%), BHTN 18 000 (9%); targets 16,83% and 8,5%.
 */
export function sampleValues(opts: { provinceTargets?: boolean } = {}): ValuesResult {
  const withTargets = opts.provinceTargets ?? true;
  const rows: ValuesRow[] = [
    {
      unitId: 2,
      unit: '622',
      name: 'Thành phố Pleiku',
      level: 'district',
      parentCode: '64',
      cells: cells(
        { lf: 150000, bb: 24000, tn: 3000, bhtn: 16000 },
        { importId: 1, sourceFile: 'pleiku.xlsx', sourceCell: 'D5' },
      ),
      targets: {
        bhxh_coverage: target('622', 'bhxh_coverage', 17),
        bhtn_coverage: target('622', 'bhtn_coverage', 10),
      },
    },
    {
      unitId: 3,
      unit: '635',
      name: 'Huyện Ia Pa',
      level: 'district',
      parentCode: '64',
      cells: cells({ lf: 50000, bb: 2500, tn: 500, bhtn: 2000 }, { period: '2024-02', carried: true }),
      targets: {
        bhxh_coverage: target('635', 'bhxh_coverage', 7),
        bhtn_coverage: target('635', 'bhtn_coverage', 5),
      },
    },
    {
      unitId: 1,
      unit: '64',
      name: 'Tỉnh Gia Lai',
      level: 'province',
      parentCode: null,
      cells: cells({ lf: 200000, bb: 26500, tn: 3500, bhtn: 18000 }, { source: 'children' }),
      targets: withTargets
        ? {
            bhxh_coverage: target('64', 'bhxh_coverage', 16.83),
            bhtn_coverage: target('64', 'bhtn_coverage', 8.5),
          }
        : {},
    },
  ];
  return { period: '2024-03', month: '2024-03', plan, indicators: SEED_INDICATORS, rows };
}
