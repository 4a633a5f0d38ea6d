import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startWebServer } from '../../electron/web/server';
import { createContext } from '../../electron/core/context';
import { raw } from '../web/http';
import { firstScreenFiles } from './first-screen';
import type { BenchResult } from './timing';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The renderer as `npm run build` builds it (minified, split by screen): the JavaScript the first
 * screen needs vs the whole renderer, and what the browser mode sends of it with brotli.
 */
export async function bench(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bhxh-bench-renderer-'));
  try {
    // What `npm run build` ships: electron-vite with electron.config.ts, into out/renderer.
    const r = spawnSync(
      join(ROOT, 'node_modules/.bin/electron-vite'),
      ['build', '-c', 'electron.config.ts'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    if (r.status !== 0) throw new Error(r.stderr);
    const out = join(ROOT, 'out/renderer');
    const first = firstScreenFiles(out);
    const ctx = createContext(join(dir, 'b.db'));
    const server = await startWebServer({ ctx, rendererDir: out, port: 0, token: 'bench-0123456789abcdef' });
    let wire = 0;
    for (const f of first.files) {
      const r = await raw(server.port, {
        path: `/assets/${f}`,
        headers: { Host: `127.0.0.1:${server.port}`, 'Accept-Encoding': 'gzip, deflate, br' },
      });
      wire += r.bytes.length;
    }
    await server.close();
    ctx.db.close();
    const kib = (n: number) => n / 1024;
    return [
      {
        name: 'first screen JavaScript (KiB, uncompressed)',
        oursMs: kib(first.bytes),
        rawMs: kib(first.allBytes),
        unit: 'KiB',
        note: `${first.files.length} of the renderer's files; raw = all its JavaScript; target at most 1024 KiB`,
      },
      {
        name: 'first screen JavaScript sent (KiB, brotli)',
        oursMs: kib(wire),
        rawMs: kib(first.bytes),
        unit: 'KiB',
        note: 'raw = the same files uncompressed',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
