import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../electron/core/context';
import { getSettings, saveSettings } from '../../electron/core/repos/settings';
import { backupDatabase } from '../../electron/core/services/backup';
import { upsertObservationsForTest } from '../helpers/bulk';
import { startChild } from '../helpers/child';
import { tempContext } from '../helpers/tmp';

/** Each point of a restore where a crash (kill -9, power cut) may land, and what the live file must then hold. */
const POINTS: [string, 'old' | 'new'][] = [
  ['restore:copying', 'old'],
  ['restore:checked', 'old'],
  ['restore:before-rename', 'old'],
  ['restore:renamed', 'new'],
];

describe('a restore killed at any point', { timeout: 240_000 }, () => {
  it.each(POINTS)(
    'at %s leaves a database that opens whole with the %s content, never a mix',
    async (point, expected) => {
      const ctx = tempContext();
      // Enough rows that the copy takes several slices; the backup and the live file differ in every row.
      upsertObservationsForTest(ctx.db, 'new');
      saveSettings(ctx.db, { place: 'new' });
      const b = await backupDatabase(ctx, 'manual');
      upsertObservationsForTest(ctx.db, 'old');
      saveSettings(ctx.db, { place: 'old' });
      ctx.db.close();

      const child = startChild('tests/helpers/scripts/restore.ts', [ctx.dbPath, b.name], {
        BHXH_TEST_PAUSE: point,
      });
      await child.waitFor(`BHXH_PAUSED ${point}`);
      child.process.kill('SIGKILL');
      expect((await child.done).signal).toBe('SIGKILL');

      const check = new Database(ctx.dbPath, { readonly: true });
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      check.close();
      const after = createContext(ctx.dbPath, { create: false });
      try {
        expect(getSettings(after.db).place).toBe(expected);
        const tags = after.db
          .prepare('SELECT DISTINCT substr(source_cell, 1, 3) AS t FROM observations')
          .all() as { t: string }[];
        expect(tags).toEqual([{ t: expected }]);
        // The next start removed what the killed restore left beside the file.
        expect(existsSync(`${ctx.dbPath}.previous`)).toBe(false);
      } finally {
        after.db.close();
      }
      expect(readdirSync(dirname(ctx.dbPath)).filter((n) => n.includes('.restore-'))).toHaveLength(
        point === 'restore:renamed' ? 0 : 1,
      );
    },
  );
});
