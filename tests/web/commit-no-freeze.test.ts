import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeJson, encodeJson } from '../../shared/api/codec';
import { tempDir } from '../helpers/tmp';
import { sample } from '../import/helpers';
import { raw } from './http';

const ROOT = resolve(import.meta.dirname, '../..');
const children: ChildProcess[] = [];

afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

interface Web {
  call: (method: string, input: unknown) => Promise<{ ok: boolean; result?: unknown; error?: unknown }>;
  /** Resolves when stderr has shown `text`. */
  stderrShows: (text: string) => Promise<void>;
}

/** The real `web` command from source, as the e2e tests run it; env adds the test seams. */
function startWeb(dir: string, env: Record<string, string>): Promise<Web> {
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>BHXH</title>');
  const child = spawn(
    join(ROOT, 'node_modules/.bin/tsx'),
    [join(ROOT, 'electron/cli/main.ts'), 'web', '--db', join(dir, 'x.db'), '--renderer', dir],
    { cwd: ROOT, env: { ...process.env, ...env } },
  );
  children.push(child);
  let out = '';
  let err = '';
  const watchers: { text: string; done: () => void }[] = [];
  child.stderr!.on('data', (c: Buffer) => {
    err += c.toString();
    for (const w of watchers.splice(0))
      if (err.includes(w.text)) w.done();
      else watchers.push(w);
  });
  return new Promise((res, rej) => {
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      if (!out.includes('\n')) return;
      const m = /127\.0\.0\.1:(\d+)\/#token=(\S+)/.exec(out)!;
      const port = Number(m[1]);
      res({
        call: async (method, input) => {
          const r = await raw(port, {
            method: 'POST',
            path: `/api/${method}`,
            headers: {
              Host: `127.0.0.1:${port}`,
              'Content-Type': 'application/json',
              'X-BHXH-Token': m[2]!,
            },
            body: encodeJson(input, (b) => Buffer.from(b).toString('base64')),
          });
          return decodeJson(r.body, (s) => new Uint8Array(Buffer.from(s, 'base64'))) as never;
        },
        stderrShows: (text) =>
          new Promise((done) => (err.includes(text) ? done() : watchers.push({ text, done }))),
      });
    });
    child.on('exit', (code) => rej(new Error(`web exited ${code}: ${err}`)));
  });
}

describe('browser mode while a commit runs', () => {
  it('answers reads while a commit is held inside the worker, then the commit lands', async () => {
    const dir = tempDir();
    const resume = join(dir, 'resume');
    const web = await startWeb(dir, {
      BHXH_TEST_PAUSE: 'heavy:imports.commit',
      BHXH_TEST_RESUME: resume,
    });
    const preview = await web.call('imports.preview', {
      files: [sample('tong-hop-toan-tinh-2024-03.xlsx')],
    });
    expect(preview.ok).toBe(true);
    const { previewId } = preview.result as { previewId: string };

    let landed = false;
    const commit = web.call('imports.commit', { previewId }).then((r) => {
      landed = true;
      return r;
    });
    await web.stderrShows('BHXH_PAUSED heavy:imports.commit');

    // The worker thread is stopped mid-call; the server still answers, and nothing is written yet.
    expect(await web.call('imports.list', {})).toEqual({ ok: true, result: [] });
    expect(await web.call('values.latestMonth', {})).toEqual({ ok: true, result: null });
    expect(await web.call('units.list', {})).toMatchObject({ ok: true });
    expect(landed).toBe(false);

    writeFileSync(resume, '');
    expect(await commit).toMatchObject({ ok: true, result: { ok: true, import: 1, inserted: 68 } });
    expect(await web.call('values.latestMonth', {})).toEqual({ ok: true, result: '2024-03' });
    expect(await web.call('imports.list', {})).toMatchObject({ ok: true, result: [{ id: 1, inserted: 68 }] });
  });
});
