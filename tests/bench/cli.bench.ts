import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase } from '../../electron/core/db/open';
import { median, type BenchResult } from './timing';

const ROOT = resolve(import.meta.dirname, '../..');

function run(args: string[]): void {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
}

/**
 * Start-up of the command line (`npm run cli -- imports --db F --json`, without npm's own start-up) vs a
 * bare `node` that opens the same database with better-sqlite3 and runs one query.
 */
export async function bench(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bhxh-bench-cli-'));
  try {
    const db = join(dir, 'b.db');
    openDatabase(db).close();
    const bare = `import Database from 'better-sqlite3';
      const db = new Database(${JSON.stringify(db)});
      process.stdout.write(JSON.stringify(db.prepare('SELECT * FROM imports').all()));`;
    // The first run builds out/cli if it is missing or stale; median() discards it as the warm-up.
    const oursMs = await median(9, () => run(['scripts/cli.mjs', 'imports', '--db', db, '--json']));
    const rawMs = await median(9, () => run(['--input-type=module', '-e', bare]));
    const tsxMs = await median(3, () =>
      run([
        join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
        'electron/cli/main.ts',
        'imports',
        '--db',
        db,
        '--json',
      ]),
    );
    return [
      {
        name: 'CLI start-up (imports --json)',
        oursMs,
        rawMs,
        note: `raw = bare node opening the database, one query; from source with tsx: ${tsxMs.toFixed(0)} ms`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
