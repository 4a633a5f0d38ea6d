/** The seeded catalogue's codes. The catalogue itself lives in the database and can grow. */
export const LABOR_FORCE = 'labor_force';
export const BHXH_COMPULSORY = 'bhxh_compulsory';
export const BHXH_VOLUNTARY = 'bhxh_voluntary';
export const BHTN = 'bhtn';
export const BHXH_PARTICIPANTS = 'bhxh_participants';
export const BHXH_COVERAGE = 'bhxh_coverage';
export const BHTN_COVERAGE = 'bhtn_coverage';

export type Formula =
  { type: 'sum'; of: string[] } | { type: 'ratio'; numerator: string; denominator: string; scale: number };

export interface Indicator {
  code: string;
  label: string;
  /** `people` counts are non-negative integers; `percent` values are computed rates. */
  measure: 'people' | 'percent';
  kind: 'entered' | 'computed';
  formula: Formula | null;
  /** The period at which the figure is normally published. */
  naturalPeriod: 'month' | 'year';
  /** Short Vietnamese label for table headers. */
  shortLabel: string;
  sortOrder: number;
}

export const SEED_INDICATORS: Indicator[] = [
  {
    code: LABOR_FORCE,
    label: 'Lực lượng lao động trong độ tuổi (người)',
    shortLabel: 'LLLĐ',
    measure: 'people',
    kind: 'entered',
    formula: null,
    naturalPeriod: 'year',
    sortOrder: 1,
  },
  {
    code: BHXH_COMPULSORY,
    label: 'Số người tham gia BHXH bắt buộc',
    shortLabel: 'BHXH bắt buộc',
    measure: 'people',
    kind: 'entered',
    formula: null,
    naturalPeriod: 'month',
    sortOrder: 2,
  },
  {
    code: BHXH_VOLUNTARY,
    label: 'Số người tham gia BHXH tự nguyện',
    shortLabel: 'BHXH tự nguyện',
    measure: 'people',
    kind: 'entered',
    formula: null,
    naturalPeriod: 'month',
    sortOrder: 3,
  },
  {
    code: BHTN,
    label: 'Số người tham gia BHTN',
    shortLabel: 'BHTN',
    measure: 'people',
    kind: 'entered',
    formula: null,
    naturalPeriod: 'month',
    sortOrder: 4,
  },
  {
    code: BHXH_PARTICIPANTS,
    label: 'Tổng số người tham gia BHXH',
    shortLabel: 'Tổng tham gia BHXH',
    measure: 'people',
    kind: 'computed',
    formula: { type: 'sum', of: [BHXH_COMPULSORY, BHXH_VOLUNTARY] },
    naturalPeriod: 'month',
    sortOrder: 5,
  },
  {
    code: BHXH_COVERAGE,
    label: 'Tỷ lệ bao phủ BHXH (%)',
    shortLabel: 'Tỷ lệ BHXH',
    measure: 'percent',
    kind: 'computed',
    formula: { type: 'ratio', numerator: BHXH_PARTICIPANTS, denominator: LABOR_FORCE, scale: 100 },
    naturalPeriod: 'month',
    sortOrder: 6,
  },
  {
    code: BHTN_COVERAGE,
    label: 'Tỷ lệ bao phủ BHTN (%)',
    shortLabel: 'Tỷ lệ BHTN',
    measure: 'percent',
    kind: 'computed',
    formula: { type: 'ratio', numerator: BHTN, denominator: LABOR_FORCE, scale: 100 },
    naturalPeriod: 'month',
    sortOrder: 7,
  },
];

/** Computed indicators in an order where every operand comes before its use. */
export function computeOrder(indicators: Indicator[]): Indicator[] {
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const done = new Set<string>();
  const out: Indicator[] = [];
  const visit = (code: string, path: string[]): void => {
    if (done.has(code)) return;
    if (path.includes(code)) throw new Error(`Công thức chỉ số bị vòng lặp: ${[...path, code].join(' → ')}`);
    const ind = byCode.get(code);
    if (!ind) throw new Error(`Chỉ số "${code}" không có trong danh mục.`);
    for (const dep of formulaOperands(ind.formula)) visit(dep, [...path, code]);
    done.add(code);
    if (ind.kind === 'computed') out.push(ind);
  };
  for (const i of indicators) visit(i.code, []);
  return out;
}

export function formulaOperands(f: Formula | null): string[] {
  if (!f) return [];
  return f.type === 'sum' ? f.of : [f.numerator, f.denominator];
}
