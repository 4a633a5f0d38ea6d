import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

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

export function sendFile(
  res: ServerResponse,
  found: { file: string; type: string; size: number },
  headOnly: boolean,
): void {
  res.writeHead(200, {
    'Content-Type': found.type,
    'Content-Length': String(found.size),
    // index.html carries no hash in its name: always revalidate it; hashed assets may be cached.
    'Cache-Control': found.file.endsWith('.html') ? 'no-cache' : 'max-age=31536000, immutable',
  });
  if (headOnly) {
    res.end();
    return;
  }
  createReadStream(found.file).pipe(res);
}
