import { formatPercent, formatCount } from '../../../shared/format/vi';
import { getValues, valuesToJson } from '../../core/services/values';
import { openExisting, parse, printJson, required, say } from '../args';

export async function valuesCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    db: { type: 'string' },
    period: { type: 'string' },
    json: { type: 'boolean' },
  });
  const db = openExisting(required(values.db, 'db'));
  try {
    const result = getValues(db, required(values.period, 'period'));
    if (values.json) {
      printJson(valuesToJson(result));
    } else {
      for (const r of result.rows) {
        const c = r.cells;
        process.stdout.write(
          `${r.unit}\t${r.name}\t${formatCount(c.labor_force?.value)}\t${formatPercent(c.bhxh_coverage?.value)}\t${formatPercent(c.bhtn_coverage?.value)}\n`,
        );
      }
      say(`Kỳ ${result.period}: số liệu đến hết tháng ${result.month}.`);
    }
    return 0;
  } finally {
    db.close();
  }
}
