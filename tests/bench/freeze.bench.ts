import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { decodeJson, encodeJson } from '../../shared/api/codec';
import { startWebProcess, type WebProcess } from '../web/web-process';
import { historyBase } from './history-base';
import type { BenchResult } from './timing';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const POLL_MS = 50;

/** A cheap read every 50 ms until `until` settles; the latency of each. */
async function pollWhile(web: WebProcess, until: Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.finally(() => (done = true));
  const latencies: number[] = [];
  while (!done) {
    const t = performance.now();
    const r = await web.call('values.latestMonth', {});
    if (!r.ok) throw new Error(JSON.stringify(r));
    const ms = performance.now() - t;
    latencies.push(ms);
    await new Promise((w) => setTimeout(w, Math.max(0, POLL_MS - ms)));
  }
  return latencies;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const worst = (xs: number[]) => Math.max(...xs);
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;

/**
 * The 120,000-row history workbook (as history.bench.ts makes it) previewed, committed and undone through
 * the browser mode while a cheap read is asked every 50 ms: the reads' worst and p95 latency against the
 * same reads on the idle server, and the commit through HTTP (worker) against the same commit in-process.
 */
export async function bench(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bhxh-bench-freeze-'));
  let web: WebProcess | null = null;
  try {
    const { base, file } = await historyBase(dir);
    const served = join(dir, 'served.db');
    const inProcess = join(dir, 'in-process.db');
    copyFileSync(base, served);
    copyFileSync(base, inProcess);
    const floor = JSON.parse(
      execFileSync(TSX, [join(import.meta.dirname, 'history-child.ts'), 'ours', inProcess, file], {
        encoding: 'utf8',
      }),
    ) as { previewMs: number; commitMs: number };

    // `npm run web` as a user starts it: the bundled CLI (out/cli), rebuilt first when a source is newer.
    web = await startWebProcess(dir, { built: true, db: served });
    const w = web;
    const data = new Uint8Array(readFileSync(file));
    // Warm: the worker starts at the first heavy call; a small one so the idle reads see a started server.
    await w.call('imports.discard', { previewId: 'warm' });
    const idle = await pollWhile(w, sleep(3000));

    // Encoded before and decoded after the reads: this process stands in for the browser, whose own
    // work on the 6 MB upload and the answer's 5,000 rows would otherwise count as the server's.
    const upload = Buffer.from(
      encodeJson({ files: [{ name: 'lich-su.xlsx', data }] }, (b) => Buffer.from(b).toString('base64')),
    );
    let t = performance.now();
    const previewing = w.post('imports.preview', upload);
    const duringPreview = await pollWhile(w, previewing);
    const answered = await previewing;
    const previewMs = performance.now() - t;
    const preview = decodeJson(answered.body) as { ok: boolean; result?: unknown; error?: unknown };
    if (!preview.ok) throw new Error(JSON.stringify(preview.error));
    const { previewId } = preview.result as { previewId: string };

    t = performance.now();
    const committing = w.call('imports.commit', { previewId });
    const duringCommit = await pollWhile(w, committing);
    const commit = await committing;
    const commitMs = performance.now() - t;
    if (!commit.ok || !(commit.result as { ok: boolean }).ok)
      throw new Error(JSON.stringify(commit).slice(0, 300));
    const id = (commit.result as { import: number }).import;

    t = performance.now();
    const undoing = w.call('imports.undo', { id });
    const duringUndo = await pollWhile(w, undoing);
    const undo = await undoing;
    const undoMs = performance.now() - t;
    if (!undo.ok) throw new Error(JSON.stringify(undo.error));

    const f = (n: number) => n.toFixed(0);
    const row = (
      what: string,
      xs: number[],
      pick: (xs: number[]) => number,
      label: string,
      took: number,
    ) => ({
      name: `read ${label} during ${what}`,
      oursMs: pick(xs),
      rawMs: pick(idle),
      note: `${xs.length} reads during ${f(took)} ms of ${what}; idle ${label} ${f(pick(idle))} ms over ${idle.length} reads`,
    });
    return [
      row('120k-row commit', duringCommit, worst, 'worst', commitMs),
      row('120k-row commit', duringCommit, p95, 'p95', commitMs),
      row('120k-row preview', duringPreview, worst, 'worst', previewMs),
      row('120k-row preview', duringPreview, p95, 'p95', previewMs),
      row('undo of it', duringUndo, worst, 'worst', undoMs),
      {
        name: '120k-row commit via browser mode (worker)',
        oursMs: commitMs,
        rawMs: floor.commitMs,
        note: `raw = the same commit in-process; preview ${f(previewMs)} ms via HTTP vs ${f(floor.previewMs)} in-process; undo ${f(undoMs)} ms`,
      },
    ];
  } finally {
    web?.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}
