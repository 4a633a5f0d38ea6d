import { closeSync, fsyncSync, openSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';

/** Flushes a file's bytes to the disk, so a power cut after a rename cannot leave a renamed empty file. */
export function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a folder's entries (the rename itself); Windows cannot open a folder, and needs no such step. */
export function fsyncDir(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Best effort: not supported on every platform or file system.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Puts a finished temporary file in place under its final name in one step. */
export function durableRename(tmp: string, file: string): void {
  fsyncFile(tmp);
  renameSync(tmp, file);
  fsyncDir(dirname(file));
}
