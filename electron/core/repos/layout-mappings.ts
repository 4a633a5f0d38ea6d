import type { Db } from '../db/open';

/** What a user confirmed for one sheet layout: column letter → indicator (null: not imported), typed unit text → code. */
export interface StoredMapping {
  columns: Record<string, string | null>;
  units: Record<string, string>;
  /** Where the sheet's period is read when its title and its column headers disagree. */
  period?: 'title' | 'header';
}

export function getLayoutMapping(db: Db, fingerprint: string): StoredMapping | null {
  const r = db.prepare('SELECT mapping FROM layout_mappings WHERE fingerprint = ?').get(fingerprint) as
    { mapping: string } | undefined;
  if (!r) return null;
  const m = JSON.parse(r.mapping) as Partial<StoredMapping>;
  return { columns: m.columns ?? {}, units: m.units ?? {}, ...(m.period ? { period: m.period } : {}) };
}

export function saveLayoutMapping(db: Db, fingerprint: string, mapping: StoredMapping): void {
  db.prepare(
    `INSERT INTO layout_mappings (fingerprint, mapping, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (fingerprint) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at`,
  ).run(fingerprint, JSON.stringify(mapping), new Date().toISOString());
}
