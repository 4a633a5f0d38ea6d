/**
 * Reads the PDF the Báo cáo screen shows. The page's CSP keeps fetch() off blob: URLs (connect-src 'self'),
 * so the bytes are taken from the API answers the preview asked for, and the frame is checked to hold a
 * blob: URL of them.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { decodeJson } from '../../shared/api/codec';

export interface RenderAnswers {
  /** Every reports.render call the page made: its input as sent, and the answer's PDF bytes. */
  seen: { input: string; data: Promise<Uint8Array | null> }[];
}

/** Starts recording the page's reports.render answers (before the screen asks for any). */
export function watchRenders(page: Page): RenderAnswers {
  const rec: RenderAnswers = { seen: [] };
  page.on('response', (r) => {
    if (!r.url().endsWith('/api/reports.render')) return;
    const input = r.request().postData() ?? '';
    const data = r.text().then((t) => {
      const res = decodeJson(t) as { ok: boolean; result?: { data: Uint8Array } };
      return res.ok && res.result ? res.result.data : null;
    });
    rec.seen.push({ input, data });
  });
  return rec;
}

/**
 * Waits until the preview is ready for a request whose JSON contains every `parts` string (not merely
 * "some preview": an earlier one may still be on screen), and returns the frame's blob: URL.
 */
export async function previewReady(page: Page, parts: string[], timeout = 60_000): Promise<string> {
  try {
    await page.waitForFunction(
      (want) => {
        const box = document.querySelector<HTMLElement>('[data-testid="report-preview"]');
        const req = box?.dataset.request ?? '';
        return box?.dataset.state === 'ready' && want.every((p) => req.includes(p));
      },
      parts,
      { timeout },
    );
  } catch (e) {
    const box = page.getByTestId('report-preview');
    const seen = `state=${await box.getAttribute('data-state')} request=${await box.getAttribute('data-request')}`;
    throw new Error(`preview not ready for ${parts.join(' ')} (${seen}): ${(e as Error).message}`);
  }
  return (await page.getByTestId('report-preview-pdf').getAttribute('src')) ?? '';
}

/** The PDF of the latest preview request matching `parts`, written to `dir/name.pdf`, as text. */
export async function previewText(
  page: Page,
  rec: RenderAnswers,
  parts: string[],
  dir: string,
  name: string,
): Promise<{ url: string; text: string; data: Uint8Array }> {
  const url = await previewReady(page, parts);
  const asked = rec.seen.filter((s) => [...parts, '"format":"pdf"'].every((p) => s.input.includes(p))).at(-1);
  if (!asked) throw new Error(`no reports.render call for ${parts.join(' ')}`);
  const data = await asked.data;
  if (!data) throw new Error('the preview request was refused');
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, data);
  const r = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return { url, text: r.stdout, data };
}
