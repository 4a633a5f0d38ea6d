/** Where the words of a PDF sit (pdftotext -bbox): for margins, page numbers and type sizes. */
import { execFileSync } from 'node:child_process';

export interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export interface Page {
  width: number;
  height: number;
  words: Word[];
}

const MM = 72 / 25.4;
export const mm = (pt: number) => pt / MM;

export function pdfPages(file: string): Page[] {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const pages: Page[] = [];
  for (const block of xml.split('<page ').slice(1)) {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(block)!;
    const words = [
      ...block.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map((m) => ({
      x0: Number(m[1]),
      y0: Number(m[2]),
      x1: Number(m[3]),
      y1: Number(m[4]),
      text: m[5]!
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"'),
    }));
    pages.push({ width: Number(size[1]), height: Number(size[2]), words });
  }
  return pages;
}

/** The page's number as NĐ 30 wants it: a bare numeral in the top margin, centred; null when there is none. */
export function topNumber(p: Page, topMarginPt: number): { text: string; centreOffset: number } | null {
  const w = p.words.find((x) => /^\d+$/.test(x.text) && x.y1 <= topMarginPt);
  return w ? { text: w.text, centreOffset: (w.x0 + w.x1) / 2 - p.width / 2 } : null;
}

/** The text margins in mm (page number excluded): left, top, right, bottom. */
export function textMargins(p: Page, topMarginPt: number) {
  const words = p.words.filter((w) => !(w.y1 <= topMarginPt && /^\d+$/.test(w.text)));
  return {
    left: mm(Math.min(...words.map((w) => w.x0))),
    top: mm(Math.min(...words.map((w) => w.y0))),
    right: mm(p.width - Math.max(...words.map((w) => w.x1))),
    bottom: mm(p.height - Math.max(...words.map((w) => w.y1))),
  };
}
