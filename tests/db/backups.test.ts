import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../electron/core/context';
import { handlers } from '../../electron/core/handlers';
import { saveSettings } from '../../electron/core/repos/settings';
import { backupDatabase, listBackups } from '../../electron/core/services/backup';
import { writeImport } from '../../electron/core/services/write-values';
import { tempContext } from '../helpers/tmp';

const CATALOGUE = join(import.meta.dirname, '../fixtures/generated/danh-muc-xa.xlsx');

describe('backups', () => {
  it('keep the number the setting says, newest first, and leave no temporary file', async () => {
    const ctx = tempContext();
    saveSettings(ctx.db, { backupKeep: 3 });
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      made.push((await backupDatabase(ctx, 'manual')).name);
      // Names carry the time to the millisecond; keep them apart.
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(listBackups(ctx).map((b) => b.name)).toEqual(made.slice(2).reverse());
    expect(readdirSync(ctx.backupDir).sort()).toEqual(made.slice(2).sort());
  });

  it('temporary files an interrupted backup or restore left are removed at the next start once stale', () => {
    const ctx = tempContext();
    ctx.db.close();
    const dir = dirname(ctx.dbPath);
    const stale = join(ctx.backupDir, 'bhxh-20240101-000000-000-manual.db.tmp');
    const fresh = join(ctx.backupDir, 'bhxh-20240101-000001-000-manual.db.tmp');
    const staging = join(dir, 'test.db.restore-20240101-000000-000.tmp');
    mkdirSync(ctx.backupDir);
    writeFileSync(join(dir, 'test.db.previous'), 'old');
    for (const f of [stale, fresh, staging]) writeFileSync(f, 'partial');
    const hourAgo = new Date(Date.now() - 3600_000);
    for (const f of [stale, staging]) utimesSync(f, hourAgo, hourAgo);
    // Another process may be writing a fresh one right now: it stays.
    const again = createContext(ctx.dbPath, { create: false });
    again.db.close();
    expect(readdirSync(ctx.backupDir)).toEqual(['bhxh-20240101-000001-000-manual.db.tmp']);
    expect(readdirSync(dir).filter((n) => n !== 'backups' && !/^test\.db(-wal|-shm)?$/.test(n))).toEqual([]);
  });

  it('are made before an undo and before a catalogue import, unless the setting is off', async () => {
    const ctx = tempContext();
    const unit = ctx.db.prepare("SELECT id FROM units WHERE code = '622'").get() as { id: number };
    const one = () =>
      writeImport(ctx.db, { kind: 'manual', files: [], warnings: 0, note: null }, [
        {
          unitId: unit.id,
          indicator: 'labor_force',
          period: '2024-03',
          value: 1,
          sourceFile: null,
          sourceCell: null,
        },
      ]).importId;
    const file = { name: 'danh-muc-xa.xlsx', data: new Uint8Array(readFileSync(CATALOGUE)) };

    saveSettings(ctx.db, { autoBackup: false });
    await handlers['imports.undo']({ id: one() }, ctx);
    await handlers['units.import']({ file }, ctx);
    expect(listBackups(ctx)).toEqual([]);

    saveSettings(ctx.db, { autoBackup: true });
    await handlers['imports.undo']({ id: one() }, ctx);
    await handlers['units.import']({ file }, ctx);
    expect(
      listBackups(ctx)
        .map((b) => b.reason)
        .sort(),
    ).toEqual(['before-undo', 'before-units']);
  });
});
