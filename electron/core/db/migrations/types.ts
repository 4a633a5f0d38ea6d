import type Database from 'better-sqlite3';

export interface Migration {
  /** Becomes PRAGMA user_version once applied. */
  version: number;
  name: string;
  /**
   * Rebuilds a table other tables reference: foreign keys are switched off around its transaction (they
   * cannot be inside one) and every reference is checked before it commits.
   */
  foreignKeysOff?: boolean;
  up(db: Database.Database): void;
}
