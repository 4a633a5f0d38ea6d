import type Database from 'better-sqlite3';

/** How long a writer waits for another process's write lock before it is refused (ms). */
export function busyTimeoutMs(): number {
  // A test seam as well: the two-writers tests shorten the wait instead of sleeping through it.
  const fromEnv = Number(process.env.BHXH_BUSY_TIMEOUT_MS);
  return Number.isInteger(fromEnv) && fromEnv >= 0 ? fromEnv : 5000;
}

/**
 * Makes `db.transaction(fn)()` begin with BEGIN IMMEDIATE. A deferred transaction starts as a reader and
 * must upgrade to a writer at its first write; in WAL mode that upgrade fails at once with SQLITE_BUSY when
 * another process wrote meanwhile, whatever the busy timeout, and the work done so far is lost. Taking the
 * write lock up front makes a second writer wait its turn (busy timeout) before it reads anything. Done here
 * once so that no write path can forget it.
 */
export function immediateTransactions(db: Database.Database): void {
  const plain = db.transaction.bind(db);
  db.transaction = ((fn: Parameters<typeof plain>[0]) => {
    const t = plain(fn);
    return Object.assign((...args: unknown[]) => t.immediate(...args), {
      default: t.immediate,
      deferred: t.deferred,
      immediate: t.immediate,
      exclusive: t.exclusive,
    });
  }) as typeof db.transaction;
}
