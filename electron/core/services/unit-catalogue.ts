import { UserError } from '../../../shared/api/contract';
import type { Db } from '../db/open';

// PLACEHOLDER (issue 3): the unit catalogue workbook reader belongs to the importer.
export async function importUnitCatalogue(_db: Db, _data: Uint8Array, name: string): Promise<{ inserted: number; updated: number }> {
  throw new UserError(`Chưa hỗ trợ nhập danh mục đơn vị từ ${name}.`);
}
