import type { ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp';
import { sample } from '../import/helpers';
import { startWebProcess } from './web-process';

const children: ChildProcess[] = [];

afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

/**
 * The upload's JSON (base64 workbook) is read, and the preview's answer (thousands of rows) written,
 * wherever json-body.ts's seams stop: held there, the server must still answer reads, which it cannot
 * if that work ran on its own thread.
 */
describe('browser mode while a preview is read or answered', () => {
  it.each(['decode', 'encode'])(
    'answers reads while the worker is held at %s, then the preview lands',
    async (step) => {
      const dir = tempDir();
      const resume = join(dir, 'resume');
      const point = `${step}:imports.preview`;
      const web = await startWebProcess(dir, { env: { BHXH_TEST_PAUSE: point, BHXH_TEST_RESUME: resume } });
      children.push(web.child);

      let landed = false;
      const preview = web
        .call('imports.preview', { files: [sample('tong-hop-toan-tinh-2024-03.xlsx')] })
        .then((r) => {
          landed = true;
          return r;
        });
      await web.stderrShows(`BHXH_PAUSED ${point}`);

      expect(await web.call('imports.list', {})).toEqual({ ok: true, result: [] });
      expect(await web.call('values.latestMonth', {})).toEqual({ ok: true, result: null });
      expect(await web.call('units.list', {})).toMatchObject({ ok: true });
      expect(landed).toBe(false);

      writeFileSync(resume, '');
      expect(await preview).toMatchObject({ ok: true, result: { ok: true, counts: { inserted: 68 } } });
    },
  );

  it('refuses a broken upload with the same 400 and sentence, read in the worker', async () => {
    const dir = tempDir();
    const web = await startWebProcess(dir);
    children.push(web.child);
    const bad = await web.call('imports.preview', { files: [{ name: 'a.xlsx', data: 'không phải tệp' }] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const broken = await web.post('imports.preview', '{"files":[{"name":"a.xlsx","data":{"$bytes":');
    expect({ status: broken.status, body: JSON.parse(broken.body) as unknown }).toEqual({
      status: 400,
      body: { ok: false, error: { code: 'refused', message: 'Dữ liệu gửi lên không đọc được (JSON hỏng).' } },
    });
  });
});
