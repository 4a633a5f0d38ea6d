import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open';
import { startChild, startCli } from '../helpers/child';
import { tempDir } from '../helpers/tmp';

function newDb(): string {
  const file = join(tempDir(), 'w.db');
  openDatabase(file, { create: true }).close();
  return file;
}

const setting = (file: string, key: string) => {
  const db = new Database(file, { readonly: true });
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
    { value: string } | undefined;
  db.close();
  return row?.value;
};

const target2024 = (file: string) => {
  const db = new Database(file, { readonly: true });
  const row = db
    .prepare("SELECT value FROM targets WHERE indicator = 'bhxh_coverage' AND year = 2024")
    .get() as { value: number } | undefined;
  db.close();
  return row?.value;
};

const setTargetArgs = (file: string) => [
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
  '15.5',
];

describe('two writers', { timeout: 240_000 }, () => {
  it('the second waits its bounded time, then is refused in Vietnamese with nothing written; the first keeps its work', async () => {
    const file = newDb();
    const holder = startChild('tests/helpers/scripts/hold-write.ts', [file, 'first']);
    await holder.waitFor('BHXH_HOLDING');
    const second = await startCli(setTargetArgs(file), { BHXH_BUSY_TIMEOUT_MS: '200' }).done;
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/đang được một chương trình khác ghi/);
    expect(second.stderr).not.toMatch(/SqliteError|database is locked|\n\s+at /);
    holder.process.stdin!.write('\n');
    expect((await holder.done).code).toBe(0);
    expect(setting(file, 'first')).toBe('"held"');
    expect(target2024(file)).toBeUndefined();
  });

  it('an import while another process writes is refused the same way: no import recorded, no figure written', async () => {
    const file = newDb();
    const holder = startChild('tests/helpers/scripts/hold-write.ts', [file, 'first']);
    await holder.waitFor('BHXH_HOLDING');
    const sample = join(import.meta.dirname, '../fixtures/samples/chu-se-2024-03.xlsx');
    const second = await startCli(['import', sample, '--db', file], { BHXH_BUSY_TIMEOUT_MS: '200' }).done;
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/đang được một chương trình khác ghi/);
    expect(second.stderr).not.toMatch(/SqliteError|database is locked|\n\s+at /);
    holder.process.stdin!.write('\n');
    expect((await holder.done).code).toBe(0);
    const db = new Database(file, { readonly: true });
    expect(
      db.prepare('SELECT (SELECT count(*) FROM imports) + (SELECT count(*) FROM observations) AS n').get(),
    ).toEqual({
      n: 0,
    });
    db.close();
    expect(setting(file, 'first')).toBe('"held"');
  });

  it('a second writer that gets the lock in its time writes after the first: both kept', async () => {
    const file = newDb();
    const holder = startChild('tests/helpers/scripts/hold-write.ts', [file, 'first']);
    await holder.waitFor('BHXH_HOLDING');
    const second = startCli(setTargetArgs(file), { BHXH_BUSY_TIMEOUT_MS: '120000' });
    holder.process.stdin!.write('\n');
    expect((await holder.done).code).toBe(0);
    const r = await second.done;
    expect(r.code, r.stderr).toBe(0);
    expect(setting(file, 'first')).toBe('"held"');
    expect(target2024(file)).toBe(15.5);
  });

  it('a deferred-looking transaction in this app takes the write lock at BEGIN (no lost upgrade)', () => {
    const file = newDb();
    const a = openDatabase(file, { create: false });
    const b = openDatabase(file, { create: false });
    b.pragma('busy_timeout = 0');
    const writeA = a.transaction(() => {
      a.prepare("INSERT INTO settings (key, value) VALUES ('a', '1')").run();
      // While A holds its transaction, B cannot even begin: it is refused before reading anything.
      expect(() => b.transaction(() => b.prepare('SELECT 1').get())()).toThrow(
        expect.objectContaining({ code: 'SQLITE_BUSY' }),
      );
    });
    writeA();
    a.close();
    b.close();
    expect(setting(file, 'a')).toBe('1');
  });
});
