import { dirname, join } from 'node:path';
import type { Db } from './db/open';
import { openDatabase } from './db/open';

/** What every handler gets: the open database and where it lives. Restore swaps `db`. */
export interface CoreContext {
  db: Db;
  dbPath: string;
  backupDir: string;
  /** Import previews waiting for commit, by id. */
  previews: Map<string, unknown>;
}

export function createContext(dbPath: string): CoreContext {
  return {
    db: openDatabase(dbPath),
    dbPath,
    backupDir: join(dirname(dbPath), 'backups'),
    previews: new Map(),
  };
}
