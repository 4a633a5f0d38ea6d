import type { Db } from '../db/open';

/**
 * The content generation and the stored month summaries (migration 008). Statements are prepared once
 * per connection: the dashboard reads the generation on every miss of the in-memory cache.
 */
interface Statements {
  generation: () => number | undefined;
  bump: () => void;
  stored: (month: string, format: number) => string | undefined;
  put: (month: string, generation: number, format: number, body: string) => void;
  prune: (generation: number, keep: number) => void;
}

const statements = new WeakMap<Db, Statements>();

function prepared(db: Db): Statements | null {
  let s = statements.get(db);
  if (s) return s;
  // A database not migrated to 008 yet (a migration before it, a test of older shapes): nothing is
  // stored or moved, and it is asked again next time.
  const has = db
    .prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'month_summaries'")
    .pluck()
    .get() as number;
  if (has === 0) return null;
  const generation = db.prepare('SELECT generation FROM content_generation').pluck();
  const bump = db.prepare('UPDATE content_generation SET generation = generation + 1');
  // One statement, one snapshot: the body and the generation it is checked against are read together.
  const stored = db
    .prepare(
      `SELECT s.body FROM month_summaries s JOIN content_generation g ON g.generation = s.generation
       WHERE s.month = ? AND s.format = ?`,
    )
    .pluck();
  const put = db.prepare(
    `INSERT INTO month_summaries (month, generation, format, body) SELECT ?, ?, ?, ?
     WHERE ? = (SELECT generation FROM content_generation)
     ON CONFLICT (month) DO UPDATE SET generation = excluded.generation, format = excluded.format,
       body = excluded.body`,
  );
  const prune = db.prepare(
    `DELETE FROM month_summaries WHERE generation <> ?
       OR rowid NOT IN (SELECT rowid FROM month_summaries ORDER BY rowid DESC LIMIT ?)`,
  );
  s = {
    generation: () => generation.get() as number | undefined,
    bump: () => void bump.run(),
    stored: (month, format) => stored.get(month, format) as string | undefined,
    put: (month, gen, format, body) => void put.run(month, gen, format, body, gen),
    prune: (gen, keep) => void prune.run(gen, keep),
  };
  statements.set(db, s);
  return s;
}

/**
 * Moves the content generation: every stored summary is stale from here on. The figures' write
 * statements call it (repos/observations.ts), inside the transaction of the write, and so does every
 * migration (db/open.ts); the other tables a summary reads have triggers (migration 008).
 */
export function bumpContentGeneration(db: Db): void {
  prepared(db)?.bump();
}

/** The current content generation, or null on a database without stored summaries. */
export function contentGeneration(db: Db): number | null {
  return prepared(db)?.generation() ?? null;
}

/** The stored body of a month's summary in this format, if it was computed at the current generation. */
export function storedSummaryBody(db: Db, month: string, format: number): string | undefined {
  return prepared(db)?.stored(month, format);
}

/** Stored summaries kept at most: a year and its comparisons, twice, whatever months were looked at. */
const MAX_STORED = 40;

/**
 * Stores summaries computed at `generation` (skipped when it has moved since: they would never be read)
 * and drops the rows of older generations. The caller holds the write lock (its transaction).
 */
export function putSummaryBodies(
  db: Db,
  generation: number,
  format: number,
  bodies: ReadonlyMap<string, string>,
): void {
  const s = prepared(db);
  if (!s) return;
  for (const [month, body] of bodies) s.put(month, generation, format, body);
  s.prune(generation, MAX_STORED);
}
