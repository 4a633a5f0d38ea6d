import { formatPercent, formatRate } from '../../../../shared/format/vi';
import { n, niceScale, text } from './svg';

export interface BarItem {
  label: string;
  value: number | null;
  target: number | null;
  /** The province total: a darker bar, bold label. */
  total?: boolean;
}

export const TARGET_COLOUR = '#b71c1c';
const BAR = '#a6a6a6';
const BAR_TOTAL = '#595959';

/**
 * Horizontal bars of coverage by unit with the target as a coloured tick on each bar: names stay
 * horizontal and readable, and it prints in greys with one colour.
 */
export function coverageBarsSvg(
  items: BarItem[],
  width: number,
  legend: { value: string; target: string },
): { svg: string; height: number } {
  const labelW = 128;
  const valueW = 46;
  const top = 22;
  const rowH = 16;
  const plotW = width - labelW - valueW;
  const max = Math.max(0, ...items.flatMap((i) => [i.value ?? 0, i.target ?? 0]));
  const scale = niceScale(max * 1.05);
  const x = (v: number) => labelW + (v / scale.max) * plotW;
  const plotH = items.length * rowH;
  const height = top + plotH + 18;
  const parts: string[] = [];

  // Legend.
  parts.push(`<rect x="${labelW}" y="3" width="14" height="8" fill="${BAR}"/>`);
  parts.push(text(labelW + 18, 10, legend.value, { size: 8.5 }));
  const lx = labelW + 30 + legend.value.length * 4.2;
  parts.push(`<line x1="${n(lx)}" y1="2" x2="${n(lx)}" y2="12" stroke="${TARGET_COLOUR}" stroke-width="2"/>`);
  parts.push(text(lx + 5, 10, legend.target, { size: 8.5 }));

  // Grid and axis labels.
  for (let v = 0; v <= scale.max + 1e-9; v += scale.step) {
    const gx = x(v);
    parts.push(
      `<line x1="${n(gx)}" y1="${top - 2}" x2="${n(gx)}" y2="${top + plotH}" stroke="${v === 0 ? '#000000' : '#d9d9d9'}" stroke-width="${v === 0 ? 0.8 : 0.5}"/>`,
    );
    parts.push(
      text(gx, top + plotH + 10, `${formatRate(v).replace(/,00$/, '')}%`, { size: 7.5, anchor: 'middle' }),
    );
  }

  items.forEach((it, i) => {
    const y = top + i * rowH;
    parts.push(text(labelW - 4, y + rowH / 2 + 3, it.label, { size: 8, anchor: 'end', bold: !!it.total }));
    if (it.value !== null) {
      const w = Math.max(0, x(it.value) - labelW);
      parts.push(
        `<rect x="${labelW}" y="${n(y + 2.5)}" width="${n(w)}" height="${rowH - 5}" fill="${it.total ? BAR_TOTAL : BAR}"/>`,
      );
    }
    if (it.target !== null) {
      const tx = x(it.target);
      parts.push(
        `<line x1="${n(tx)}" y1="${n(y + 0.5)}" x2="${n(tx)}" y2="${n(y + rowH - 0.5)}" stroke="${TARGET_COLOUR}" stroke-width="2"/>`,
      );
    }
    const end = Math.max(
      it.value !== null ? x(it.value) : labelW,
      it.target !== null ? x(it.target) + 1 : labelW,
    );
    parts.push(
      text(end + 3, y + rowH / 2 + 3, it.value === null ? 'chưa có số liệu' : formatPercent(it.value), {
        size: 7.5,
        bold: !!it.total,
        italic: it.value === null,
      }),
    );
  });

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}">${parts.join('')}</svg>`;
  return { svg, height };
}
