import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { UserError } from '../../../shared/api/contract';
import { importUnitCatalogue } from '../../core/services/unit-catalogue';
import { loadShippedOldUnits } from '../../core/services/shipped-units';
import { openExisting, parse, printJson, required, say, UsageError } from '../args';

export async function unitsCommand(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  const usage = 'Dùng: units import TỆP --db TỆP_CSDL, hoặc units import --shipped --db TỆP_CSDL';
  if (sub !== 'import') throw new UsageError(usage);
  const { values, positionals } = parse(
    rest,
    { db: { type: 'string' }, json: { type: 'boolean' }, shipped: { type: 'boolean' } },
    true,
  );
  if (values.shipped) {
    if (positionals.length) throw new UsageError(usage);
    const db = openExisting(required(values.db, 'db'));
    try {
      const r = loadShippedOldUnits(db);
      say(
        `Đã nạp danh mục đơn vị trước ngày 01/07/2025 (xã, phường, thị trấn của hai tỉnh cũ và các huyện của tỉnh Bình Định): thêm ${r.inserted}, cập nhật ${r.updated}.`,
      );
      if (values.json) printJson({ ok: true, ...r });
      return 0;
    } finally {
      db.close();
    }
  }
  const path = positionals[0];
  if (!path || positionals.length > 1) throw new UsageError(usage);
  let data: Uint8Array;
  try {
    data = new Uint8Array(readFileSync(path));
  } catch {
    throw new UserError(`Không tìm thấy tệp "${path}".`);
  }
  const db = openExisting(required(values.db, 'db'));
  try {
    const r = await importUnitCatalogue(db, data, basename(path));
    say(`Đã nạp danh mục đơn vị: thêm ${r.inserted}, cập nhật ${r.updated}.`);
    if (values.json) printJson({ ok: true, ...r });
    return 0;
  } finally {
    db.close();
  }
}
