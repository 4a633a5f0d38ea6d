import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const undo: (() => void)[] = [];

afterEach(() => {
  for (const f of undo.splice(0).reverse()) f();
});

const run = (...args: string[]) => spawnSync(args[0]!, args.slice(1), { encoding: 'utf8' }).status === 0;

/** A folder of its own for a fault test, unmounted and removed after the test (after any mount on it). */
export function faultDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'bhxh-fault-'));
  undo.push(() => rmSync(d, { recursive: true, force: true }));
  return d;
}

/**
 * Makes `dir` read-only as a read-only disk would: a read-only bind mount over it (root ignores file
 * permissions; the CI machine runs as root), otherwise the permissions of the folder and its files.
 */
export function makeReadOnly(dir: string, files: string[] = []): void {
  if (process.getuid?.() === 0) {
    if (!run('mount', '--bind', dir, dir) || !run('mount', '-o', 'remount,bind,ro', dir))
      throw new Error(`cannot make ${dir} read-only`);
    undo.push(() => run('umount', '-l', dir));
    return;
  }
  for (const f of files) chmodSync(f, 0o444);
  chmodSync(dir, 0o555);
  undo.push(() => {
    chmodSync(dir, 0o755);
    for (const f of files) chmodSync(f, 0o644);
  });
}

/** A folder on a disk of `kb` kilobytes (a tmpfs; needs root, as on the CI machine): writes past it fail. */
export function tinyDisk(kb: number): string {
  const dir = join(faultDir(), 'disk');
  mkdirSync(dir);
  if (!run('mount', '-t', 'tmpfs', '-o', `size=${kb}k`, 'tmpfs', dir))
    throw new Error('cannot mount a tmpfs');
  undo.push(() => run('umount', '-l', dir));
  return dir;
}
