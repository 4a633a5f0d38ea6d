import Database from 'better-sqlite3';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

export type Db = Database.Database;

export class DatabaseVersionError extends Error {}

/** Opens (creating if needed) and migrates a database file. `:memory:` works for tests. */
export function openDatabase(file: string, options: { migrations?: readonly Migration[] } = {}): Db {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, options.migrations ?? MIGRATIONS);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies pending migrations, each in its own transaction with its version bump. */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): void {
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  const current = schemaVersion(db);
  if (current > latest) {
    throw new DatabaseVersionError(
      `Cơ sở dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng (lược đồ ${current}, phiên bản này chỉ hiểu đến ${latest}). ` +
        'Hãy cập nhật ứng dụng; tệp dữ liệu không bị thay đổi.',
    );
  }
  for (const m of migrations) {
    if (m.version <= current) continue;
    const fk = m.foreignKeysOff ? (db.pragma('foreign_keys', { simple: true }) as number) : 0;
    if (fk) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        m.up(db);
        if (m.foreignKeysOff && (db.pragma('foreign_key_check') as unknown[]).length > 0)
          throw new Error(
            `Nâng cấp cơ sở dữ liệu (bước ${m.version}) làm hỏng liên kết giữa các bảng; đã hủy.`,
          );
        db.pragma(`user_version = ${m.version}`);
      })();
    } finally {
      if (fk) db.pragma('foreign_keys = ON');
    }
  }
}

export { LATEST_VERSION };
