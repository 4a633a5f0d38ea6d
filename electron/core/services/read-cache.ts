import type { Db } from '../db/open';

/**
 * Results computed from the database, kept while its content is unchanged: the dashboard, the progress
 * report and the trend ask for the same months again and again. The content is identified by
 * `PRAGMA data_version` (moves when another connection, in this process or another, commits) and
 * `total_changes()` (moves on this connection's own writes, which data_version does not see). Inside a
 * transaction nothing is read from or kept in the cache: a rollback undoes writes without moving either.
 */
interface Entry {
  version: string;
  results: Map<string, unknown>;
}

/** Enough for a year of months plus the comparisons of a report, and a second year being looked at. */
const MAX_RESULTS = 40;

const entries = new WeakMap<Db, Entry>();
const versionStatements = new WeakMap<Db, { read: () => string }>();

function contentVersion(db: Db): string {
  let s = versionStatements.get(db);
  if (!s) {
    const dataVersion = db.prepare('PRAGMA data_version').pluck();
    const changes = db.prepare('SELECT total_changes()').pluck();
    s = { read: () => `${String(dataVersion.get())}:${String(changes.get())}` };
    versionStatements.set(db, s);
  }
  return s.read();
}

/**
 * `compute()` for this key, or what it gave before while the content has not changed. The result is shared
 * between callers: they must not modify it.
 */
export function cachedRead<T>(db: Db, key: string, compute: () => T): T {
  if (db.inTransaction) return compute();
  const version = contentVersion(db);
  let entry = entries.get(db);
  if (!entry || entry.version !== version) {
    entry = { version, results: new Map() };
    entries.set(db, entry);
  }
  if (entry.results.has(key)) {
    const hit = entry.results.get(key) as T;
    // Least recently used goes first: move this one to the end.
    entry.results.delete(key);
    entry.results.set(key, hit);
    return hit;
  }
  const result = compute();
  entry.results.set(key, result);
  if (entry.results.size > MAX_RESULTS) entry.results.delete(entry.results.keys().next().value!);
  return result;
}
