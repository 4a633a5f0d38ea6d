import type { Db } from '../db/open';
import { DEFAULT_SETTINGS, type ReportSettings } from '../../../shared/api/types';

export function getSettings(db: Db): ReportSettings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored: Record<string, unknown> = {};
  for (const r of rows) stored[r.key] = JSON.parse(r.value);
  return { ...DEFAULT_SETTINGS, ...stored } as ReportSettings;
}

export function saveSettings(db: Db, patch: Partial<ReportSettings>): ReportSettings {
  const up = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  db.transaction(() => {
    for (const [k, v] of Object.entries(patch)) if (v !== undefined) up.run(k, JSON.stringify(v));
  })();
  return getSettings(db);
}
