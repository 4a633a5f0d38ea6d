/** A database with figures for 2023–2024 and 2024 targets, as a clerk would have after a few imports. */
import type { Db } from '../../electron/core/db/open';
import { setTargetChecked } from '../../electron/core/services/targets';
import { getUnitByCode } from '../../electron/core/repos/units';
import { writeImport, type PendingValue } from '../../electron/core/services/write-values';

/** Sample figures for 2024-03 (shared/samples/README.md): labour force, compulsory, voluntary, BHTN. */
export const SAMPLE_2024_03: Record<string, [string, number, number, number, number]> = {
  '622': ['Thành phố Pleiku', 151237, 46669, 4299, 39414],
  '623': ['Thị xã An Khê', 40344, 5079, 862, 4027],
  '624': ['Thị xã Ayun Pa', 25044, 3532, 575, 2679],
  '627': ['Huyện Chư Păh', 44915, 3023, 851, 2270],
  '632': ['Huyện Chư Prông', 70305, 3849, 1141, 2774],
  '639': ['Huyện Chư Pưh', 44005, 2079, 664, 1497],
  '633': ['Huyện Chư Sê', 70655, 4668, 1347, 3449],
  '626': ['Huyện Đak Đoa', 75083, 4240, 1248, 3044],
  '634': ['Huyện Đak Pơ', 26769, 1488, 490, 992],
  '631': ['Huyện Đức Cơ', 45877, 3545, 788, 2888],
  '628': ['Huyện Ia Grai', 61814, 3829, 989, 2874],
  '635': ['Huyện Ia Pa', 33002, 1286, 407, 844],
  '625': ['Huyện Kbang', 44676, 2746, 702, 1891],
  '630': ['Huyện Kông Chro', 29585, 1375, 387, 899],
  '637': ['Huyện Krông Pa', 51800, 2279, 687, 1511],
  '629': ['Huyện Mang Yang', 41542, 2252, 675, 1600],
  '638': ['Huyện Phú Thiện', 47671, 2174, 776, 1487],
};

/** Participants grow 0,4% a month from the March 2024 sample; 2023 stands about 6% lower. */
export function participantsAt(code: string, month: string): [number, number, number] {
  const s = SAMPLE_2024_03[code]!;
  const [y, m] = month.split('-').map(Number) as [number, number];
  const k = (y - 2024) * 12 + (m - 3);
  const f = 1 + 0.004 * k + (y === 2023 ? -0.012 : 0);
  return [Math.round(s[2] * f), Math.round(s[3] * f), Math.round(s[4] * f)];
}

export const SOURCE_FILE = 'tong-hop-toan-tinh.xlsx';

/**
 * Writes labour force for 2023 and 2024 (yearly) and participants for 2023-06..2023-12 and 2024-01..2024-06;
 * `skip` lists units that did not send a month (they are carried forward).
 */
export function seedFigures(db: Db, opts: { skip?: Record<string, string[]>; toMonth?: number } = {}): void {
  const months = ['2023-06', '2023-09', '2023-12'];
  for (let m = 1; m <= (opts.toMonth ?? 6); m++) months.push(`2024-${String(m).padStart(2, '0')}`);
  let sha = 0;
  const write = (period: string, values: PendingValue[]) =>
    writeImport(
      db,
      {
        kind: 'file',
        files: [{ name: `${period}-${SOURCE_FILE}`, sha256: `sha-${sha++}`, size: 1000 }],
        warnings: 0,
        note: null,
      },
      values,
    );
  for (const year of ['2023', '2024']) {
    const values: PendingValue[] = Object.entries(SAMPLE_2024_03).map(([code, s], i) => ({
      unitId: getUnitByCode(db, code)!.id,
      indicator: 'labor_force',
      period: year,
      value: year === '2023' ? Math.round(s[1] * 0.985) : s[1],
      sourceFile: `lllđ-${year}.xlsx`,
      sourceCell: `C${i + 6}`,
    }));
    write(year, values);
  }
  for (const month of months) {
    const values: PendingValue[] = [];
    Object.keys(SAMPLE_2024_03).forEach((code, i) => {
      if (opts.skip?.[month]?.includes(code)) return;
      const unitId = getUnitByCode(db, code)!.id;
      const [bb, tn, bhtn] = participantsAt(code, month);
      const row = i + 8;
      values.push(
        {
          unitId,
          indicator: 'bhxh_compulsory',
          period: month,
          value: bb,
          sourceFile: `${month}-${SOURCE_FILE}`,
          sourceCell: `D${row}`,
        },
        {
          unitId,
          indicator: 'bhxh_voluntary',
          period: month,
          value: tn,
          sourceFile: `${month}-${SOURCE_FILE}`,
          sourceCell: `E${row}`,
        },
        {
          unitId,
          indicator: 'bhtn',
          period: month,
          value: bhtn,
          sourceFile: `${month}-${SOURCE_FILE}`,
          sourceCell: `F${row}`,
        },
      );
    });
    write(month, values);
  }
}

/** Province 2024 targets and a few district ones (the rest have none). */
export function seedTargets(db: Db): void {
  const set = (unit: string, indicator: string, value: number) =>
    setTargetChecked(db, { unit, indicator, year: 2024, value });
  set('64', 'bhxh_coverage', 15.83);
  set('64', 'bhtn_coverage', 9.5);
  set('622', 'bhxh_coverage', 34);
  set('622', 'bhtn_coverage', 27);
  set('623', 'bhxh_coverage', 16);
  set('635', 'bhxh_coverage', 6);
  set('633', 'bhxh_coverage', 9);
}
