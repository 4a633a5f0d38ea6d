import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp';

const ROOT = resolve(import.meta.dirname, '../..');

/** `npm run cli` as it runs: the launcher, which builds out/cli when needed, then the plain-JavaScript bundle. */
function built(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/cli.mjs'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 280_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('the built command line (npm run cli)', () => {
  it(
    'runs from out/cli, keeps stdout for JSON, and finds the fonts from another folder',
    { timeout: 300_000 },
    () => {
      const dir = tempDir();
      const db = join(dir, 'x.db');
      const init = built(dir, 'init', '--db', db);
      expect(init.code, init.stderr).toBe(0);
      expect(existsSync(join(ROOT, 'out/cli/main.js'))).toBe(true);
      const list = built(dir, 'imports', '--db', db, '--json');
      expect(list.code, list.stderr).toBe(0);
      expect(JSON.parse(list.stdout)).toEqual([]);
      // The report embeds Tinos from resources/: found relative to the bundle, not to the working folder.
      // (A progress report on an empty database is refused; which units sent what is a report all the same.)
      const pdf = join(dir, 'bao-cao.pdf');
      const report = built(
        dir,
        'report',
        '--db',
        db,
        '--period',
        '2024',
        '--kind',
        'completeness',
        '--format',
        'pdf',
        '--out',
        pdf,
      );
      expect(report.code, report.stderr).toBe(0);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      expect(built(dir, 'khong-co').code).toBe(2);
    },
  );
});
