import type { Migration } from './types';

/**
 * The small tables a month's summary reads (services/values.ts computeMonth: indicators, the units with
 * their aliases, origins and formations, plans and targets, the file names of import_sources). Each
 * write to them moves the content generation by trigger; they are written a few thousand rows at most
 * (a unit catalogue). `observations`, hundreds of thousands of rows per import, has no trigger: its three
 * write statements move the generation themselves (repos/observations.ts).
 */
export const SUMMARY_INPUT_TABLES = [
  'indicators',
  'units',
  'unit_aliases',
  'unit_origins',
  'unit_formations',
  'plans',
  'targets',
  'import_sources',
] as const;

/**
 * Tổng quan's summaries of months kept in the file, so a freshly opened database (the app at start, the
 * CLI, the web mode after a restart) paints from a few hundred stored rows instead of reading the latest
 * figure of every commune. A stored summary holds for the content generation it was computed at and
 * no other: `content_generation` moves with every write a summary depends on (triggers below, the
 * figures' write statements, every migration: db/open.ts migrate).
 */
export const m008StoredSummaries: Migration = {
  version: 8,
  name: 'stored-summaries',
  up: (db) => {
    db.exec(`
      CREATE TABLE content_generation (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        generation INTEGER NOT NULL
      ) STRICT;
      INSERT INTO content_generation (id, generation) VALUES (1, 1);
      CREATE TABLE month_summaries (
        month TEXT PRIMARY KEY,
        generation INTEGER NOT NULL,
        format INTEGER NOT NULL,
        body TEXT NOT NULL
      ) STRICT;
    `);
    for (const table of SUMMARY_INPUT_TABLES)
      for (const event of ['insert', 'update', 'delete'])
        db.exec(`CREATE TRIGGER ${table}_after_${event}_generation AFTER ${event.toUpperCase()} ON ${table}
                 BEGIN UPDATE content_generation SET generation = generation + 1; END;`);
  },
};
