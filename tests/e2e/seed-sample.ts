/**
 * Fallback seeding while `cli import` is not there yet: writes the sample workbook's figures through the
 * same writeImport the importer uses. Usage: tsx tests/e2e/seed-sample.ts DB
 */
import { openDatabase } from '../../electron/core/db/open';
import { getUnitByCode } from '../../electron/core/repos/units';
import { writeImport, type PendingValue } from '../../electron/core/services/write-values';
import { SAMPLE_FIGURES, SAMPLE_MONTH } from './sample-figures';

const INDICATORS = ['labor_force', 'bhxh_compulsory', 'bhxh_voluntary', 'bhtn'] as const;
const db = openDatabase(process.argv[2]!);
const values: PendingValue[] = [];
for (const [code, figures] of Object.entries(SAMPLE_FIGURES)) {
  const unit = getUnitByCode(db, code);
  if (!unit) throw new Error(`unit ${code} missing`);
  INDICATORS.forEach((indicator, i) =>
    values.push({
      unitId: unit.id,
      indicator,
      period: SAMPLE_MONTH,
      value: figures[i]!,
      sourceFile: 'tong-hop-toan-tinh-2024-03.xlsx',
      sourceCell: null,
    }),
  );
}
writeImport(
  db,
  {
    kind: 'file',
    files: [{ name: 'tong-hop-toan-tinh-2024-03.xlsx', sha256: 'seed', size: 0 }],
    warnings: 0,
    note: null,
  },
  values,
);
db.close();
