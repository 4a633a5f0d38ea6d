import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../electron/core/context';
import { dispatch } from '../../electron/core/dispatch';
import {
  attachHeavyWorker,
  HeavyWorker,
  WORKER_LOST,
  workerEntry,
} from '../../electron/core/heavy/heavy-worker-host';
import { transferables } from '../../electron/core/heavy/protocol';
import { tempContext } from '../helpers/tmp';
import { sample } from '../import/helpers';

const RESOURCES = resolve(import.meta.dirname, '../../resources');
const attached: CoreContext[] = [];

afterEach(async () => {
  for (const c of attached.splice(0)) await c.heavy?.close();
  delete process.env.BHXH_TEST_PAUSE;
});

function withWorker(): CoreContext {
  const ctx = tempContext();
  attachHeavyWorker(ctx, RESOURCES);
  attached.push(ctx);
  return ctx;
}

describe('heavy calls in a worker thread', () => {
  it('imports, renders and undoes in the worker; the answering thread holds no preview', async () => {
    const ctx = withWorker();
    const preview = await dispatch(ctx, 'imports.preview', {
      files: [sample('tong-hop-toan-tinh-2024-03.xlsx')],
    });
    expect(preview.ok).toBe(true);
    expect(ctx.previews.size).toBe(0);
    const { previewId } = (preview as { result: { previewId: string } }).result;
    expect(await dispatch(ctx, 'imports.commit', { previewId })).toMatchObject({
      ok: true,
      result: { ok: true, import: 1, inserted: 68 },
    });
    // The answering thread's own connection sees the worker's commit.
    expect(await dispatch(ctx, 'values.latestMonth', {})).toEqual({ ok: true, result: '2024-03' });
    const pdf = await dispatch(ctx, 'reports.render', { kind: 'progress', format: 'pdf', period: '2024-03' });
    expect(pdf.ok && Buffer.from((pdf.result as { data: Uint8Array }).data.subarray(0, 5)).toString()).toBe(
      '%PDF-',
    );
    expect(await dispatch(ctx, 'imports.undo', { id: 1 })).toEqual({ ok: true, result: { restored: 68 } });
  });

  it('after a commit, the worker stores the newest month’s summary for the next fresh start', async () => {
    const ctx = withWorker();
    const preview = await dispatch(ctx, 'imports.preview', {
      files: [sample('tong-hop-toan-tinh-2024-03.xlsx')],
    });
    const { previewId } = (preview as { result: { previewId: string } }).result;
    expect((await dispatch(ctx, 'imports.commit', { previewId })).ok).toBe(true);
    // The worker takes one message at a time: its answer to this one comes after the warm-up.
    expect((await dispatch(ctx, 'imports.undo', { id: 99 })).ok).toBe(false);
    expect(
      ctx.db
        .prepare(
          `SELECT s.month FROM month_summaries s JOIN content_generation g ON g.generation = s.generation`,
        )
        .pluck()
        .all(),
    ).toEqual(['2024-03']);
  });

  it('answers the worker’s refusals with the same Vietnamese errors as in-process', async () => {
    const ctx = withWorker();
    expect(await dispatch(ctx, 'imports.commit', { previewId: 'khong-co' })).toEqual({
      ok: false,
      error: {
        code: 'not_found',
        message: 'Bản xem trước đã hết hạn hoặc không tồn tại; hãy chọn lại tệp để nhập.',
      },
    });
    expect(await dispatch(ctx, 'imports.undo', { id: 99 })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Không có lần nhập số 99.' },
    });
    // Checked against the contract before it is sent.
    expect(await dispatch(ctx, 'imports.undo', { id: -1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('a worker killed under a call answers it with an error, and the next call gets a fresh worker', async () => {
    const ctx = withWorker();
    // Held inside the worker for ever (no resume file): only the kill can end this call.
    process.env.BHXH_TEST_PAUSE = 'heavy:imports.undo';
    const held = dispatch(ctx, 'imports.undo', { id: 1 });
    const read = await dispatch(ctx, 'imports.list', {});
    expect(read).toEqual({ ok: true, result: [] });
    await ctx.heavy!.close();
    expect(await held).toEqual({ ok: false, error: { code: 'internal', message: WORKER_LOST } });

    delete process.env.BHXH_TEST_PAUSE;
    expect(await dispatch(ctx, 'imports.undo', { id: 1 })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Không có lần nhập số 1.' },
    });
  });

  it('a restore closes the worker’s connection first (it would refuse otherwise), then a fresh one reads the restored file', async () => {
    const ctx = withWorker();
    const backup = await dispatch(ctx, 'db.backup', {});
    const preview = await dispatch(ctx, 'imports.preview', {
      files: [sample('tong-hop-toan-tinh-2024-03.xlsx')],
    });
    const { previewId } = (preview as { result: { previewId: string } }).result;
    expect(await dispatch(ctx, 'imports.commit', { previewId })).toMatchObject({ ok: true });
    const name = (backup as { result: { name: string } }).result.name;
    expect(await dispatch(ctx, 'db.restore', { name })).toEqual({ ok: true, result: null });
    expect(await dispatch(ctx, 'imports.undo', { id: 1 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('writes on the answering thread wait for the heavy calls queued before them', async () => {
    const ctx = withWorker();
    const order: string[] = [];
    const preview = dispatch(ctx, 'imports.preview', { files: [sample('chu-se-2024-03.xlsx')] }).then((r) => {
      order.push('preview');
      return r;
    });
    const save = dispatch(ctx, 'settings.save', { autoBackup: false }).then((r) => {
      order.push('save');
      return r;
    });
    expect((await preview).ok).toBe(true);
    expect((await save).ok).toBe(true);
    expect(order).toEqual(['preview', 'save']);
  });

  it('finds the worker beside the bundle once built, and through tsx from source', () => {
    expect(workerEntry('file:///app/out/main/index-abc.js')).toEqual({
      url: new URL('file:///app/out/main/heavy-worker.js'),
    });
    const fromSource = workerEntry(new URL('../../electron/core/heavy/x.ts', import.meta.url).href);
    expect(fromSource.url.pathname).toBe(
      join(resolve(import.meta.dirname, '../../electron/core/heavy'), 'heavy-worker.ts'),
    );
    expect(fromSource.execArgv?.[0]).toBe('--import');
  });

  it('moves big files to the other thread instead of copying them; small ones are copied', () => {
    const big = new Uint8Array(200_000);
    const small = new Uint8Array(100);
    expect(
      transferables({
        files: [
          { name: 'a', data: big },
          { name: 'b', data: small },
        ],
      }),
    ).toEqual([big.buffer]);
    expect(transferables({ ok: true, result: { name: 'x.pdf', data: big } })).toEqual([big.buffer]);
    expect(transferables({ rows: Array.from({ length: 100 }, () => big) })).toEqual([]);
  });

  it('runs the calls on this thread when the worker cannot load at all (a packaged app that cannot read its file)', async () => {
    const ctx = tempContext();
    const missing = { url: new URL('file:///nowhere/heavy-worker.js') };
    const ran: string[] = [];
    const heavy = new HeavyWorker(
      { dbPath: ctx.dbPath },
      {
        entry: () => missing,
        inProcess: async (method) => {
          ran.push(method);
          return { ok: true, result: 'here' };
        },
      },
    );
    attached.push({ ...ctx, heavy });
    expect(await heavy.run('reports.render', {})).toEqual({ ok: true, result: 'here' });
    expect(await heavy.run('imports.undo', {})).toEqual({ ok: true, result: 'here' });
    // The browser mode's path: the body decoded and the answer encoded here too.
    const json = await heavy.runJson('imports.undo', Buffer.from('{"id":1}'));
    expect({ ...json, json: JSON.parse(Buffer.from(json.json).toString()) as unknown }).toEqual({
      status: 200,
      ok: true,
      json: { ok: true, result: 'here' },
    });
    expect(ran).toEqual(['reports.render', 'imports.undo', 'imports.undo']);

    // Attached as the app attaches it: the import itself goes through here, and the worker is let go.
    const app = tempContext();
    attachHeavyWorker(app, RESOURCES, () => missing);
    const preview = await dispatch(app, 'imports.preview', {
      files: [sample('tong-hop-toan-tinh-2024-03.xlsx')],
    });
    expect(preview.ok).toBe(true);
    expect(app.heavy).toBeNull();
    expect(app.previews.size).toBe(1);
  });

  it('keeps an in-memory database on this thread (another connection could not see it)', () => {
    const ctx: { dbPath: string; heavy?: unknown } = { dbPath: ':memory:' };
    attachHeavyWorker(ctx as CoreContext);
    expect(ctx.heavy).toBeUndefined();
  });
});
