import { app } from 'electron';
import { APP_SCHEME, APP_URL } from './app-protocol';

/**
 * electron-vite's dev server, only while developing: an installed app must never be pointed at another page
 * (and trust its IPC) by an environment variable. Loopback http only, whatever the variable says.
 */
export function devRendererUrl(): URL | null {
  if (app.isPackaged) return null;
  const raw = process.env['ELECTRON_RENDERER_URL'];
  if (!raw) return null;
  try {
    const url = new URL(raw);
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    return url.protocol === 'http:' && loopback ? url : null;
  } catch {
    return null;
  }
}

/** What the window loads: the dev server while developing, app:// otherwise. */
export function rendererUrl(): string {
  return devRendererUrl()?.href ?? APP_URL;
}

/** Compared by scheme and host: WHATWG URL gives every custom scheme the origin "null". */
export function isOwnUrl(raw: string): boolean {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return false;
  }
  const dev = devRendererUrl();
  if (dev && u.protocol === dev.protocol && u.host === dev.host) return true;
  return u.protocol === `${APP_SCHEME}:` && u.host === 'bhxh';
}

/** The part of Electron's WebFrameMain the check reads. */
export interface SenderFrame {
  url: string;
  parent?: unknown;
}

/**
 * IPC is answered only for the app's own top-level page: a subframe (even one of ours) or any other origin
 * that somehow got into a renderer is refused.
 */
export function isTrustedFrame(frame: SenderFrame | null | undefined): boolean {
  if (!frame) return false;
  if (frame.parent) return false;
  return isOwnUrl(frame.url);
}
