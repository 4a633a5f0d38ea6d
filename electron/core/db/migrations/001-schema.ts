import type { Migration } from './types';

/** The first schema: units, the indicator catalogue, observations with their import trail, plans. */
export const m001Schema: Migration = {
  version: 1,
  name: 'schema',
  up(db) {
    db.exec(`
      CREATE TABLE units (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('province', 'district', 'commune')),
        parent_id INTEGER REFERENCES units(id),
        valid_from TEXT,
        valid_to TEXT,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        sort_order INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX units_parent ON units(parent_id);

      CREATE TABLE unit_aliases (
        unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        PRIMARY KEY (unit_id, alias)
      ) STRICT;

      CREATE TABLE indicators (
        code TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        short_label TEXT NOT NULL,
        measure TEXT NOT NULL CHECK (measure IN ('people', 'percent')),
        kind TEXT NOT NULL CHECK (kind IN ('entered', 'computed')),
        formula TEXT,
        natural_period TEXT NOT NULL CHECK (natural_period IN ('month', 'year')),
        sort_order INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE imports (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('file', 'manual')),
        inserted INTEGER NOT NULL DEFAULT 0,
        updated INTEGER NOT NULL DEFAULT 0,
        unchanged INTEGER NOT NULL DEFAULT 0,
        warnings INTEGER NOT NULL DEFAULT 0,
        note TEXT,
        undone_at TEXT
      ) STRICT;

      CREATE TABLE import_files (
        id INTEGER PRIMARY KEY,
        import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX import_files_sha ON import_files(sha256);

      CREATE TABLE observations (
        unit_id INTEGER NOT NULL REFERENCES units(id),
        indicator TEXT NOT NULL REFERENCES indicators(code),
        period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]' OR period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        value REAL NOT NULL,
        import_id INTEGER REFERENCES imports(id),
        source_file TEXT,
        source_cell TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (unit_id, indicator, period)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX observations_period ON observations(period);

      -- Every figure an import or a hand correction changed, with what it replaced: undo and cell history.
      CREATE TABLE observation_changes (
        id INTEGER PRIMARY KEY,
        import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
        unit_id INTEGER NOT NULL REFERENCES units(id),
        indicator TEXT NOT NULL REFERENCES indicators(code),
        period TEXT NOT NULL,
        old_value REAL,
        new_value REAL,
        old_import_id INTEGER,
        old_source_file TEXT,
        old_source_cell TEXT
      ) STRICT;
      CREATE INDEX observation_changes_cell ON observation_changes(unit_id, indicator, period);
      CREATE INDEX observation_changes_import ON observation_changes(import_id);

      CREATE TABLE plans (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        issued_on TEXT NOT NULL,
        title TEXT NOT NULL,
        year_from INTEGER NOT NULL,
        year_to INTEGER NOT NULL,
        CHECK (year_from <= year_to)
      ) STRICT;

      CREATE TABLE targets (
        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        unit_id INTEGER NOT NULL REFERENCES units(id),
        indicator TEXT NOT NULL REFERENCES indicators(code),
        year INTEGER NOT NULL,
        value REAL NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('rate', 'count')),
        PRIMARY KEY (plan_id, unit_id, indicator, year)
      ) STRICT;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      -- Column and unit mapping a user confirmed for a district's sheet layout, keyed by its header fingerprint.
      CREATE TABLE layout_mappings (
        fingerprint TEXT PRIMARY KEY,
        mapping TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
