import { existsSync, writeSync } from 'node:fs';

/**
 * Seam for the crash and freeze tests: with BHXH_TEST_PAUSE=<point> the thread announces the point on
 * stderr and stops there, so a test can SIGKILL it at a known step of a restore, or call the server while
 * a commit is held. With BHXH_TEST_RESUME=<file> it goes on once that file exists. Does nothing otherwise.
 */
export function pausePoint(point: string): void {
  if (process.env.BHXH_TEST_PAUSE !== point) return;
  writeSync(2, `BHXH_PAUSED ${point}\n`);
  const cell = new Int32Array(new SharedArrayBuffer(4));
  const resume = process.env.BHXH_TEST_RESUME;
  if (!resume) Atomics.wait(cell, 0, 0);
  else while (!existsSync(resume)) Atomics.wait(cell, 0, 0, 20);
}
