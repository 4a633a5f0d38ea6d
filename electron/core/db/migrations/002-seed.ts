import { SEED_INDICATORS } from '../../../../shared/domain/indicators';
import type { Migration } from './types';

export const PROVINCE_CODE = '64';

/** Tỉnh Gia Lai and its 17 district-level units as they stood in 2023, with the national list's spellings. */
export const SEED_DISTRICTS: { code: string; name: string; aliases: string[] }[] = [
  { code: '622', name: 'Thành phố Pleiku', aliases: [] },
  { code: '623', name: 'Thị xã An Khê', aliases: [] },
  { code: '624', name: 'Thị xã Ayun Pa', aliases: [] },
  { code: '625', name: 'Huyện Kbang', aliases: ['Huyện KBang', "Huyện K'Bang"] },
  { code: '626', name: 'Huyện Đak Đoa', aliases: ['Huyện Đăk Đoa', 'Huyện Đắk Đoa'] },
  { code: '627', name: 'Huyện Chư Păh', aliases: [] },
  { code: '628', name: 'Huyện Ia Grai', aliases: [] },
  { code: '629', name: 'Huyện Mang Yang', aliases: [] },
  { code: '630', name: 'Huyện Kông Chro', aliases: [] },
  { code: '631', name: 'Huyện Đức Cơ', aliases: [] },
  { code: '632', name: 'Huyện Chư Prông', aliases: [] },
  { code: '633', name: 'Huyện Chư Sê', aliases: [] },
  { code: '634', name: 'Huyện Đak Pơ', aliases: ['Huyện Đăk Pơ', 'Huyện Đắk Pơ'] },
  { code: '635', name: 'Huyện Ia Pa', aliases: [] },
  { code: '637', name: 'Huyện Krông Pa', aliases: [] },
  { code: '638', name: 'Huyện Phú Thiện', aliases: [] },
  { code: '639', name: 'Huyện Chư Pưh', aliases: [] },
];

// The district level ended on 01/7/2025, but plan 156's reports run to the end of 2025 on these units:
// the seed leaves their dates open and the office closes them when it loads the new catalogue.

export const SEED_PLAN = {
  number: '156/KH-UBND',
  issuedOn: '2023-01-18',
  title:
    'Kế hoạch thực hiện Nghị quyết số 69/NQ-CP ngày 19/5/2022 của Chính phủ về chỉ tiêu phát triển người tham gia BHXH, BHTN giai đoạn 2023–2025',
  yearFrom: 2023,
  yearTo: 2025,
  // The plan gives no 2024 figure: none is invented here.
  provinceTargets: [
    { indicator: 'bhxh_coverage', year: 2023, value: 14.83 },
    { indicator: 'bhxh_coverage', year: 2025, value: 16.83 },
    { indicator: 'bhtn_coverage', year: 2023, value: 9.16 },
    { indicator: 'bhtn_coverage', year: 2025, value: 9.85 },
  ],
};

export const m002Seed: Migration = {
  version: 2,
  name: 'seed',
  up(db) {
    const insUnit = db.prepare(
      `INSERT INTO units (code, name, level, parent_id, valid_from, valid_to, sort_order)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const insAlias = db.prepare('INSERT INTO unit_aliases (unit_id, alias) VALUES (?, ?)');
    const provinceId = insUnit.run(PROVINCE_CODE, 'Tỉnh Gia Lai', 'province', null, null, null, 0)
      .lastInsertRowid as number;
    SEED_DISTRICTS.forEach((d, i) => {
      const id = insUnit.run(d.code, d.name, 'district', provinceId, null, null, i + 1).lastInsertRowid;
      for (const a of d.aliases) insAlias.run(id, a);
    });
    const insInd = db.prepare(
      `INSERT INTO indicators (code, label, short_label, measure, kind, formula, natural_period, sort_order)
       VALUES (@code, @label, @shortLabel, @measure, @kind, @formula, @naturalPeriod, @sortOrder)`,
    );
    for (const ind of SEED_INDICATORS)
      insInd.run({ ...ind, formula: ind.formula ? JSON.stringify(ind.formula) : null });
    const p = SEED_PLAN;
    const planId = db
      .prepare('INSERT INTO plans (number, issued_on, title, year_from, year_to) VALUES (?, ?, ?, ?, ?)')
      .run(p.number, p.issuedOn, p.title, p.yearFrom, p.yearTo).lastInsertRowid;
    const insTarget = db.prepare(
      `INSERT INTO targets (plan_id, unit_id, indicator, year, value, kind) VALUES (?, ?, ?, ?, ?, 'rate')`,
    );
    for (const t of p.provinceTargets) insTarget.run(planId, provinceId, t.indicator, t.year, t.value);
  },
};
