import { UserError } from '../../../shared/api/contract';
import type { Db } from '../db/open';

// PLACEHOLDER (issue 5): reading a plan's appendix sheet of targets.
export async function importTargetsWorkbook(
  _db: Db,
  _data: Uint8Array,
  name: string,
  _planNumber: string,
): Promise<{ count: number; problems: string[] }> {
  throw new UserError(`Chưa hỗ trợ nhập chỉ tiêu từ ${name}.`);
}
