/** Small helpers to write SVG by hand for the PDF charts (pdfmake draws them through svg-to-pdfkit). */
export const esc = (s: string): string =>
  s
    .normalize('NFC')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

export const n = (x: number): string => (Math.round(x * 100) / 100).toString();

/** A round axis maximum and step (1, 2 or 5 × 10^k) with about `ticks` steps. */
export function niceScale(max: number, ticks = 6): { max: number; step: number } {
  if (!(max > 0)) return { max: 10, step: 2 };
  const raw = max / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((k) => k * mag).find((s) => s >= raw) ?? 10 * mag;
  return { max: Math.ceil(max / step) * step, step };
}

export interface TextOpts {
  size?: number;
  anchor?: 'start' | 'middle' | 'end';
  bold?: boolean;
  italic?: boolean;
  fill?: string;
}

export function text(x: number, y: number, s: string, o: TextOpts = {}): string {
  return `<text x="${n(x)}" y="${n(y)}" font-family="Tinos" font-size="${o.size ?? 8}" text-anchor="${o.anchor ?? 'start'}"${o.bold ? ' font-weight="bold"' : ''}${o.italic ? ' font-style="italic"' : ''} fill="${o.fill ?? '#000000'}">${esc(s)}</text>`;
}
