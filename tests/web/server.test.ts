import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeJson, encodeJson } from '../../shared/api/codec';
import {
  FILE_BODY_LIMIT,
  PLAIN_BODY_LIMIT,
  startWebServer,
  type RunningWebServer,
} from '../../electron/web/server';
import { tempContext, tempDir } from '../helpers/tmp';
import { raw } from './http';

const TOKEN = 'test-secret-0123456789';
let server: RunningWebServer | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

async function start(): Promise<RunningWebServer> {
  const dir = tempDir();
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>BHXH</title>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, '..', 'secret.txt'), 'bí mật');
  server = await startWebServer({ ctx: tempContext(), rendererDir: dir, port: 0, token: TOKEN });
  return server;
}

function api(s: RunningWebServer, method: string, body: unknown, headers: Record<string, string> = {}) {
  return raw(s.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: {
      Host: `127.0.0.1:${s.port}`,
      'Content-Type': 'application/json',
      'X-BHXH-Token': TOKEN,
      ...headers,
    },
    body: encodeJson(body),
  });
}

describe('web server', () => {
  it('prints a 127.0.0.1 URL with the secret in the fragment and answers the API with the envelope', async () => {
    const s = await start();
    expect(s.url).toBe(`http://127.0.0.1:${s.port}/#token=${TOKEN}`);
    const res = await api(s, 'units.list', {});
    expect(res.status).toBe(200);
    const env = decodeJson(res.body) as { ok: boolean; result: { code: string }[] };
    expect(env.ok).toBe(true);
    expect(env.result.map((u) => u.code)).toContain('622');
  });

  it('also accepts localhost:PORT and a same-origin Origin', async () => {
    const s = await start();
    const res = await api(
      s,
      'units.list',
      {},
      { Host: `localhost:${s.port}`, Origin: `http://localhost:${s.port}`, 'Sec-Fetch-Site': 'same-origin' },
    );
    expect(res.status).toBe(200);
  });

  it('refuses a foreign Host header (DNS rebinding), on the API and on static files', async () => {
    const s = await start();
    for (const host of [
      'evil.example',
      `evil.example:${s.port}`,
      `127.0.0.1:${s.port + 1}`,
      `127.0.0.1`,
      `0.0.0.0:${s.port}`,
    ]) {
      const res = await api(s, 'units.list', {}, { Host: host });
      expect(res.status, host).toBe(403);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'refused' } });
      expect(JSON.parse(res.body).error.message).toContain('Host');
      const page = await raw(s.port, { path: '/', headers: { Host: host } });
      expect(page.status, host).toBe(403);
      expect(page.body).not.toContain('<title>');
    }
  });

  it('refuses a request without Host', async () => {
    const s = await start();
    const res = await raw(s.port, {
      method: 'POST',
      path: '/api/units.list',
      headers: { 'X-BHXH-Token': TOKEN, 'Content-Type': 'application/json' },
      body: '{}',
    });
    // Node's HTTP parser already answers 400 to an HTTP/1.1 request without Host; either way, refused.
    expect([400, 403]).toContain(res.status);
    expect(res.body).not.toContain('"ok":true');
  });

  it('refuses cross-origin requests, even with the right token', async () => {
    const s = await start();
    for (const origin of [
      'http://evil.example',
      `http://127.0.0.1:${s.port + 1}`,
      'null',
      `https://127.0.0.1:${s.port}`,
    ]) {
      const res = await api(s, 'settings.save', { agencyName: 'Bị sửa' }, { Origin: origin });
      expect(res.status, origin).toBe(403);
    }
    const site = await api(s, 'units.list', {}, { 'Sec-Fetch-Site': 'cross-site' });
    expect(site.status).toBe(403);
    const settings = decodeJson((await api(s, 'settings.get', {})).body) as {
      result: { agencyName: string };
    };
    expect(settings.result.agencyName).not.toBe('Bị sửa');
  });

  it('requires the per-run secret on every API call', async () => {
    const s = await start();
    const missing = await raw(s.port, {
      method: 'POST',
      path: '/api/units.list',
      headers: { Host: `127.0.0.1:${s.port}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body).error.message).toMatch(/Phiên làm việc không hợp lệ/);
    for (const bad of ['wrong', `${TOKEN}x`, TOKEN.slice(0, -1), TOKEN.toUpperCase()]) {
      expect((await api(s, 'units.list', {}, { 'X-BHXH-Token': bad })).status, bad).toBe(401);
    }
    // The token in a query string or cookie is not accepted either: only the header, which a form cannot set.
    const query = await raw(s.port, {
      method: 'POST',
      path: `/api/units.list?token=${TOKEN}`,
      headers: { Host: `127.0.0.1:${s.port}`, 'Content-Type': 'application/json', Cookie: `token=${TOKEN}` },
      body: '{}',
    });
    expect(query.status).toBe(401);
  });

  it('takes only POST with a JSON body on the API', async () => {
    const s = await start();
    const get = await raw(s.port, {
      path: '/api/units.list',
      headers: { Host: `127.0.0.1:${s.port}`, 'X-BHXH-Token': TOKEN },
    });
    expect(get.status).toBe(405);
    const form = await api(s, 'units.list', {}, { 'Content-Type': 'text/plain' });
    expect(form.status).toBe(415);
    const broken = await raw(s.port, {
      method: 'POST',
      path: '/api/units.list',
      headers: { Host: `127.0.0.1:${s.port}`, 'Content-Type': 'application/json', 'X-BHXH-Token': TOKEN },
      body: '{"a":',
    });
    expect(broken.status).toBe(400);
  });

  it('validates the input with the dispatcher and names unknown methods', async () => {
    const s = await start();
    const bad = decodeJson((await api(s, 'values.get', { period: '2024-13' })).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const unknown = decodeJson((await api(s, 'no.such', {})).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('carries bytes both ways: a backup downloaded is the database file', async () => {
    const s = await start();
    const backup = decodeJson((await api(s, 'db.backup', {})).body) as { ok: true; result: { name: string } };
    expect(backup.ok).toBe(true);
    const file = decodeJson((await api(s, 'db.downloadBackup', { name: backup.result.name })).body) as {
      ok: true;
      result: { data: Uint8Array };
    };
    expect(file.result.data).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(file.result.data.slice(0, 15))).toBe('SQLite format 3');
    // Sent back as an upload, the bytes arrive as a Uint8Array the zod schema accepts.
    const restored = decodeJson(
      (await api(s, 'db.restoreUpload', { file: { name: 'x.db', data: file.result.data } })).body,
    );
    expect(restored).toMatchObject({ ok: true });
  });

  it('caps the body: 2 MB for plain calls, more for file uploads, refused before reading it all', async () => {
    const s = await start();
    const headers = {
      Host: `127.0.0.1:${s.port}`,
      'Content-Type': 'application/json',
      'X-BHXH-Token': TOKEN,
    };
    const big = await raw(s.port, {
      method: 'POST',
      path: '/api/settings.save',
      headers: { ...headers, 'Content-Length': String(PLAIN_BODY_LIMIT + 1) },
    });
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body).error.message).toMatch(/quá lớn/);
    const huge = await raw(s.port, {
      method: 'POST',
      path: '/api/imports.preview',
      headers: { ...headers, 'Content-Length': String(FILE_BODY_LIMIT + 1) },
    });
    expect(huge.status).toBe(413);
    // A 3 MB upload is fine for a file method (the handler answers, whatever it says about the content).
    const payload = encodeJson({ file: { name: 'dm.xlsx', data: new Uint8Array(3 * 1024 * 1024) } });
    const ok = await raw(s.port, { method: 'POST', path: '/api/units.import', headers, body: payload });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body).ok).toBe(false);
  });

  it('serves the built renderer with a strict CSP and nosniff, and nothing outside it', async () => {
    const s = await start();
    const host = { Host: `127.0.0.1:${s.port}` };
    const page = await raw(s.port, { path: '/', headers: host });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    expect(page.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const js = await raw(s.port, { path: '/assets/app.js', headers: host });
    expect(js.headers['content-type']).toMatch(/text\/javascript/);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00']) {
      const res = await raw(s.port, { path, headers: host });
      expect(res.body, path).not.toContain('bí mật');
    }
    expect((await raw(s.port, { path: '/missing.js', headers: host })).status).toBe(404);
    expect((await raw(s.port, { method: 'DELETE', path: '/', headers: host })).status).toBe(405);
  });
});
