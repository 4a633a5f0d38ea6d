import { BrowserWindow, session } from 'electron';
import { denySessionPermissions, guardContents } from './guards';
import { rendererUrl } from './origin';
import { PRELOAD_FILE } from './paths';

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
  // web-contents-created guards every contents already; guarding here too keeps the window safe even if
  // it were ever created before that listener.
  guardContents(win.webContents);
  void win.loadURL(rendererUrl());
  return win;
}

/** The default session before any page loads: no device or permission prompt can ever reach the clerk. */
export function denyPermissions(): void {
  denySessionPermissions(session.defaultSession);
}
