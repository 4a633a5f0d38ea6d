import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ID } from '../../electron/core/db/app-id';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { LATEST_VERSION, migrate, openDatabase, schemaVersion } from '../../electron/core/db/open';
import { startCli } from '../helpers/child';
import { cli } from '../helpers/cli';
import { fingerprint } from '../helpers/fingerprint';
import { tempDir } from '../helpers/tmp';

const upTo = (v: number) => MIGRATIONS.filter((m) => m.version <= v);

function foreignDb(file: string): void {
  const raw = new Database(file);
  raw.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('x')");
  raw.pragma('user_version = 3');
  raw.close();
}

function newerAppDb(file: string): void {
  const raw = new Database(file);
  raw.exec('CREATE TABLE units (id INTEGER); CREATE TABLE observations (id INTEGER)');
  raw.pragma(`application_id = ${APP_ID}`);
  raw.pragma(`user_version = ${LATEST_VERSION + 7}`);
  raw.close();
}

/** No English, no stack, no SQLite wording reaches the clerk. */
function expectPlainVietnamese(stderr: string): void {
  expect(stderr).not.toMatch(/SqliteError|Error:|\n\s+at |SQLITE_|database|no such table/);
  expect(stderr).toBe(stderr.normalize('NFC'));
}

describe('opening without side effects', { timeout: 240_000 }, () => {
  const cases: [string, (file: string) => void, RegExp][] = [
    ['an empty file', (f) => writeFileSync(f, ''), /rỗng/],
    ["another program's SQLite database", foreignDb, /chương trình khác/],
    ['a database from a newer version', newerAppDb, /phiên bản mới hơn/],
    [
      'a file that is not a database',
      (f) => writeFileSync(f, 'Tên,Số\nPleiku,1\n'.repeat(20)),
      /không phải là cơ sở dữ liệu/,
    ],
  ];

  it.each(cases)(
    'a command on %s is refused in Vietnamese and leaves the file as it was',
    (_what, make, message) => {
      const file = join(tempDir(), 'x.db');
      make(file);
      const before = fingerprint(file);
      expect(() => openDatabase(file, { create: false })).toThrow(message);
      expect(fingerprint(file)).toEqual(before);
    },
  );

  it.each(cases.slice(1))(
    '`init` on %s is refused too: only a missing or empty file becomes a database',
    (_w, make, message) => {
      const file = join(tempDir(), 'x.db');
      make(file);
      const before = fingerprint(file);
      expect(() => openDatabase(file, { create: true })).toThrow(message);
      expect(fingerprint(file)).toEqual(before);
    },
  );

  it('the CLI says so with exit 1, one Vietnamese line, nothing on stdout, the file untouched', () => {
    const dir = tempDir();
    const foreign = join(dir, 'other.db');
    foreignDb(foreign);
    const empty = join(dir, 'empty.db');
    writeFileSync(empty, '');
    const before = [fingerprint(foreign), fingerprint(empty)];
    const r = cli('values', '--db', foreign, '--period', '2024-03', '--json');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/chương trình khác/);
    expectPlainVietnamese(r.stderr);
    expect(r.stdout).toBe('');
    const i = cli('init', '--db', empty);
    expect(i.code, i.stderr).toBe(0);
    expect(fingerprint(foreign)).toEqual(before[0]);
    const db = new Database(empty, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(APP_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
  });

  it('a database from before the app id still opens and is stamped on its next write (migration 005)', () => {
    const file = join(tempDir(), 'old.db');
    const old = new Database(file);
    migrate(old, upTo(2));
    old.prepare("INSERT INTO settings (key, value) VALUES ('place', '\"Pleiku\"')").run();
    expect(old.pragma('application_id', { simple: true })).toBe(0);
    old.close();
    openDatabase(file, { create: false }).close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(APP_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'place'").get()).toEqual({ value: '"Pleiku"' });
    db.close();
  });

  it('migration 005 stamps the application id on a version-2 database and keeps its data', () => {
    const db = new Database(':memory:');
    migrate(db, upTo(2));
    db.prepare("INSERT INTO settings (key, value) VALUES ('k', '1')").run();
    migrate(db, upTo(5));
    expect(schemaVersion(db)).toBe(5);
    expect(db.pragma('application_id', { simple: true })).toBe(APP_ID);
    expect(db.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 1 });
    expect((db.prepare('SELECT count(*) AS n FROM units').get() as { n: number }).n).toBe(154); // 17 districts and 64, 52 and its 135 communes
    db.close();
  });

  it('openDatabase with create: false refuses a missing file without creating it', () => {
    const file = join(tempDir(), 'none.db');
    expect(() => openDatabase(file, { create: false })).toThrow(/Không tìm thấy/);
    expect(fingerprint(file).siblings).toEqual([]);
  });

  it('two `init` at once on a new file both succeed, each migration applied once', async () => {
    const file = join(tempDir(), 'twin.db');
    const [a, b] = await Promise.all([
      startCli(['init', '--db', file]).done,
      startCli(['init', '--db', file]).done,
    ]);
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect((db.prepare('SELECT count(*) AS n FROM units').get() as { n: number }).n).toBe(154); // 17 districts and 64, 52 and its 135 communes
    expect((db.prepare('SELECT count(*) AS n FROM targets').get() as { n: number }).n).toBe(4);
    db.close();
  });
});
