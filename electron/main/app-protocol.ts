import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { RENDERER_CSP, SECURITY_HEADERS } from '../web/headers';
import { resolveStatic } from '../web/static-files';
import { RENDERER_DIR } from './paths';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://bhxh`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

/**
 * The renderer is served from app://bhxh/ instead of file://: file pages can read any local file by URL,
 * and a real origin lets us send the CSP as a header. Must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveApp(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'bhxh') return new Response('Không tìm thấy.', { status: 404 });
    const found =
      (await resolveStatic(RENDERER_DIR, url.pathname)) ?? (await resolveStatic(RENDERER_DIR, '/'));
    if (!found) return new Response('Không tìm thấy.', { status: 404 });
    return new Response(await readFile(found.file), {
      headers: { ...SECURITY_HEADERS, 'Content-Security-Policy': RENDERER_CSP, 'Content-Type': found.type },
    });
  });
}
