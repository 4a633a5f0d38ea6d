import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');

/** Runs the real CLI (as `npm run cli` does) in a child process. */
export function cli(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(TSX, [resolve(ROOT, 'electron/cli/main.ts'), ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** `targets set` as a clerk types it; every argument is passed as text so refusals can be tested too. */
export function setTarget(db: string, unit: string, indicator: string, year: string, value: string) {
  return cli(
    'targets',
    'set',
    '--db',
    db,
    '--unit',
    unit,
    '--indicator',
    indicator,
    '--year',
    year,
    '--value',
    value,
  );
}
