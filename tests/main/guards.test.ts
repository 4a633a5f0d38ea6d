import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNELS } from '../../shared/api/bridge';
import { tempContext } from '../helpers/tmp';
import { electronMock, FakeWebContents, recorded, type FakeWindow } from './fake-electron';

vi.mock('electron', () => electronMock);

const { installContentsGuard } = await import('../../electron/main/guards');
const { createMainWindow, denyPermissions } = await import('../../electron/main/window');
const { isTrustedFrame, rendererUrl } = await import('../../electron/main/origin');
const { registerIpc } = await import('../../electron/main/ipc');
const { isAllowedExternal } = await import('../../electron/main/open-policy');
const { APP_URL } = await import('../../electron/main/app-protocol');

const DEV = 'http://localhost:5173/';

/** A web contents as Electron hands it to web-contents-created, guarded by the app's listener. */
function createdContents(): FakeWebContents {
  installContentsGuard();
  const contents = new FakeWebContents();
  recorded.appListeners.get('web-contents-created')!({}, contents);
  return contents;
}

function navigate(contents: FakeWebContents, event: string, url: string): boolean {
  const e = { preventDefault: vi.fn() };
  contents.handlers.get(event)!(e, url);
  return e.preventDefault.mock.calls.length === 0;
}

describe('web-contents-created guard', () => {
  beforeEach(() => {
    recorded.openedExternal.length = 0;
    recorded.appListeners.clear();
  });

  it('denies every new window; only an allow-listed https address goes to the system browser', () => {
    const contents = createdContents();
    const open = (url: string) => contents.windowOpenHandler!({ url });
    for (const url of [
      'https://evil.example/',
      'http://baohiemxahoi.gov.vn/',
      'https://baohiemxahoi.gov.vn.evil.example/',
      'https://user:pw@baohiemxahoi.gov.vn/',
      'file:///C:/Windows/System32/cmd.exe',
      'javascript:alert(1)',
      'app://bhxh/index.html',
    ]) {
      expect(open(url), url).toEqual({ action: 'deny' });
    }
    expect(recorded.openedExternal).toEqual([]);
    expect(open('https://baohiemxahoi.gov.vn/tra-cuu')).toEqual({ action: 'deny' });
    expect(recorded.openedExternal).toEqual(['https://baohiemxahoi.gov.vn/tra-cuu']);
  });

  it('blocks navigation and redirects away from the app, and every webview', () => {
    const contents = createdContents();
    expect(navigate(contents, 'will-navigate', 'https://evil.example/')).toBe(false);
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd')).toBe(false);
    expect(navigate(contents, 'will-redirect', 'https://evil.example/')).toBe(false);
    expect(navigate(contents, 'will-navigate', 'app://bhxh/index.html#/bao-cao')).toBe(true);
    const webview = { preventDefault: vi.fn() };
    contents.handlers.get('will-attach-webview')!(webview, {}, {});
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('refuses every permission request and check in the contents’ session', () => {
    const { session } = createdContents();
    const answers: boolean[] = [];
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read'])
      session.permissionRequest!({}, permission, (granted: boolean) => answers.push(granted));
    expect(answers).toEqual([false, false, false, false]);
    expect(session.permissionCheck!({}, 'media')).toBe(false);
    expect(session.devicePermission!({ deviceType: 'usb' })).toBe(false);

    denyPermissions();
    const fallback = electronMock.session.defaultSession;
    const granted = vi.fn();
    fallback.permissionRequest!({}, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(fallback.permissionCheck!({}, 'media')).toBe(false);
  });
});

describe('the shell entry', () => {
  it('installs the web-contents guard before the app is ready, so no contents is ever unguarded', async () => {
    recorded.appListeners.clear();
    await import('../../electron/main/index');
    expect(recorded.appListeners.has('web-contents-created')).toBe(true);
  });
});

describe('openExternal allow-list', () => {
  it('takes exact https origins only', () => {
    expect(isAllowedExternal('https://baohiemxahoi.gov.vn/')).toBe(true);
    expect(isAllowedExternal('https://baohiemxahoi.gov.vn:8443/')).toBe(false);
    expect(isAllowedExternal('https://sub.baohiemxahoi.gov.vn/')).toBe(false);
    expect(isAllowedExternal('not a url')).toBe(false);
  });
});

describe('the dev server URL', () => {
  afterEach(() => {
    delete process.env['ELECTRON_RENDERER_URL'];
    electronMock.app.isPackaged = false;
    recorded.windows.length = 0;
  });

  it('is loaded and trusted while developing', () => {
    process.env['ELECTRON_RENDERER_URL'] = DEV;
    const win = createMainWindow() as unknown as FakeWindow;
    expect(win.loaded).toBe(DEV);
    expect(isTrustedFrame({ url: `${DEV}index.html` })).toBe(true);
  });

  it('is ignored, for loading and for IPC, once the app is packaged', () => {
    process.env['ELECTRON_RENDERER_URL'] = DEV;
    electronMock.app.isPackaged = true;
    const win = createMainWindow() as unknown as FakeWindow;
    expect(win.loaded).toBe(APP_URL);
    expect(isTrustedFrame({ url: `${DEV}index.html` })).toBe(false);
    expect(isTrustedFrame({ url: APP_URL })).toBe(true);
    const nav = { preventDefault: vi.fn() };
    win.webContents.handlers.get('will-navigate')!(nav, DEV);
    expect(nav.preventDefault).toHaveBeenCalled();
  });

  it('is never a remote page, even while developing', () => {
    process.env['ELECTRON_RENDERER_URL'] = 'https://evil.example/';
    expect(rendererUrl()).toBe(APP_URL);
    expect(isTrustedFrame({ url: 'https://evil.example/' })).toBe(false);
  });
});

describe('IPC sender check', () => {
  beforeEach(() => {
    recorded.ipc.clear();
    recorded.windows.length = 0;
    recorded.openedPaths.length = 0;
  });

  const call = (channel: string, frame: unknown, ...args: unknown[]) =>
    recorded.ipc.get(channel)!({ senderFrame: frame, sender: {} }, ...args);

  it('refuses the API and every platform call from a foreign or nested frame', async () => {
    createMainWindow();
    const ctx = tempContext();
    registerIpc(() => ctx);
    const own = { url: APP_URL, parent: null };
    expect(await call(BRIDGE_CHANNELS.invoke, own, 'values.latestMonth', {})).toEqual({
      ok: true,
      result: null,
    });

    const foreign = [
      { url: 'https://evil.example/index.html', parent: null },
      { url: 'app://other/index.html', parent: null },
      { url: 'file:///C:/app/index.html', parent: null },
      { url: APP_URL, parent: own }, // an iframe, even of our own page
      null,
    ];
    for (const frame of foreign) {
      expect(await call(BRIDGE_CHANNELS.invoke, frame, 'values.latestMonth', {})).toMatchObject({
        ok: false,
        error: { code: 'refused', message: 'Yêu cầu không đến từ ứng dụng.' },
      });
      const pdf = { name: 'a.pdf', mime: 'application/pdf', data: new TextEncoder().encode('%PDF-1.7') };
      expect(await call(BRIDGE_CHANNELS.printPdf, frame, pdf)).toEqual({
        ok: false,
        message: 'Yêu cầu không đến từ ứng dụng.',
      });
    }
    expect(recorded.openedPaths).toEqual([]);
  });
});
