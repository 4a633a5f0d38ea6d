import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNELS } from '../../shared/api/bridge';
import { tempContext, tempDir } from '../helpers/tmp';
import { electronMock, recorded, type FakeWindow } from './fake-electron';

vi.mock('electron', () => electronMock);
// The built renderer, stood in by a folder with one page and a file outside it that must stay unreachable.
const rendererDir = vi.hoisted(async () => {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bhxh-shell-'));
  fs.mkdirSync(path.join(root, 'renderer'));
  fs.writeFileSync(path.join(root, 'renderer', 'index.html'), '<!doctype html><title>app</title>');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'bí mật');
  return path.join(root, 'renderer');
});
vi.mock('../../electron/main/paths', async () => ({
  RENDERER_DIR: await rendererDir,
  PRELOAD_FILE: '/app/out/preload/index.cjs',
  databasePath: () => ':memory:',
  resourcesDir: () => '/app/resources',
}));

const { createMainWindow } = await import('../../electron/main/window');
const { registerIpc } = await import('../../electron/main/ipc');
const { buildMenu } = await import('../../electron/main/menu');
const { APP_URL, serveApp } = await import('../../electron/main/app-protocol');

const event = (url: string) => ({ senderFrame: { url }, sender: {} });

describe('Electron shell', () => {
  beforeEach(() => {
    recorded.windows.length = 0;
    recorded.ipc.clear();
  });

  it('opens one sandboxed, isolated window without Node, loading the app from app://', () => {
    const win = createMainWindow() as unknown as FakeWindow;
    const prefs = win.options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      // The built-in PDF viewer, for the Báo cáo preview.
      plugins: true,
    });
    expect(String(prefs['preload'])).toMatch(/preload[\\/]index\.cjs$/);
    expect(win.loaded).toBe(APP_URL);
  });

  it('blocks navigation away from the app and every new window; allow-listed https links go to the browser', () => {
    const win = createMainWindow() as unknown as FakeWindow;
    const nav = win.webContents.handlers.get('will-navigate')!;
    const blocked = { preventDefault: vi.fn() };
    nav(blocked, 'https://evil.example/');
    expect(blocked.preventDefault).toHaveBeenCalled();
    const fileNav = { preventDefault: vi.fn() };
    nav(fileNav, 'file:///etc/passwd');
    expect(fileNav.preventDefault).toHaveBeenCalled();
    const own = { preventDefault: vi.fn() };
    nav(own, 'app://bhxh/index.html#x');
    expect(own.preventDefault).not.toHaveBeenCalled();

    expect(win.webContents.windowOpenHandler!({ url: 'https://baohiemxahoi.gov.vn/' })).toEqual({
      action: 'deny',
    });
    expect(recorded.openedExternal).toContain('https://baohiemxahoi.gov.vn/');
    expect(win.webContents.windowOpenHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(recorded.openedExternal).not.toContain('javascript:alert(1)');
    const webview = { preventDefault: vi.fn() };
    win.webContents.handlers.get('will-attach-webview')!(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('answers API calls through the dispatcher only for the app’s own frame', async () => {
    const ctx = tempContext();
    registerIpc(() => ctx);
    const invoke = recorded.ipc.get(BRIDGE_CHANNELS.invoke)!;
    expect(await invoke(event(APP_URL), 'values.latestMonth', {})).toEqual({ ok: true, result: null });
    expect(await invoke(event(APP_URL), 'values.get', { period: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await invoke(event('https://evil.example/'), 'values.latestMonth', {})).toMatchObject({
      ok: false,
      error: { code: 'refused' },
    });
    expect(await invoke({ senderFrame: null, sender: {} }, 'values.latestMonth', {})).toMatchObject({
      ok: false,
    });
  });

  it('saves through the main-process dialog and returns an opaque id, never a path', async () => {
    createMainWindow();
    const ctx = tempContext();
    registerIpc(() => ctx);
    const target = join(tempDir(), 'bao-cao.pdf');
    recorded.saveDialogPath = target;
    const save = recorded.ipc.get(BRIDGE_CHANNELS.saveFile)!;
    const out = (await save(event(APP_URL), {
      name: 'bao-cao.pdf',
      mime: 'application/pdf',
      data: new TextEncoder().encode('%PDF-1.7'),
    })) as { ok: true; result: string };
    expect(out.ok).toBe(true);
    expect(out.result).not.toContain('/');
    expect(readFileSync(target).toString()).toBe('%PDF-1.7');
    const open = recorded.ipc.get(BRIDGE_CHANNELS.openSaved)!;
    expect(await open(event(APP_URL), out.result)).toEqual({ ok: true, result: undefined });
    expect(recorded.openedPaths).toContain(target);
    // A path instead of an id is refused: the renderer cannot name files.
    expect(await open(event(APP_URL), '/etc/passwd')).toMatchObject({ ok: false });
    expect(await save(event(APP_URL), { name: 'x', data: 'not bytes' })).toMatchObject({
      ok: false,
      message: 'Dữ liệu gửi lên không hợp lệ.',
    });
    recorded.saveDialogPath = '';
    expect(
      await save(event(APP_URL), { name: 'a.pdf', mime: 'application/pdf', data: new Uint8Array(1) }),
    ).toEqual({ ok: true, result: null });
  });

  it('serves app:// with the CSP header, and only for its own host', async () => {
    serveApp();
    const handler = vi.mocked(electronMock.protocol.handle).mock.calls[0]![1] as (r: {
      url: string;
    }) => Promise<Response>;
    expect((await handler({ url: 'app://elsewhere/index.html' })).status).toBe(404);
    const page = await handler({ url: 'app://bhxh/index.html' });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>app</title>');
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    for (const url of ['app://bhxh/..%2fsecret.txt', 'app://bhxh/%2e%2e/secret.txt']) {
      expect(await (await handler({ url })).text(), url).not.toContain('bí mật');
    }
  });

  it('has a Vietnamese menu', () => {
    const menu = buildMenu(() => null) as unknown as { label: string; submenu: { label?: string }[] }[];
    expect(menu.map((m) => m.label.replace('&', ''))).toEqual(['Tệp', 'Chỉnh sửa', 'Xem', 'Trợ giúp']);
    expect(menu[1]!.submenu.map((i) => i.label).filter(Boolean)).toEqual([
      'Hoàn tác',
      'Làm lại',
      'Cắt',
      'Sao chép',
      'Dán',
      'Chọn tất cả',
    ]);
  });

  it('the preload exposes window.bhxh with the bridge methods and nothing else', async () => {
    await import('../../electron/preload/index');
    expect([...recorded.exposed.keys()]).toEqual(['bhxh']);
    const bridge = recorded.exposed.get('bhxh') as Record<string, (...a: unknown[]) => Promise<unknown>>;
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'openSaved', 'pickFiles', 'printPdf', 'saveFile']);
    await bridge['invoke']!('units.list', {});
    expect(recorded.invoked.at(-1)).toEqual([BRIDGE_CHANNELS.invoke, 'units.list', {}]);
  });
});
