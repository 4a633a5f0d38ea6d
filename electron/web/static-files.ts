import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { basename, extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Finds the file for a URL path inside `root`, or null. Paths that climb out of root (`..`, encoded or
 * not) are refused; the app is a single page, so `/` is index.html.
 */
export async function resolveStatic(
  root: string,
  urlPath: string,
): Promise<{ file: string; type: string; size: number } | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = resolve(join(base, relative));
  if (file !== base && !file.startsWith(base + sep)) return null;
  try {
    const st = await stat(file);
    if (!st.isFile()) return null;
    return { file, type: TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', size: st.size };
  } catch {
    return null;
  }
}

/** Text worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.map', '.txt']);

/** Vite's hashed asset names (`index-CiN3z2vI.js`): their content never changes under that name. */
const HASHED = /-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;

export type Encoding = 'br' | 'gzip' | 'identity';

/**
 * The best encoding the client accepts (RFC 9110 §12.5.3): br, then gzip, skipping any given `q=0`;
 * `*` stands for the codings not named.
 */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return 'identity';
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qp ? Number(qp.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const accepts = (name: string) => (q.get(name) ?? q.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return 'identity';
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Compressed bodies, made once per file version and kept: the renderer is a few MB at most, and brotli
 * at a high quality costs too much to repeat on every request.
 */
const compressed = new Map<string, Promise<Buffer>>();

function compressedBody(
  file: string,
  size: number,
  mtimeMs: number,
  encoding: 'br' | 'gzip',
): Promise<Buffer> {
  const key = `${encoding}\u0000${file}\u0000${size}\u0000${mtimeMs}`;
  let body = compressed.get(key);
  if (!body) {
    body = readFile(file).then((data) =>
      encoding === 'br'
        ? brotli(data, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 9,
              [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            },
          })
        : gzipAsync(data, { level: 9 }),
    );
    body.catch(() => compressed.delete(key));
    compressed.set(key, body);
  }
  return body;
}

/** Hashed assets may be kept for a year without asking again; anything else (index.html) is revalidated. */
export function cacheControl(file: string): string {
  return HASHED.test(basename(file)) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export async function sendFile(
  res: ServerResponse,
  found: { file: string; type: string; size: number },
  headOnly: boolean,
  acceptEncoding?: string,
): Promise<void> {
  const headers: Record<string, string> = {
    'Content-Type': found.type,
    'Cache-Control': cacheControl(found.file),
  };
  const compressible = COMPRESSIBLE.has(extname(found.file).toLowerCase());
  if (compressible) headers.Vary = 'Accept-Encoding';
  const encoding = compressible ? negotiateEncoding(acceptEncoding) : 'identity';
  if (encoding === 'identity') {
    res.writeHead(200, { ...headers, 'Content-Length': String(found.size) });
    if (headOnly) res.end();
    else createReadStream(found.file).pipe(res);
    return;
  }
  const st = await stat(found.file);
  const body = await compressedBody(found.file, st.size, st.mtimeMs, encoding);
  res.writeHead(200, { ...headers, 'Content-Encoding': encoding, 'Content-Length': String(body.length) });
  res.end(headOnly ? undefined : body);
}
