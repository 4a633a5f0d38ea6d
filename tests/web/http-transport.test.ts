import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { httpTransport } from '../../renderer/src/api/http-transport';
import { startWebServer, type RunningWebServer } from '../../electron/web/server';
import { tempContext, tempDir } from '../helpers/tmp';

let server: RunningWebServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function start() {
  const dir = tempDir();
  writeFileSync(join(dir, 'index.html'), '<!doctype html>');
  server = await startWebServer({ ctx: tempContext(), rendererDir: dir, port: 0 });
  const s = server;
  const fetchAt: typeof fetch = (url, init) => fetch(`http://127.0.0.1:${s.port}${String(url)}`, init);
  return { s, fetchAt };
}

describe('HTTP transport against the real server', () => {
  it('calls the API with the secret and gets typed results back', async () => {
    const { s, fetchAt } = await start();
    const t = httpTransport(s.token, fetchAt);
    const saved = await t.invoke('settings.save', { signerName: 'Nguyễn Văn A' });
    expect(saved).toMatchObject({ ok: true, result: { signerName: 'Nguyễn Văn A' } });
    const backup = (await t.invoke('db.backup', {})) as { ok: true; result: { name: string } };
    const file = (await t.invoke('db.downloadBackup', { name: backup.result.name })) as {
      ok: true;
      result: { data: Uint8Array };
    };
    expect(file.result.data).toBeInstanceOf(Uint8Array);
    expect(file.result.data.length).toBeGreaterThan(4096);
  });

  it('turns refusals into the envelope with a Vietnamese message', async () => {
    const { fetchAt } = await start();
    const wrong = await httpTransport('not-the-secret', fetchAt).invoke('units.list', {});
    expect(wrong).toMatchObject({ ok: false, error: { code: 'refused' } });
    const none = await httpTransport(null, fetchAt).invoke('units.list', {});
    expect(none).toMatchObject({ ok: false, error: { message: expect.stringMatching(/mã phiên/) } });
    const down = await httpTransport('x', () => Promise.reject(new TypeError('fetch failed'))).invoke(
      'units.list',
      {},
    );
    expect(down).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/Không kết nối được/) },
    });
  });
});
