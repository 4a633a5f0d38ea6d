import type { Migration } from './types';

/**
 * An import's changes in cell order: undo reads them grouped by cell and checks a later import's changes
 * against them one index search each, instead of sorting 360,000 rows of a history import in a temporary
 * B-tree and probing every one of them. The old index on import_id alone is this one's prefix.
 */
export const m007ChangesByImport: Migration = {
  version: 7,
  name: 'changes-by-import',
  up: (db) => {
    db.exec(`CREATE INDEX observation_changes_import_cell
               ON observation_changes(import_id, unit_id, indicator, period);
             DROP INDEX observation_changes_import;`);
  },
};
