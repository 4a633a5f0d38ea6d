import { writeFileSync } from 'node:fs';
import { buildTemplate } from '../../core/import/template';
import { openExisting, parse, required, say } from '../args';

export async function templateCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    db: { type: 'string' },
    period: { type: 'string' },
    out: { type: 'string' },
  });
  const out = required(values.out, 'out');
  const db = openExisting(required(values.db, 'db'));
  try {
    const file = await buildTemplate(db, required(values.period, 'period'));
    writeFileSync(out, file.data);
    say(`Đã ghi mẫu báo cáo trống: ${out}`);
    return 0;
  } finally {
    db.close();
  }
}
