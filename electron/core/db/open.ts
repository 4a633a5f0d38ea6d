import Database from 'better-sqlite3';
import { DatabaseVersionError, STORAGE_MESSAGES, StorageError, storageError } from './errors';
import { cannotWrite, inspectDatabase, newerVersionError } from './inspect';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';
import { busyTimeoutMs, immediateTransactions } from './write-lock';
import { bumpContentGeneration } from '../repos/summaries';

export type Db = Database.Database;

export { DatabaseVersionError, StorageError };

export interface OpenOptions {
  /**
   * May a missing or empty file become a new database? Only `init`, the desktop app's first start and the
   * web mode on a missing file create one; every other command passes false and is refused.
   */
  create?: boolean;
  migrations?: readonly Migration[];
}

const latestOf = (migrations: readonly Migration[]) =>
  migrations.length ? migrations[migrations.length - 1]!.version : 0;

/**
 * Opens and migrates this app's database. The file is inspected read-only first: another program's
 * database, a file that is not a database or one from a newer version is refused untouched (WAL is
 * switched on only afterwards). `:memory:` works for tests.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const migrations = options.migrations ?? MIGRATIONS;
  if (file !== ':memory:') {
    const found = inspectDatabase(file, latestOf(migrations));
    if (found.kind !== 'app' && options.create === false)
      throw new StorageError(
        found.kind === 'missing' ? 'Không tìm thấy tệp cơ sở dữ liệu.' : STORAGE_MESSAGES.empty,
      );
  }
  let db: Db;
  try {
    db = new Database(file, { fileMustExist: options.create === false });
  } catch (e) {
    throw (cannotWrite(file) ? new StorageError(STORAGE_MESSAGES.readonly) : storageError(e)) ?? e;
  }
  try {
    db.pragma(`busy_timeout = ${busyTimeoutMs()}`);
    db.pragma('foreign_keys = ON');
    immediateTransactions(db);
    useWal(db);
    migrate(db, migrations);
    return db;
  } catch (e) {
    db.close();
    // A WAL database on a read-only folder cannot even be opened (SQLite needs its -shm file beside it).
    if (String((e as { code?: unknown }).code).startsWith('SQLITE_CANTOPEN') && cannotWrite(file))
      throw new StorageError(STORAGE_MESSAGES.readonly);
    throw storageError(e) ?? e;
  }
}

/** WAL lets readers work during a write; a read-only file keeps its mode and can still be read. */
function useWal(db: Db): void {
  try {
    db.pragma('journal_mode = WAL');
  } catch (e) {
    if (!String((e as { code?: unknown }).code).startsWith('SQLITE_READONLY')) throw e;
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies pending migrations, each in its own transaction with its version bump. Each takes the write
 * lock first (BEGIN IMMEDIATE) and reads the version again under it: two `init` at once then run each
 * migration once, the second finding it already done.
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): void {
  const latest = latestOf(migrations);
  const current = schemaVersion(db);
  if (current > latest) throw newerVersionError(current, latest);
  for (const m of migrations) {
    if (m.version <= current) continue;
    const fk = m.foreignKeysOff ? (db.pragma('foreign_keys', { simple: true }) as number) : 0;
    if (fk) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        const now = schemaVersion(db);
        if (now > latest) throw newerVersionError(now, latest);
        if (m.version <= now) return;
        m.up(db);
        // A migration may rewrite what summaries are computed from: none stored before it is used after.
        bumpContentGeneration(db);
        if (m.foreignKeysOff && (db.pragma('foreign_key_check') as unknown[]).length > 0)
          throw new Error(
            `Nâng cấp cơ sở dữ liệu (bước ${m.version}) làm hỏng liên kết giữa các bảng; đã hủy.`,
          );
        db.pragma(`user_version = ${m.version}`);
      }).immediate();
    } finally {
      if (fk) db.pragma('foreign_keys = ON');
    }
  }
}

export { LATEST_VERSION };
