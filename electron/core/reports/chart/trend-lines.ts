import { formatRate } from '../../../../shared/format/vi';
import type { TrendPoint } from '../../../../shared/reports/model';
import { TARGET_COLOUR } from './coverage-bars';
import { n, niceScale, text } from './svg';

/**
 * Monthly BHXH (solid) and BHTN (dashed) coverage with their targets as coloured lines; a month whose
 * figures are carried forward gets a hollow marker.
 */
export function trendLinesSvg(points: TrendPoint[], width: number, height = 260): string {
  const left = 40;
  const right = 12;
  const top = 26;
  const bottom = 30;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const values = points
    .flatMap((p) => [p.bhxhCoverage, p.bhtnCoverage, p.bhxhTarget, p.bhtnTarget])
    .filter((v): v is number => v !== null);
  const scale = niceScale(Math.max(1, ...values) * 1.1, 5);
  const x = (i: number) => left + (points.length <= 1 ? plotW / 2 : (i / (points.length - 1)) * plotW);
  const y = (v: number) => top + plotH - (v / scale.max) * plotH;
  const parts: string[] = [];
  for (let v = 0; v <= scale.max + 1e-9; v += scale.step) {
    parts.push(
      `<line x1="${left}" y1="${n(y(v))}" x2="${n(left + plotW)}" y2="${n(y(v))}" stroke="${v === 0 ? '#000000' : '#d9d9d9'}" stroke-width="0.5"/>`,
    );
    parts.push(
      text(left - 4, y(v) + 3, `${formatRate(v).replace(/,00$/, '')}%`, { size: 7.5, anchor: 'end' }),
    );
  }
  const every = Math.max(1, Math.ceil(points.length / 12));
  points.forEach((p, i) => {
    if (i % every !== 0 && i !== points.length - 1) return;
    const [yy, mm] = p.month.split('-');
    parts.push(text(x(i), top + plotH + 12, `${Number(mm)}/${yy}`, { size: 7.5, anchor: 'middle' }));
  });
  const path = (pick: (p: TrendPoint) => number | null) => {
    let d = '';
    let pen = false;
    points.forEach((p, i) => {
      const v = pick(p);
      if (v === null) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${n(x(i))} ${n(y(v))} `;
      pen = true;
    });
    return d.trim();
  };
  const series: {
    pick: (p: TrendPoint) => number | null;
    colour: string;
    dash: string;
    width: number;
    marker: boolean;
  }[] = [
    { pick: (p) => p.bhxhTarget, colour: TARGET_COLOUR, dash: '', width: 1.2, marker: false },
    { pick: (p) => p.bhtnTarget, colour: TARGET_COLOUR, dash: '4 2', width: 1.2, marker: false },
    { pick: (p) => p.bhxhCoverage, colour: '#333333', dash: '', width: 1.6, marker: true },
    { pick: (p) => p.bhtnCoverage, colour: '#808080', dash: '4 2', width: 1.6, marker: true },
  ];
  for (const s of series) {
    const d = path(s.pick);
    if (d)
      parts.push(
        `<path d="${d}" fill="none" stroke="${s.colour}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`,
      );
    if (!s.marker) continue;
    points.forEach((p, i) => {
      const v = s.pick(p);
      if (v === null) return;
      parts.push(
        `<circle cx="${n(x(i))}" cy="${n(y(v))}" r="2.2" fill="${p.carried ? '#ffffff' : s.colour}" stroke="${s.colour}" stroke-width="0.8"/>`,
      );
    });
  }
  const legend: [string, string, string][] = [
    ['Tỷ lệ bao phủ BHXH', '#333333', ''],
    ['Tỷ lệ bao phủ BHTN', '#808080', '4 2'],
    ['Chỉ tiêu BHXH', TARGET_COLOUR, ''],
    ['Chỉ tiêu BHTN', TARGET_COLOUR, '4 2'],
  ];
  legend.forEach(([label, colour, dash], i) => {
    const lx = left + i * 120;
    parts.push(
      `<line x1="${lx}" y1="8" x2="${lx + 20}" y2="8" stroke="${colour}" stroke-width="1.6"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
    );
    parts.push(text(lx + 24, 11, label, { size: 8 }));
  });
  parts.push(text(left + 4 * 120, 11, '○ số liệu lấy từ kỳ trước', { size: 8 }));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}">${parts.join('')}</svg>`;
}
