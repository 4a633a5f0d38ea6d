import Database from 'better-sqlite3';
import { dirname, join } from 'node:path';
import type { Db } from './db/open';
import { openDatabase } from './db/open';
import { storageError } from './db/errors';
import type { HeavyCalls } from './heavy/heavy-methods';
import { cleanLeftovers } from './services/leftovers';

/** What every handler gets: the open database and where it lives. Restore swaps `db`. */
export interface CoreContext {
  db: Db;
  dbPath: string;
  backupDir: string;
  /** Import previews waiting for commit, by id. */
  previews: Map<string, unknown>;
  /**
   * Why the database could not be opened, when the desktop app started in recovery (only the backup and
   * restore methods answer then); absent or null when the database is open.
   */
  unavailable?: string | null;
  /** The worker thread for the heavy calls (browser mode, desktop app); absent: everything runs here. */
  heavy?: HeavyCalls | null;
}

export const backupDirFor = (dbPath: string) => join(dirname(dbPath), 'backups');

/**
 * Opens the database for a session. `create` (the default, for the desktop app and tests) lets a missing
 * or empty file become a new database; commands on an existing file pass false.
 */
export function createContext(dbPath: string, options: { create?: boolean } = {}): CoreContext {
  const db = openDatabase(dbPath, { create: options.create ?? true });
  const ctx: CoreContext = {
    db,
    dbPath,
    backupDir: backupDirFor(dbPath),
    previews: new Map(),
    unavailable: null,
  };
  cleanLeftovers(ctx);
  return ctx;
}

/**
 * The desktop app's start: a database that cannot be opened (damaged, another program's, from a newer
 * version) gives a context in recovery instead of an error, so the app can offer its backups.
 */
export function createContextOrRecovery(dbPath: string): CoreContext {
  try {
    return createContext(dbPath);
  } catch (e) {
    const refusal = storageError(e);
    if (!refusal) throw e;
    const closed = new Database(':memory:');
    closed.close();
    return {
      db: closed,
      dbPath,
      backupDir: backupDirFor(dbPath),
      previews: new Map(),
      unavailable: refusal.message,
    };
  }
}
