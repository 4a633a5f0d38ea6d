import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IMPORT_V8_FLAGS } from '../../electron/core/heavy/heap-settings';
import { COMMUNES, historyBase, MONTHS } from './history-base';
import type { BenchResult } from './timing';

const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const CHILD = join(import.meta.dirname, 'history-child.ts');

interface Run {
  ms: number;
  peakMb: number;
  [k: string]: number;
}

/** Rounds of the whole comparison (BENCH_ROUNDS, default 3). */
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));

/** Each measure's best round for times, its worst for peak memory. */
function best(runs: Run[]): Run {
  const out: Run = { ...runs[0]! };
  for (const r of runs)
    for (const [k, v] of Object.entries(r)) {
      if (k === 'peakMb') out.peakMb = Math.max(out.peakMb, v);
      else if (k.endsWith('Ms') || k === 'ms') out[k] = Math.min(out[k] ?? v, v);
    }
  return out;
}

/**
 * Ours runs with the heap set as the import worker sets it (heap-settings.ts); the floor as anyone would
 * run the raw libraries, with V8's defaults.
 */
function child(...args: string[]): Run {
  const flags = args[0] === 'floor' ? [] : IMPORT_V8_FLAGS;
  return JSON.parse(
    execFileSync(process.execPath, [...flags, '--import', TSX_LOADER, CHILD, ...args], { encoding: 'utf8' }),
  ) as Run;
}

/**
 * A 10,000-commune × 12-month history (120,000 rows, 360,000 figures) through the real preview and commit,
 * each operation in its own process beside the floor, in ROUNDS rounds: exceljs's streaming reader and one prepared upsert
 * per figure in one transaction, into a copy of the same database.
 */
export async function bench(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bhxh-bench-history-'));
  try {
    const { base, file } = await historyBase(dir);
    // Rounds of floor, import, re-import and undo side by side, each on fresh copies: on a shared machine
    // a burst of load hits one round, not one side. Times are each side's best round, memory its worst.
    const rounds: Run[][] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const ours = join(dir, `ours-${r}.db`);
      const floorDb = join(dir, `floor-${r}.db`);
      copyFileSync(base, ours);
      copyFileSync(base, floorDb);
      rounds.push([
        child('floor', floorDb, file),
        child('ours', ours, file),
        child('ours', ours, file),
        child('undo', ours),
      ]);
      rmSync(ours, { force: true });
      rmSync(floorDb, { force: true });
    }
    const [floor, first, again, undo] = [0, 1, 2, 3].map((k) => best(rounds.map((r) => r[k]!))) as [
      Run,
      Run,
      Run,
      Run,
    ];
    const cpu = (r: Run) =>
      `CPU ${(r.cpuMs ?? 0).toFixed(0)} ms vs floor ${(floor.cpuMs ?? 0).toFixed(0)} ms`;
    const note = (r: Run) =>
      `preview ${(r.previewMs ?? 0).toFixed(0)} ms + commit ${(r.commitMs ?? 0).toFixed(0)} ms; ${cpu(r)}; peak ${r.peakMb.toFixed(0)} MB vs floor ${floor.peakMb.toFixed(0)} MB`;
    return [
      {
        name: `history import, ${COMMUNES * MONTHS} rows`,
        oursMs: first.ms,
        rawMs: floor.ms,
        oursPeakMb: first.peakMb,
        rawPeakMb: floor.peakMb,
        note: `${note(first)}; floor = exceljs stream + one upsert per figure`,
      },
      {
        name: 'history re-import, all unchanged',
        oursMs: again.ms,
        rawMs: floor.ms,
        oursPeakMb: again.peakMb,
        rawPeakMb: floor.peakMb,
        note: note(again),
      },
      {
        name: 'undo of the history import',
        oursMs: undo.ms,
        rawMs: floor.ms,
        oursPeakMb: undo.peakMb,
        note: `${undo.restored} figures put back, CPU ${(undo.cpuMs ?? 0).toFixed(0)} ms (target: under 2 s)`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
