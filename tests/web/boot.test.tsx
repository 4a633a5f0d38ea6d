import { afterEach, describe, expect, it, vi } from 'vitest';
import { boot } from '../../renderer/src/boot';
import { readToken } from '../../renderer/src/api/http-transport';
import { platform } from '../../renderer/src/platform/types';
import type { BhxhBridge } from '../../shared/api/bridge';
import { call } from '../../renderer/src/api/client';

afterEach(() => {
  delete window.bhxh;
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('boot and the secret in the URL', () => {
  it('moves #token= to sessionStorage and clears it from the address bar', () => {
    window.history.replaceState(null, '', '/#token=abc_DEF-123');
    expect(readToken()).toBe('abc_DEF-123');
    expect(window.location.hash).toBe('');
    expect(sessionStorage.getItem('bhxh.token')).toBe('abc_DEF-123');
    // After a reload the fragment is gone but the tab still knows its secret.
    expect(readToken()).toBe('abc_DEF-123');
  });

  it('keeps other fragment parts', () => {
    window.history.replaceState(null, '', '/#token=t1&tab=2');
    expect(readToken()).toBe('t1');
    expect(window.location.hash).toBe('#tab=2');
  });

  it("leaves a screen's address whole around the secret", () => {
    for (const [address, left] of [
      ['/#/bao-cao?ky=2024&token=t2', '#/bao-cao?ky=2024'],
      ['/#/so-lieu?token=t2', '#/so-lieu'],
      ['/#/so-lieu?token=t2&ky=2024-03', '#/so-lieu?ky=2024-03'],
      ['/#/bao-cao?ky=2024&token=t2&loai=danh-gia', '#/bao-cao?ky=2024&loai=danh-gia'],
    ]) {
      window.history.replaceState(null, '', address);
      expect(readToken(), address).toBe('t2');
      expect(window.location.hash, address).toBe(left);
    }
  });

  it('picks the browser platform without window.bhxh, the Electron bridge with it', async () => {
    expect(boot()).toBe('browser');
    expect(platform().kind).toBe('browser');

    const invoke = vi.fn(async () => ({ ok: true as const, result: '2024-03' }));
    window.bhxh = {
      invoke,
      saveFile: vi.fn(),
      openSaved: vi.fn(),
      pickFiles: vi.fn(),
      printPdf: vi.fn(),
    } as unknown as BhxhBridge;
    expect(boot()).toBe('electron');
    expect(platform().kind).toBe('electron');
    expect(await call('values.latestMonth', {})).toBe('2024-03');
    expect(invoke).toHaveBeenCalledWith('values.latestMonth', {});
  });

  it('saves through a download in the browser', async () => {
    boot();
    const clicks: string[] = [];
    const spy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this.download);
    });
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const id = await platform().saveFile({
      name: 'bao-cao.pdf',
      mime: 'application/pdf',
      data: new Uint8Array([37, 80, 68, 70]),
    });
    expect(id).toMatch(/^download-/);
    expect(clicks).toEqual(['bao-cao.pdf']);
    spy.mockRestore();
  });
});
