/** The CSP lets the Báo cáo preview show a PDF from a blob: frame, and nothing more than that. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDERER_CSP } from '../../electron/web/headers';

const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );

const meta = (() => {
  const html = readFileSync(join(import.meta.dirname, '../../renderer/index.html'), 'utf8');
  const m = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!m) throw new Error('no CSP meta in renderer/index.html');
  return m[1]!;
})();

describe('the preview under the renderer’s CSP', () => {
  it('allows blob: frames in the header CSP (browser mode and the app:// window), no plugins objects', () => {
    const d = directives(RENDERER_CSP);
    expect(d.get('frame-src')).toEqual(["'self'", 'blob:']);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('connect-src')).toEqual(["'self'"]);
  });

  it('allows blob: frames in the page’s own meta CSP too (both policies apply)', () => {
    const d = directives(meta);
    expect(d.get('frame-src')).toEqual(['blob:']);
    expect(d.get('default-src')).toEqual(["'self'"]);
  });
});
