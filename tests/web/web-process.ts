import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeJson, encodeJson } from '../../shared/api/codec';
import { raw } from './http';

const ROOT = resolve(import.meta.dirname, '../..');

export interface WebProcess {
  call: (method: string, input: unknown) => Promise<{ ok: boolean; result?: unknown; error?: unknown }>;
  /** Sends `body` as it is: the status and the text of the answer, not decoded. */
  post: (method: string, body: string | Buffer) => Promise<{ status: number; body: string }>;
  /** Resolves once stderr has shown `text`. */
  stderrShows: (text: string) => Promise<void>;
  child: ChildProcess;
}

/**
 * The real `web` command in its own process on `dir/x.db`, with a stand-in page in `dir`: from source
 * through tsx (as the e2e tests run it), or `built` as `npm run web` runs it (out/cli, rebuilt when stale).
 */
export function startWebProcess(
  dir: string,
  options: { built?: boolean; env?: Record<string, string>; db?: string } = {},
): Promise<WebProcess> {
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>BHXH</title>');
  const args = ['web', '--db', options.db ?? join(dir, 'x.db'), '--renderer', dir];
  const child = options.built
    ? spawn(process.execPath, [join(ROOT, 'scripts/cli.mjs'), ...args], {
        cwd: ROOT,
        env: { ...process.env, ...options.env },
      })
    : spawn(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'electron/cli/main.ts'), ...args], {
        cwd: ROOT,
        env: { ...process.env, ...options.env },
      });
  let out = '';
  let err = '';
  let watchers: { text: string; done: () => void }[] = [];
  child.stderr!.on('data', (c: Buffer) => {
    err += c.toString();
    watchers = watchers.filter((w) => (err.includes(w.text) ? (w.done(), false) : true));
  });
  return new Promise((resolveStart, reject) => {
    child.on('exit', (code) => reject(new Error(`web exited ${code}: ${err}`)));
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /127\.0\.0\.1:(\d+)\/#token=(\S+)/.exec(out);
      if (!m) return;
      const port = Number(m[1]);
      const post = (method: string, body: string | Buffer) =>
        raw(port, {
          method: 'POST',
          path: `/api/${method}`,
          headers: { Host: `127.0.0.1:${port}`, 'Content-Type': 'application/json', 'X-BHXH-Token': m[2]! },
          body,
        });
      resolveStart({
        child,
        call: async (method, input) => {
          const r = await post(
            method,
            encodeJson(input, (b) => Buffer.from(b).toString('base64')),
          );
          return decodeJson(r.body, (s) => new Uint8Array(Buffer.from(s, 'base64'))) as never;
        },
        post: async (method, body) => {
          const r = await post(method, body);
          return { status: r.status, body: r.body };
        },
        stderrShows: (text) =>
          new Promise((done) => (err.includes(text) ? done() : watchers.push({ text, done }))),
      });
    });
  });
}
