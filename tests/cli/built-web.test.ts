import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp';
import { sample } from '../import/helpers';
import { startWebProcess } from '../web/web-process';

const ROOT = resolve(import.meta.dirname, '../..');
const children: ChildProcess[] = [];

afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

describe('npm run web, built', () => {
  it(
    'starts its worker from out/cli: imports and draws a report there, fonts found from the bundle',
    { timeout: 300_000 },
    async () => {
      const web = await startWebProcess(tempDir(), { built: true });
      children.push(web.child);
      expect(existsSync(join(ROOT, 'out/cli/heavy-worker.js'))).toBe(true);
      const preview = await web.call('imports.preview', {
        files: [sample('tong-hop-toan-tinh-2024-03.xlsx')],
      });
      const { previewId } = preview.result as { previewId: string };
      expect(await web.call('imports.commit', { previewId })).toMatchObject({
        ok: true,
        result: { ok: true },
      });
      const pdf = await web.call('reports.render', { kind: 'progress', format: 'pdf', period: '2024-03' });
      expect(pdf.ok, JSON.stringify(pdf.error)).toBe(true);
      const data = (pdf.result as { data: Uint8Array }).data;
      expect(Buffer.from(data.subarray(0, 5)).toString()).toBe('%PDF-');
    },
  );
});
