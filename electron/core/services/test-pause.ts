import { writeSync } from 'node:fs';

/**
 * Seam for the crash tests: with BHXH_TEST_PAUSE=<point> the process announces the point on stderr and
 * stops there, so a test can SIGKILL it at a known step of a restore. Does nothing otherwise.
 */
export function pausePoint(point: string): void {
  if (process.env.BHXH_TEST_PAUSE !== point) return;
  writeSync(2, `BHXH_PAUSED ${point}\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}
