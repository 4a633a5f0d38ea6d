import { accessSync, closeSync, constants, existsSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { APP_ID } from './app-id';
import { DatabaseVersionError, STORAGE_MESSAGES, StorageError, storageError } from './errors';

/** What a file holds, found without writing to it. */
export type Found =
  | { kind: 'missing' }
  /** A zero-byte file or a SQLite file with no tables and no version: nothing to lose. */
  | { kind: 'empty' }
  /** This app's database; `stamped` false for one made before the application_id (migration 005). */
  | { kind: 'app'; version: number; stamped: boolean };

const MAGIC = 'SQLite format 3\0';

export function newerVersionError(version: number, latest: number): DatabaseVersionError {
  return new DatabaseVersionError(
    `Cơ sở dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng (lược đồ ${version}, phiên bản này chỉ hiểu đến ${latest}). ` +
      'Hãy cập nhật ứng dụng; tệp dữ liệu không bị thay đổi.',
  );
}

function readHeader(file: string, size: number): Buffer {
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, Math.min(100, size), 0);
  } finally {
    closeSync(fd);
  }
  return header;
}

/**
 * Reads the header, then application_id, user_version and the table names through a read-only
 * connection (which sees what the WAL holds), and refuses another program's file, a file that is not a
 * database and one from a newer version, all before anything could change the file.
 */
export function inspectDatabase(file: string, latest: number): Found {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new StorageError(STORAGE_MESSAGES.notADatabase);
    size = st.size;
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') return { kind: 'missing' };
    throw storageError(e) ?? e;
  }
  if (size === 0) return { kind: 'empty' };
  try {
    if (size < 100 || readHeader(file, size).toString('latin1', 0, 16) !== MAGIC)
      throw new StorageError(STORAGE_MESSAGES.notADatabase);
  } catch (e) {
    throw storageError(e) ?? e;
  }

  let probe: Database.Database | null = null;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
    const appId = probe.pragma('application_id', { simple: true }) as number;
    const version = probe.pragma('user_version', { simple: true }) as number;
    const tables = new Set(
      (probe.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
        (t) => t.name,
      ),
    );
    const ours =
      appId === APP_ID || (appId === 0 && version >= 1 && tables.has('units') && tables.has('observations'));
    if (!ours) {
      if (appId === 0 && version === 0 && tables.size === 0) return { kind: 'empty' };
      throw new StorageError(STORAGE_MESSAGES.foreign);
    }
    if (version > latest) throw newerVersionError(version, latest);
    return { kind: 'app', version, stamped: appId === APP_ID };
  } catch (e) {
    // A WAL database on a read-only folder cannot even be opened (SQLite needs its -shm file beside it).
    if (String((e as { code?: unknown }).code).startsWith('SQLITE_CANTOPEN') && cannotWrite(file))
      throw new StorageError(STORAGE_MESSAGES.readonly);
    throw storageError(e) ?? e;
  } finally {
    probe?.close();
  }
}

/** Is an existing database (or its folder) closed to writing? */
export function cannotWrite(file: string): boolean {
  if (file === ':memory:' || !existsSync(file)) return false;
  try {
    accessSync(file, constants.W_OK);
    accessSync(dirname(file), constants.W_OK);
    return false;
  } catch {
    return true;
  }
}
