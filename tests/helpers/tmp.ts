import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createContext, type CoreContext } from '../../electron/core/context';

const dirs: string[] = [];

/** A fresh folder removed after the test. */
export function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'bhxh-test-'));
  dirs.push(d);
  return d;
}

/** A migrated, seeded database in a temporary folder, with the context handlers take. */
export function tempContext(): CoreContext {
  const ctx = createContext(join(tempDir(), 'test.db'));
  contexts.push(ctx);
  return ctx;
}

const contexts: CoreContext[] = [];

afterEach(() => {
  for (const c of contexts.splice(0)) if (c.db.open) c.db.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
