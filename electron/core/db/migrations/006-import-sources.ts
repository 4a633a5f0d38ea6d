import type { Migration } from './types';

/** 'Sheet!D12' → 'Sheet'. Sheet names may hold '!', cell addresses never do: split at the last one. */
function sheetOf(cell: string | null): string | null {
  if (cell === null) return null;
  const at = cell.lastIndexOf('!');
  return at < 0 ? null : cell.slice(0, at);
}

function addressOf(cell: string | null): string | null {
  return cell === null ? null : cell.slice(cell.lastIndexOf('!') + 1);
}

/**
 * Where a figure came from is stored once per import and sheet (`import_sources`) instead of repeating
 * the file name and sheet on every figure: a 480,000-figure history wrote the same two strings 480,000
 * times. A figure keeps only its cell address (`D12`); readers join the source back
 * (repos/observations.ts), so cell history, the raw-figures sheet and undo see the same file and
 * `Sheet!D12` as before.
 */
export const m006ImportSources: Migration = {
  version: 6,
  name: 'import-sources',
  up(db) {
    db.function('bhxh_sheet_of', { deterministic: true }, sheetOf);
    db.function('bhxh_address_of', { deterministic: true }, addressOf);
    db.exec(`
      CREATE TABLE import_sources (
        id INTEGER PRIMARY KEY,
        import_id INTEGER REFERENCES imports(id) ON DELETE CASCADE,
        file TEXT NOT NULL,
        sheet TEXT
      ) STRICT;
      CREATE INDEX import_sources_import ON import_sources(import_id);

      INSERT INTO import_sources (import_id, file, sheet)
        SELECT import_id, source_file, bhxh_sheet_of(source_cell) FROM observations WHERE source_file IS NOT NULL
        UNION
        SELECT old_import_id, old_source_file, bhxh_sheet_of(old_source_cell) FROM observation_changes
          WHERE old_source_file IS NOT NULL;

      ALTER TABLE observations ADD COLUMN source_id INTEGER REFERENCES import_sources(id);
      UPDATE observations SET
        source_id = (SELECT s.id FROM import_sources s WHERE s.import_id IS observations.import_id
                     AND s.file = observations.source_file AND s.sheet IS bhxh_sheet_of(observations.source_cell)),
        source_cell = bhxh_address_of(source_cell)
        WHERE source_file IS NOT NULL;
      ALTER TABLE observations DROP COLUMN source_file;

      ALTER TABLE observation_changes ADD COLUMN old_source_id INTEGER REFERENCES import_sources(id);
      UPDATE observation_changes SET
        old_source_id = (SELECT s.id FROM import_sources s WHERE s.import_id IS observation_changes.old_import_id
                         AND s.file = observation_changes.old_source_file
                         AND s.sheet IS bhxh_sheet_of(observation_changes.old_source_cell)),
        old_source_cell = bhxh_address_of(old_source_cell)
        WHERE old_source_file IS NOT NULL;
      ALTER TABLE observation_changes DROP COLUMN old_source_file;
    `);
  },
};
