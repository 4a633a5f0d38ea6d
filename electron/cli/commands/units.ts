import { readFileSync, statSync } from 'node:fs';
import { LOADED_BOOK_LIMITS } from '../../core/import/limits';
import { sizeText } from '../../core/import/zip-entries';
import { basename } from 'node:path';
import { UserError } from '../../../shared/api/contract';
import { importUnitCatalogue } from '../../core/services/unit-catalogue';
import { backupIfEnabled } from '../../core/services/backup';
import { loadShippedOldUnits } from '../../core/services/shipped-units';
import { contextExisting, parse, printJson, required, say, UsageError } from '../args';

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
    const ctx = contextExisting(required(values.db, 'db'));
    try {
      await backupIfEnabled(ctx, 'before-units');
      const r = loadShippedOldUnits(ctx.db);
      say(
        `Đã nạp danh mục đơn vị trước ngày 01/07/2025 (xã, phường, thị trấn của hai tỉnh cũ và các huyện của tỉnh Bình Định): thêm ${r.inserted}, cập nhật ${r.updated}.`,
      );
      if (values.json) printJson({ ok: true, ...r });
      return 0;
    } finally {
      ctx.db.close();
    }
  }
  const path = positionals[0];
  if (!path || positionals.length > 1) throw new UsageError(usage);
  let data: Uint8Array;
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new UserError(`Không tìm thấy tệp "${path}".`);
  }
  // Refused by its size before it is read into memory, as the file check would refuse it after.
  if (size > LOADED_BOOK_LIMITS.maxFileBytes)
    throw new UserError(
      `${basename(path)}: Tệp quá lớn (${sizeText(size)}, tối đa ${sizeText(LOADED_BOOK_LIMITS.maxFileBytes)}) — không phải danh mục đơn vị.`,
    );
  try {
    data = new Uint8Array(readFileSync(path));
  } catch {
    throw new UserError(`Không đọc được tệp "${path}".`);
  }
  const ctx = contextExisting(required(values.db, 'db'));
  try {
    await backupIfEnabled(ctx, 'before-units');
    const r = await importUnitCatalogue(ctx.db, data, basename(path));
    say(`Đã nạp danh mục đơn vị: thêm ${r.inserted}, cập nhật ${r.updated}.`);
    if (values.json) printJson({ ok: true, ...r });
    return 0;
  } finally {
    ctx.db.close();
  }
}
