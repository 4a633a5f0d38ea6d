import { existsSync, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext, type CoreContext } from '../../electron/core/context';
import { openDatabase } from '../../electron/core/db/open';
import { dispatch, toApiError } from '../../electron/core/dispatch';
import { saveSettings } from '../../electron/core/repos/settings';
import { backupDatabase } from '../../electron/core/services/backup';
import { writeImport } from '../../electron/core/services/write-values';
import { upsertObservationsForTest } from '../helpers/bulk';
import { cli } from '../helpers/cli';
import { faultDir, makeReadOnly, tinyDisk } from '../helpers/faults';
import { fingerprint } from '../helpers/fingerprint';
import { tempContext, tempDir } from '../helpers/tmp';

const count = (ctx: CoreContext) =>
  (ctx.db.prepare('SELECT count(*) AS n FROM observations').get() as { n: number }).n;

/** Never SQLite's or Node's English, a path or a stack. */
function expectClerkMessage(message: string): void {
  expect(message).not.toMatch(/SQLITE|Sqlite|ENOSPC|EACCES|EROFS|errno|database|disk I\/O|\/tmp|\n\s+at /);
  expect(message).toBe(message.normalize('NFC'));
}

function oneImport(ctx: CoreContext): number {
  const unit = ctx.db.prepare("SELECT id FROM units WHERE code = '622'").get() as { id: number };
  return writeImport(ctx.db, { kind: 'manual', files: [], warnings: 0, note: null }, [
    {
      unitId: unit.id,
      indicator: 'labor_force',
      period: '2024-03',
      value: 1000,
      sourceFile: null,
      sourceCell: null,
    },
  ]).importId;
}

describe('the environment, in Vietnamese, data left as it was', { timeout: 240_000 }, () => {
  it('a read-only database: refused with its own message, the file unchanged', () => {
    const dir = faultDir();
    const file = join(dir, 'ro.db');
    openDatabase(file, { create: true }).close();
    makeReadOnly(dir, [file]);
    const before = fingerprint(file);
    const w = cli(
      'targets',
      'set',
      '--db',
      file,
      '--unit',
      '64',
      '--indicator',
      'bhxh_coverage',
      '--year',
      '2024',
      '--value',
      '15',
    );
    expect(w.code).toBe(1);
    expect(w.stderr).toMatch(/chỉ cho phép đọc/);
    expectClerkMessage(w.stderr);
    expect(fingerprint(file)).toEqual(before);
  });

  it('a write on a full disk is refused as such; nothing half written, and it works once there is room', async () => {
    const disk = tinyDisk(1024);
    const ctx = createContext(join(disk, 'full.db'));
    try {
      const filler = join(disk, 'filler.bin');
      // Leave a little room: the database fits, a hundred kilobytes more do not.
      const st = statfsSync(disk);
      writeFileSync(filler, Buffer.alloc(Number(st.bavail) * Number(st.bsize) - 48 * 1024));
      const before = count(ctx);
      let error: unknown = null;
      try {
        upsertObservationsForTest(ctx.db, 'new');
      } catch (e) {
        error = e;
      }
      const api = toApiError(error);
      expect(api.code).toBe('refused');
      expect(api.message).toMatch(/Ổ đĩa đã đầy/);
      expectClerkMessage(api.message);
      expect(count(ctx)).toBe(before);
      expect(ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');

      // A backup that does not fit either: refused, no temporary file left behind.
      await expect(backupDatabase(ctx, 'manual')).rejects.toThrow(/ổ đĩa đã đầy/);
      expect(existsSync(ctx.backupDir) ? readdirSync(ctx.backupDir) : []).toEqual([]);

      rmSync(filler);
      upsertObservationsForTest(ctx.db, 'new');
      expect(count(ctx)).toBeGreaterThan(before);
    } finally {
      ctx.db.close();
    }
  });

  it('an unwritable backups folder: the backup, and the undo it guards, are refused; nothing written', async () => {
    const ctx = tempContext();
    saveSettings(ctx.db, { autoBackup: true });
    const id = oneImport(ctx);
    // A file where the folder should be: no one, not even root, can create a backup inside it.
    writeFileSync(ctx.backupDir, 'not a folder');
    const backup = await dispatch(ctx, 'db.backup', {});
    expect(backup).toMatchObject({ ok: false, error: { code: 'refused' } });
    const message = (backup as { error: { message: string } }).error.message;
    expect(message).toMatch(/Không tạo được bản sao lưu/);
    expectClerkMessage(message);
    const undo = await dispatch(ctx, 'imports.undo', { id });
    expect(undo).toMatchObject({ ok: false, error: { message } });
    expect(count(ctx)).toBe(1);
  });

  it('a read-only backups folder is refused the same way', async () => {
    const ctx = createContext(join(faultDir(), 'test.db'));
    try {
      const dir = ctx.backupDir;
      await backupDatabase(ctx, 'manual');
      makeReadOnly(
        dir,
        readdirSync(dir).map((n) => join(dir, n)),
      );
      const r = await dispatch(ctx, 'db.backup', {});
      expect(r).toMatchObject({ ok: false, error: { code: 'refused' } });
      expect((r as { error: { message: string } }).error.message).toMatch(/Không tạo được bản sao lưu/);
    } finally {
      ctx.db.close();
    }
  });

  it('a missing backups folder: none listed, the next backup creates it, an unknown name is refused in Vietnamese', async () => {
    const ctx = tempContext();
    expect(await dispatch(ctx, 'db.info', {})).toMatchObject({ ok: true, result: { backups: [] } });
    expect(await dispatch(ctx, 'db.restore', { name: 'bhxh-20240101-000000-000-manual.db' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringMatching(/Không tìm thấy bản sao lưu/) },
    });
    expect(await dispatch(ctx, 'db.backup', {})).toMatchObject({ ok: true });
    expect(readdirSync(ctx.backupDir)).toHaveLength(1);
  });

  it('a file that is not a database reaches the API as a Vietnamese refusal', () => {
    const file = join(tempDir(), 'notes.db');
    writeFileSync(file, 'ghi chú '.repeat(100));
    let error: unknown = null;
    try {
      createContext(file, { create: false });
    } catch (e) {
      error = e;
    }
    const api = toApiError(error);
    expect(api).toMatchObject({
      code: 'refused',
      message: expect.stringMatching(/không phải là cơ sở dữ liệu/),
    });
  });
});
