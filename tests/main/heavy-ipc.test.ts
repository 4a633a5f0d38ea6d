import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNELS } from '../../shared/api/bridge';
import type { CoreContext } from '../../electron/core/context';
import { attachHeavyWorker } from '../../electron/core/heavy/heavy-worker-host';
import { tempContext } from '../helpers/tmp';
import { sample } from '../import/helpers';
import { electronMock, recorded } from './fake-electron';

vi.mock('electron', () => electronMock);

const { registerIpc } = await import('../../electron/main/ipc');
const { APP_URL } = await import('../../electron/main/app-protocol');

const RESOURCES = resolve(import.meta.dirname, '../../resources');
const own = { senderFrame: { url: APP_URL }, sender: {} };
let ctx: CoreContext | null = null;

afterEach(async () => {
  await ctx?.heavy?.close();
  ctx = null;
});

describe('the desktop app’s IPC with the heavy worker (as electron/main/index.ts wires it)', () => {
  it('imports and renders in the worker, answering with the same envelopes', async () => {
    const c = tempContext();
    attachHeavyWorker(c, RESOURCES);
    ctx = c;
    registerIpc(() => c);
    const invoke = recorded.ipc.get(BRIDGE_CHANNELS.invoke)!;

    const preview = (await invoke(own, 'imports.preview', {
      files: [sample('tong-hop-toan-tinh-2024-03.xlsx')],
    })) as { ok: true; result: { previewId: string } };
    expect(preview.ok).toBe(true);
    // The preview is held by the worker, not by the main process.
    expect(c.previews.size).toBe(0);
    expect(await invoke(own, 'imports.commit', { previewId: preview.result.previewId })).toMatchObject({
      ok: true,
      result: { ok: true, import: 1, inserted: 68 },
    });
    const xlsx = (await invoke(own, 'reports.render', {
      kind: 'progress',
      format: 'xlsx',
      period: '2024-03',
    })) as { ok: true; result: { name: string; data: Uint8Array } };
    expect(xlsx.ok).toBe(true);
    expect(Buffer.from(xlsx.result.data.subarray(0, 2)).toString()).toBe('PK');
    expect(await invoke(own, 'imports.commit', { previewId: preview.result.previewId })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringContaining('Bản xem trước đã hết hạn') },
    });
  });
});
