import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';
import { raw } from './http';

const ROOT = resolve(import.meta.dirname, '../..');
const children: ChildProcess[] = [];

afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGTERM');
});

/** Starts `web` as a user would and resolves with its first stdout line. */
function startWeb(args: string[]): Promise<{ url: string; child: ChildProcess; stdout: () => string }> {
  const child = spawn(
    join(ROOT, 'node_modules/.bin/tsx'),
    [join(ROOT, 'electron/cli/main.ts'), 'web', ...args],
    { cwd: ROOT },
  );
  children.push(child);
  let out = '';
  let err = '';
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  return new Promise((res, rej) => {
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('\n')) res({ url: out.split('\n')[0]!, child, stdout: () => out });
    });
    child.on('exit', (code) => rej(new Error(`web exited ${code}: ${err}`)));
  });
}

describe('cli web', () => {
  it('prints only its URL with the secret on stdout, serves the API, refuses a foreign Host, stops on SIGTERM', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>BHXH</title>');
    const db = join(dir, 'x.db');
    const { url, child, stdout } = await startWeb(['--db', db, '--port', '0', '--renderer', dir]);
    const m = /^http:\/\/127\.0\.0\.1:(\d+)\/#token=([A-Za-z0-9_-]{32,})$/.exec(url);
    expect(m, url).not.toBeNull();
    const port = Number(m![1]);
    const token = m![2]!;
    expect(existsSync(db)).toBe(true);

    const headers = { 'Content-Type': 'application/json', 'X-BHXH-Token': token };
    const ok = await raw(port, {
      method: 'POST',
      path: '/api/values.latestMonth',
      headers: { ...headers, Host: `127.0.0.1:${port}` },
      body: '{}',
    });
    expect(JSON.parse(ok.body)).toEqual({ ok: true, result: null });
    const foreign = await raw(port, {
      method: 'POST',
      path: '/api/values.latestMonth',
      headers: { ...headers, Host: 'attacker.example' },
      body: '{}',
    });
    expect(foreign.status).toBe(403);

    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout().trim().split('\n')).toHaveLength(1);
  });

  it('gives a fresh secret on every run', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    const a = await startWeb(['--db', join(dir, 'a.db'), '--port', '0', '--renderer', dir]);
    const b = await startWeb(['--db', join(dir, 'b.db'), '--port', '0', '--renderer', dir]);
    expect(a.url.split('#token=')[1]).not.toBe(b.url.split('#token=')[1]);
  });

  it('is wrong usage without --db or with a bad port, and refuses a renderer folder without index.html', () => {
    expect(cli('web').code).toBe(2);
    expect(cli('web', '--db', join(tempDir(), 'x.db'), '--port', 'abc').code).toBe(2);
    const r = cli('web', '--db', join(tempDir(), 'x.db'), '--renderer', tempDir());
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/index\.html/);
    expect(r.stdout).toBe('');
  });
});
