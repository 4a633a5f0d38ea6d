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
  results: Map<string, { value: unknown; weight: number }>;
  weight: number;
}

/** Enough for a year of months plus a report's comparisons, and a second year being looked at. */
const MAX_RESULTS = 40;
/**
 * What is kept, in rows of figures: 16 months of 10,000 communes. The province's 150 units never come
 * near it; a database of tens of thousands of units keeps fewer months rather than hundreds of MB.
 */
const MAX_WEIGHT = 160_000;

const entries = new WeakMap<Db, Entry>();
const versionStatements = new WeakMap<Db, () => string>();

function contentVersion(db: Db): string {
  let read = versionStatements.get(db);
  if (!read) {
    const dataVersion = db.prepare('PRAGMA data_version').pluck();
    const changes = db.prepare('SELECT total_changes()').pluck();
    read = () => `${String(dataVersion.get())}:${String(changes.get())}`;
    versionStatements.set(db, read);
  }
  return read();
}

/** The entry for the database's current content, or null inside a transaction. */
function current(db: Db): Entry | null {
  if (db.inTransaction) return null;
  const version = contentVersion(db);
  let entry = entries.get(db);
  if (!entry || entry.version !== version) {
    entry = { version, results: new Map(), weight: 0 };
    entries.set(db, entry);
  }
  return entry;
}

/** What was kept for this key while the content has not changed, else undefined. */
export function peekCached<T>(db: Db, key: string): T | undefined {
  const entry = current(db);
  const hit = entry?.results.get(key);
  if (!entry || !hit) return undefined;
  // Least recently used goes first: move this one to the end.
  entry.results.delete(key);
  entry.results.set(key, hit);
  return hit.value as T;
}

/** The content's version now (null inside a transaction), for cachedRead's `since`. */
export function cacheVersion(db: Db): string | null {
  return current(db)?.version ?? null;
}

/**
 * `compute()` for this key, or what it gave before while the content has not changed. The result is shared
 * between callers: they must not modify it. `weight` is its size in rows (MAX_WEIGHT). `since`: the
 * version (cacheVersion) before `compute` began reading, when it uses what was read earlier.
 */
export function cachedRead<T>(
  db: Db,
  key: string,
  compute: () => T,
  weight: (t: T) => number = () => 1,
  since?: string | null,
): T {
  const hit = peekCached<T>(db, key);
  if (hit !== undefined) return hit;
  const before = current(db);
  const result = compute();
  // Another connection may have committed while this was read: then it is not kept under either version.
  const entry = current(db);
  if (!entry || entry !== before || (since !== undefined && since !== entry.version)) return result;
  const w = weight(result);
  entry.results.set(key, { value: result, weight: w });
  entry.weight += w;
  for (const [k, r] of entry.results) {
    if (entry.results.size <= MAX_RESULTS && entry.weight <= MAX_WEIGHT) break;
    if (k === key) continue;
    entry.results.delete(k);
    entry.weight -= r.weight;
  }
  return result;
}

/**
 * Runs `write`, a write of this connection that changes nothing a cached result was computed from (a
 * stored summary: services/stored-summaries.ts), and keeps what is cached across it. Only when no other
 * connection committed meanwhile (data_version unchanged): then the content differs by `write` alone.
 */
export function keepingCache(db: Db, write: () => void): void {
  const entry = current(db);
  const before = entry?.version;
  write();
  if (!entry || entries.get(db) !== entry || db.inTransaction) return;
  const after = contentVersion(db);
  if (before !== undefined && before.split(':')[0] === after.split(':')[0]) entry.version = after;
}
