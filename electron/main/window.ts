import { BrowserWindow, session, shell } from 'electron';
import { APP_SCHEME, APP_URL } from './app-protocol';
import { PRELOAD_FILE } from './paths';

/** electron-vite dev serves the renderer from a local dev server; the built app uses app://. */
const DEV_URL = process.env['ELECTRON_RENDERER_URL'];

/** Compared by scheme and host: WHATWG URL gives every custom scheme the origin "null". */
function isOwnUrl(raw: string): boolean {
  try {
    const u = new URL(raw);
    if (DEV_URL) {
      const dev = new URL(DEV_URL);
      if (u.protocol === dev.protocol && u.host === dev.host) return true;
    }
    return u.protocol === `${APP_SCHEME}:` && u.host === 'bhxh';
  } catch {
    return false;
  }
}

export function isTrustedSender(frameUrl: string | undefined): boolean {
  return frameUrl !== undefined && isOwnUrl(frameUrl);
}

export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'BHXH Gia Lai – Báo cáo tiến độ',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: PRELOAD_FILE,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // Chromium's built-in PDF viewer only (no other plugin exists any more): the Báo cáo preview shows
      // the report's PDF from a blob: frame, which the CSP allows (frame-src blob:).
      plugins: true,
    },
  });
  win.once('ready-to-show', () => win.show());

  // Nothing may replace the app in its window, nor open another one; web links go to the real browser.
  win.webContents.on('will-navigate', (event, url) => {
    if (!isOwnUrl(url)) event.preventDefault();
  });
  win.webContents.on('will-redirect', (event, url) => {
    if (!isOwnUrl(url)) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https:\/\//i.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());

  void win.loadURL(DEV_URL ?? APP_URL);
  return win;
}

/** No camera, microphone, notifications, etc.: the app needs none of them. */
export function denyPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
