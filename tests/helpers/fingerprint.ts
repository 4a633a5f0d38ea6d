import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';

/** A file's bytes, its mtime and the files beside it: equal fingerprints mean nothing touched it. */
export function fingerprint(file: string) {
  return {
    sha: existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : null,
    mtimeMs: existsSync(file) ? statSync(file).mtimeMs : null,
    siblings: readdirSync(dirname(file))
      .filter((n) => n.startsWith(basename(file)))
      .sort(),
  };
}
