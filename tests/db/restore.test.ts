import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext, createContextOrRecovery, type CoreContext } from '../../electron/core/context';
import { APP_ID } from '../../electron/core/db/app-id';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { LATEST_VERSION, migrate } from '../../electron/core/db/open';
import { dispatch } from '../../electron/core/dispatch';
import { saveSettings, getSettings } from '../../electron/core/repos/settings';
import { backupDatabase, listBackups } from '../../electron/core/services/backup';
import { startChild } from '../helpers/child';
import { fingerprint } from '../helpers/fingerprint';
import { tempContext, tempDir } from '../helpers/tmp';

const mark = (ctx: CoreContext, place: string) => saveSettings(ctx.db, { place });
const marked = (ctx: CoreContext) => getSettings(ctx.db).place;

async function call(ctx: CoreContext, method: string, input: unknown = {}) {
  return dispatch(ctx, method, input);
}

const upload = (data: Uint8Array) => ({ file: { name: 'chon.db', data } });

/** Every file beside the database other than the database, its WAL and the backups folder. */
const leftovers = (ctx: CoreContext) =>
  readdirSync(dirname(ctx.dbPath)).filter((n) => !/^test\.db(-wal|-shm)?$/.test(n) && n !== 'backups');

function fileOf(make: (db: Database.Database) => void): Uint8Array {
  const file = join(tempDir(), 'candidate.db');
  const db = new Database(file);
  make(db);
  db.close();
  return new Uint8Array(readFileSync(file));
}

describe('restore', { timeout: 240_000 }, () => {
  it('puts a backup back whole, keeps a backup of what it replaced, leaves no staging or previous file', async () => {
    const ctx = tempContext();
    mark(ctx, 'Trước');
    const b = await backupDatabase(ctx, 'manual');
    mark(ctx, 'Sau');
    expect(await call(ctx, 'db.restore', { name: b.name })).toEqual({ ok: true, result: null });
    expect(marked(ctx)).toBe('Trước');
    expect(listBackups(ctx).map((x) => x.reason)).toContain('before-restore');
    expect(leftovers(ctx)).toEqual([]);
    expect(ctx.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  const refusals: [string, () => Uint8Array, RegExp][] = [
    [
      'a database from a newer version',
      () =>
        fileOf((db) => {
          migrate(db);
          db.pragma(`user_version = ${LATEST_VERSION + 3}`);
        }),
      /phiên bản mới hơn/,
    ],
    [
      "another program's database",
      () => fileOf((db) => db.exec('CREATE TABLE notes (x TEXT)')),
      /chương trình khác/,
    ],
    [
      'a file that is not a database',
      () => new TextEncoder().encode('không phải cơ sở dữ liệu '.repeat(50)),
      /không phải cơ sở dữ liệu hợp lệ/,
    ],
    [
      'a damaged database',
      () => {
        const bytes = fileOf((db) => {
          migrate(db);
          db.pragma('journal_mode = DELETE');
        });
        // Scribble over the middle of the table pages, past the header.
        for (let i = 4096 * 2; i < 4096 * 6 && i < bytes.length; i += 7) bytes[i] = 0xa5;
        return bytes;
      },
      /bị hỏng|không phải cơ sở dữ liệu hợp lệ/,
    ],
  ];

  it.each(refusals)(
    'refuses %s in Vietnamese; the live database is untouched and still answers',
    async (_w, make, message) => {
      const ctx = tempContext();
      mark(ctx, 'Giữ nguyên');
      ctx.db.pragma('wal_checkpoint(TRUNCATE)');
      const before = fingerprint(ctx.dbPath);
      const r = await call(ctx, 'db.restoreUpload', upload(make()));
      expect(r.ok).toBe(false);
      const error = (r as { error: { code: string; message: string } }).error;
      expect(error.code).toBe('refused');
      expect(error.message).toMatch(message);
      expect(error.message).toMatch(/Số liệu hiện tại được giữ nguyên/);
      expect(error.message).not.toMatch(/SQLITE|database|\//);
      expect(fingerprint(ctx.dbPath)).toEqual(before);
      expect(await call(ctx, 'settings.get')).toMatchObject({ ok: true, result: { place: 'Giữ nguyên' } });
      expect(leftovers(ctx)).toEqual([]);
    },
  );

  it('brings a backup from an older version up to date (a copy is migrated, then swapped in)', async () => {
    const ctx = tempContext();
    const old = fileOf((db) => {
      migrate(
        db,
        MIGRATIONS.filter((m) => m.version <= 2),
      );
      db.prepare("INSERT INTO settings (key, value) VALUES ('place', '\"Cũ\"')").run();
    });
    expect(await call(ctx, 'db.restoreUpload', upload(old))).toEqual({ ok: true, result: null });
    expect(marked(ctx)).toBe('Cũ');
    expect(ctx.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(ctx.db.pragma('application_id', { simple: true })).toBe(APP_ID);
  });

  it('is refused while another process has the database open, then works once it has closed', async () => {
    const ctx = tempContext();
    mark(ctx, 'Trước');
    const b = await backupDatabase(ctx, 'manual');
    mark(ctx, 'Sau');
    const other = startChild('tests/helpers/scripts/hold-open.ts', [ctx.dbPath]);
    await other.waitFor('BHXH_OPEN');
    const r = await call(ctx, 'db.restore', { name: b.name });
    expect(r).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect((r as { error: { message: string } }).error.message).toMatch(/đang được một chương trình khác mở/);
    expect(marked(ctx)).toBe('Sau');
    other.process.stdin!.write('\n');
    expect((await other.done).code).toBe(0);
    expect(await call(ctx, 'db.restore', { name: b.name })).toEqual({ ok: true, result: null });
    expect(marked(ctx)).toBe('Trước');
  });

  it('a database that cannot be opened at start gives a recovery session that lists and restores backups', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'test.db');
    const first = createContext(dbPath);
    saveSettings(first.db, { place: 'Đã sao lưu' });
    const b = await backupDatabase(first, 'manual');
    first.db.close();
    writeFileSync(dbPath, 'hỏng '.repeat(500));
    const broken = readFileSync(dbPath);

    const ctx = createContextOrRecovery(dbPath);
    try {
      expect(ctx.unavailable).toMatch(/không phải là cơ sở dữ liệu/);
      expect(await call(ctx, 'db.status')).toEqual({
        ok: true,
        result: { ok: false, message: ctx.unavailable },
      });
      expect(await call(ctx, 'values.get', { period: '2024-03' })).toMatchObject({
        ok: false,
        error: { code: 'refused', message: ctx.unavailable },
      });
      const info = await call(ctx, 'db.info');
      expect(info).toMatchObject({ ok: true, result: { backups: [{ name: b.name }] } });
      expect(await call(ctx, 'db.restore', { name: b.name })).toEqual({ ok: true, result: null });
      expect(await call(ctx, 'db.status')).toEqual({ ok: true, result: { ok: true, message: null } });
      expect(getSettings(ctx.db).place).toBe('Đã sao lưu');
      // The broken file was kept byte for byte among the backups.
      const kept = listBackups(ctx).find((x) => x.reason === 'before-restore')!;
      expect(readFileSync(join(ctx.backupDir, kept.name))).toEqual(broken);
      expect(existsSync(`${dbPath}.previous`)).toBe(false);
    } finally {
      if (ctx.db.open) ctx.db.close();
    }
  });
});
