import type { Db } from '../db/open';
import type { CellHistoryEntry, ImportRecord } from '../../../shared/api/import-types';

export interface NewImport {
  kind: 'file' | 'manual';
  files: { name: string; sha256: string; size: number }[];
  warnings: number;
  note: string | null;
}

export function insertImport(db: Db, imp: NewImport): number {
  const id = Number(
    db
      .prepare('INSERT INTO imports (created_at, kind, warnings, note) VALUES (?, ?, ?, ?)')
      .run(new Date().toISOString(), imp.kind, imp.warnings, imp.note).lastInsertRowid,
  );
  const ins = db.prepare('INSERT INTO import_files (import_id, name, sha256, size) VALUES (?, ?, ?, ?)');
  for (const f of imp.files) ins.run(id, f.name, f.sha256, f.size);
  return id;
}

/** Where an import's figures came from, once per file and sheet; returns the row ids in the given order. */
export function insertImportSources(
  db: Db,
  importId: number,
  sources: readonly { file: string; sheet: string | null }[],
): number[] {
  const ins = db.prepare('INSERT INTO import_sources (import_id, file, sheet) VALUES (?, ?, ?)');
  return sources.map((s) => Number(ins.run(importId, s.file, s.sheet).lastInsertRowid));
}

export function setImportCounts(
  db: Db,
  id: number,
  c: { inserted: number; updated: number; unchanged: number },
): void {
  db.prepare('UPDATE imports SET inserted = ?, updated = ?, unchanged = ? WHERE id = ?').run(
    c.inserted,
    c.updated,
    c.unchanged,
    id,
  );
}

interface ImportRow {
  id: number;
  created_at: string;
  kind: 'file' | 'manual';
  inserted: number;
  updated: number;
  unchanged: number;
  warnings: number;
  note: string | null;
  undone_at: string | null;
  files: string;
  period_from: string | null;
  period_to: string | null;
}

export function listImports(db: Db): ImportRecord[] {
  const rows = db
    .prepare(
      `SELECT i.*, (SELECT json_group_array(json_object('name', name, 'sha256', sha256, 'size', size))
                    FROM import_files f WHERE f.import_id = i.id) AS files,
              p.period_from, p.period_to
       FROM imports i
       LEFT JOIN (SELECT import_id, MIN(period) AS period_from, MAX(period) AS period_to
                  FROM observation_changes GROUP BY import_id) p ON p.import_id = i.id
       ORDER BY i.id DESC`,
    )
    .all() as ImportRow[];
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.created_at,
    kind: r.kind,
    files: JSON.parse(r.files) as ImportRecord['files'],
    inserted: r.inserted,
    updated: r.updated,
    unchanged: r.unchanged,
    warnings: r.warnings,
    note: r.note,
    undoneAt: r.undone_at,
    periodFrom: r.period_from,
    periodTo: r.period_to,
  }));
}

/** The import (not undone) that already brought a file with this SHA-256, if any. */
export function importOfSha(db: Db, sha256: string): number | null {
  const r = db
    .prepare(
      `SELECT i.id FROM import_files f JOIN imports i ON i.id = f.import_id
       WHERE f.sha256 = ? AND i.undone_at IS NULL ORDER BY i.id DESC LIMIT 1`,
    )
    .get(sha256) as { id: number } | undefined;
  return r?.id ?? null;
}

export function cellHistory(db: Db, unitId: number, indicator: string, period: string): CellHistoryEntry[] {
  const rows = db
    .prepare(
      `SELECT c.import_id, i.kind, i.created_at, c.old_value, c.new_value, i.undone_at, i.note,
              (SELECT group_concat(name, ', ') FROM import_files f WHERE f.import_id = i.id) AS file
       FROM observation_changes c JOIN imports i ON i.id = c.import_id
       WHERE c.unit_id = ? AND c.indicator = ? AND c.period = ? ORDER BY c.id DESC`,
    )
    .all(unitId, indicator, period) as {
    import_id: number;
    kind: 'file' | 'manual';
    created_at: string;
    old_value: number | null;
    new_value: number | null;
    undone_at: string | null;
    note: string | null;
    file: string | null;
  }[];
  return rows.map((r) => ({
    importId: r.import_id,
    kind: r.kind,
    at: r.created_at,
    oldValue: r.old_value,
    newValue: r.new_value,
    file: r.file,
    note: r.note,
    undone: r.undone_at !== null,
  }));
}
