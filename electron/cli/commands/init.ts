import { existsSync } from 'node:fs';
import { openDatabase, schemaVersion } from '../../core/db/open';
import { parse, printJson, required, say } from '../args';

export async function initCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { db: { type: 'string' }, json: { type: 'boolean' } });
  const file = required(values.db, 'db');
  const existed = existsSync(file);
  const db = openDatabase(file, { create: true });
  const version = schemaVersion(db);
  db.close();
  say(
    existed
      ? `Đã cập nhật cơ sở dữ liệu ${file} (lược đồ phiên bản ${version}); dữ liệu được giữ nguyên.`
      : `Đã tạo cơ sở dữ liệu ${file} (lược đồ phiên bản ${version}).`,
  );
  if (values.json) printJson({ ok: true, db: file, created: !existed, schemaVersion: version });
  return 0;
}
