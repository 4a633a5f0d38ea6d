import { app, shell, type Session, type WebContents } from 'electron';
import { isAllowedExternal } from './open-policy';
import { isOwnUrl } from './origin';

/**
 * Every web contents the app ever creates — the main window, and anything a compromised page might
 * manage to spawn — gets the same guards: it cannot leave the app, open windows, embed webviews or get
 * device permissions. Registered before the first window exists.
 */
export function installContentsGuard(): void {
  app.on('web-contents-created', (_event: unknown, contents: WebContents) => guardContents(contents));
}

export function guardContents(contents: WebContents): void {
  // Subframes are held by the CSP (frame-src 'self' blob:); the top page may only move within the app.
  contents.on('will-navigate', (event, url) => {
    if (!isOwnUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isOwnUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // The only way out is the system browser, for a handful of known addresses.
    if (isAllowedExternal(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  denySessionPermissions(contents.session);
}

/** No camera, microphone, notifications, USB, etc.: the app needs none of them. */
export function denySessionPermissions(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
