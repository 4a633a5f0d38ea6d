import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { negotiateEncoding } from '../../electron/web/static-files';
import { startWebServer, type RunningWebServer } from '../../electron/web/server';
import { tempContext, tempDir } from '../helpers/tmp';
import { raw } from './http';

let server: RunningWebServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const SCRIPT = `export const rows = [${Array.from({ length: 2000 }, (_, i) => `{ ma: "${30000 + i}", ten: "Xã Thử Nghiệm ${i}" }`).join(', ')}];\n`;
const HTML = '<!doctype html><html lang="vi"><title>BHXH Gia Lai – Báo cáo tiến độ</title></html>';

async function start(): Promise<number> {
  const dir = tempDir();
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), HTML);
  writeFileSync(join(dir, 'assets', 'index-CiN3z2vI.js'), SCRIPT);
  writeFileSync(join(dir, 'assets', 'logo.png'), Buffer.alloc(4096, 7));
  server = await startWebServer({
    ctx: tempContext(),
    rendererDir: dir,
    port: 0,
    token: 'bi-mat-0123456789',
  });
  return server.port;
}

const get = (port: number, path: string, acceptEncoding?: string) =>
  raw(port, {
    path,
    headers: { Host: `127.0.0.1:${port}`, ...(acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {}) },
  });

describe('browser mode: static files compressed and cached', () => {
  it('sends brotli when the browser accepts it, gzip otherwise, plain text to a client that asks for neither', async () => {
    const port = await start();
    const br = await get(port, '/assets/index-CiN3z2vI.js', 'gzip, deflate, br, zstd');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBe(br.bytes.length);
    expect(br.bytes.length).toBeLessThan(SCRIPT.length / 4);
    expect(brotliDecompressSync(br.bytes).toString('utf8')).toBe(SCRIPT);

    const gz = await get(port, '/assets/index-CiN3z2vI.js', 'gzip, deflate');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.bytes).toString('utf8')).toBe(SCRIPT);

    const refusedBr = await get(port, '/assets/index-CiN3z2vI.js', 'br;q=0, gzip;q=0.5');
    expect(refusedBr.headers['content-encoding']).toBe('gzip');

    const plain = await get(port, '/assets/index-CiN3z2vI.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);

    // The page itself is compressed too; an image is sent as it is.
    const page = await get(port, '/', 'br');
    expect(page.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(page.bytes).toString('utf8')).toBe(HTML);
    const png = await get(port, '/assets/logo.png', 'br, gzip');
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.bytes.length).toBe(4096);
  });

  it('lets hashed assets be cached for a year and makes index.html revalidate', async () => {
    const port = await start();
    const asset = await get(port, '/assets/index-CiN3z2vI.js', 'br');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/index.html', '/so-lieu'])
      expect((await get(port, path, 'br')).headers['cache-control'], path).toBe('no-cache');
    // A file without a content hash in its name may change under the same name.
    expect((await get(port, '/assets/logo.png')).headers['cache-control']).toBe('no-cache');
  });

  it('a HEAD answers the compressed length without a body', async () => {
    const port = await start();
    const get1 = await get(port, '/assets/index-CiN3z2vI.js', 'br');
    const head = await raw(port, {
      method: 'HEAD',
      path: '/assets/index-CiN3z2vI.js',
      headers: { Host: `127.0.0.1:${port}`, 'Accept-Encoding': 'br' },
    });
    expect(head.headers['content-length']).toBe(get1.headers['content-length']);
    expect(head.bytes.length).toBe(0);
  });

  it('reads Accept-Encoding as RFC 9110 says', () => {
    expect(negotiateEncoding(undefined)).toBe('identity');
    expect(negotiateEncoding('')).toBe('identity');
    expect(negotiateEncoding('gzip')).toBe('gzip');
    expect(negotiateEncoding('GZIP, BR')).toBe('br');
    expect(negotiateEncoding('br;q=0')).toBe('identity');
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('*;q=0, gzip')).toBe('gzip');
    expect(negotiateEncoding('deflate, identity')).toBe('identity');
  });
});
