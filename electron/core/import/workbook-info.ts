/** Sheet names and visibility from xl/workbook.xml, read through the zip directory before streaming. */
import yauzl from 'yauzl';

export interface SheetInfo {
  name: string;
  sheetId: number;
  rId: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** `worksheets/sheet1.xml`, relative to xl/. */
  target: string | null;
}

const MAX_META_BYTES = 4 * 1024 * 1024;

function readEntries(data: Uint8Array, wanted: string[]): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    const out = new Map<string, string>();
    yauzl.fromBuffer(
      Buffer.from(data.buffer, data.byteOffset, data.byteLength),
      { lazyEntries: true },
      (err, zip) => {
        if (err || !zip) return reject(err ?? new Error('zip'));
        zip.on('entry', (e: yauzl.Entry) => {
          if (!wanted.includes(e.fileName) || e.uncompressedSize > MAX_META_BYTES) return zip.readEntry();
          zip.openReadStream(e, (err2, stream) => {
            if (err2 || !stream) return reject(err2 ?? new Error('zip entry'));
            const chunks: Buffer[] = [];
            stream.on('data', (c: Buffer) => chunks.push(c));
            stream.on('end', () => {
              out.set(e.fileName, Buffer.concat(chunks).toString('utf8'));
              zip.readEntry();
            });
            stream.on('error', reject);
          });
        });
        zip.on('end', () => resolve(out));
        zip.on('error', reject);
        zip.readEntry();
      },
    );
  });
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

export async function readWorkbookInfo(data: Uint8Array): Promise<SheetInfo[]> {
  const files = await readEntries(data, ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels']);
  const wb = files.get('xl/workbook.xml') ?? '';
  const rels = files.get('xl/_rels/workbook.xml.rels') ?? '';
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
  return sheets;
}
