/** Sheet names and visibility from xl/workbook.xml, read through the metered zip before streaming. */
import type { OpenedZip } from './zip-entries';

export interface SheetInfo {
  name: string;
  sheetId: number;
  rId: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** `worksheets/sheet1.xml`, relative to xl/. */
  target: string | null;
}

export interface WorkbookInfo {
  sheets: SheetInfo[];
  /** Mac Excel's old epoch: date serials count from 1904, not 1900. */
  date1904: boolean;
}

const MAX_META_BYTES = 4 * 1024 * 1024;

/** An entry's text through the zip's meter; a part declared larger than any real one reads as missing. */
async function readText(zip: OpenedZip, name: string): Promise<string> {
  const e = zip.entries.find((x) => x.fileName === name);
  if (!e || e.uncompressedSize > MAX_META_BYTES) return '';
  const chunks: Buffer[] = [];
  for await (const c of await zip.open(name)) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)="([^"]*)"/g)) out[m[1]!] = decodeXml(m[2]!);
  return out;
}

function decodeXml(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export async function readWorkbookInfo(zip: OpenedZip): Promise<WorkbookInfo> {
  const wb = await readText(zip, 'xl/workbook.xml');
  const rels = await readText(zip, 'xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const a = attrs(m[0]);
    if (a.Id && a.Target) targets.set(a.Id, a.Target.replace(/^\/?xl\//, ''));
  }
  const sheets: SheetInfo[] = [];
  for (const m of wb.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const a = attrs(m[0]);
    const rId = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
    const state = a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible';
    sheets.push({
      name: a.name ?? '',
      sheetId: Number(a.sheetId ?? 0),
      rId,
      state,
      target: targets.get(rId) ?? null,
    });
  }
  const pr = /<(?:\w+:)?workbookPr\b[^>]*>/.exec(wb);
  const date1904 = pr ? /^(1|true)$/.test(attrs(pr[0]).date1904 ?? '') : false;
  return { sheets, date1904 };
}
