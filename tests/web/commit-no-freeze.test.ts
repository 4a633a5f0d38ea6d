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

describe('browser mode while a commit runs', () => {
  it('answers reads while a commit is held inside the worker, then the commit lands', async () => {
    const dir = tempDir();
    const resume = join(dir, 'resume');
    const web = await startWebProcess(dir, {
      env: { BHXH_TEST_PAUSE: 'heavy:imports.commit', BHXH_TEST_RESUME: resume },
    });
    children.push(web.child);
    const preview = await web.call('imports.preview', {
      files: [sample('tong-hop-toan-tinh-2024-03.xlsx')],
    });
    expect(preview.ok).toBe(true);
    const { previewId } = preview.result as { previewId: string };

    let landed = false;
    const commit = web.call('imports.commit', { previewId }).then((r) => {
      landed = true;
      return r;
    });
    await web.stderrShows('BHXH_PAUSED heavy:imports.commit');

    // The worker thread is stopped mid-call; the server still answers, and nothing is written yet.
    expect(await web.call('imports.list', {})).toEqual({ ok: true, result: [] });
    expect(await web.call('values.latestMonth', {})).toEqual({ ok: true, result: null });
    expect(await web.call('units.list', {})).toMatchObject({ ok: true });
    expect(landed).toBe(false);

    writeFileSync(resume, '');
    expect(await commit).toMatchObject({ ok: true, result: { ok: true, import: 1, inserted: 68 } });
    expect(await web.call('values.latestMonth', {})).toEqual({ ok: true, result: '2024-03' });
    expect(await web.call('imports.list', {})).toMatchObject({ ok: true, result: [{ id: 1, inserted: 68 }] });
  });
});
