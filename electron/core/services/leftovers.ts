import { readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CoreContext } from '../context';

/** Old enough that no other process can still be writing it. */
const STALE_MS = 10 * 60_000;

/** A restore's staging file beside the database. */
export const stagingPrefix = (dbPath: string) => `${basename(dbPath)}.restore-`;
/** The database before the last restore, kept until the restored one has opened. */
export const previousPath = (dbPath: string) => `${dbPath}.previous`;

function removeStale(dir: string, matches: (name: string) => boolean, now: number): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!matches(name)) continue;
    const file = join(dir, name);
    try {
      if (now - statSync(file).mtimeMs >= STALE_MS) rmSync(file, { force: true });
    } catch {
      // Another process may have removed it meanwhile.
    }
  }
}

/**
 * Removes what an interrupted backup or restore left behind, once the database has opened: stale
 * temporary backups, stale restore staging files, and the previous database of a restore that completed.
 */
export function cleanLeftovers(ctx: CoreContext, now = Date.now()): void {
  if (ctx.dbPath === ':memory:') return;
  try {
    rmSync(previousPath(ctx.dbPath), { force: true });
  } catch {
    // Kept; removed at a later start.
  }
  removeStale(ctx.backupDir, (n) => n.endsWith('.tmp'), now);
  const prefix = stagingPrefix(ctx.dbPath);
  removeStale(dirname(ctx.dbPath), (n) => n.startsWith(prefix) && n.endsWith('.tmp'), now);
}
