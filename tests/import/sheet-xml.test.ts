import { describe, expect, it } from 'vitest';
import type { Cell } from '../../electron/core/import/cell-value';
import type { SheetRow } from '../../electron/core/import/header-detect';
import { sheetRowBatches } from '../../electron/core/import/sheet-xml';

const SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:H4"/>
<sheetData><row r="1" spans="1:8"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><t>Huyện </t></r><r><t xml:space="preserve">Chư Sê</t></r><rPh sb="0" eb="1"><t>x</t></rPh></is></c><c r="E1" t="str"><f>A1&amp;"x"</f><v>Ia &lt;Pa&gt; &#7843;</v></c></row>
<row r="3"><c r="A3" s="1"><v>45306</v></c><c r="B3"><v>1234.5</v></c><c r="C3"><f>1/0</f><v>#DIV/0!</v></c><c r="D3" t="e"><v>#N/A</v></c><c r="E3"><f t="shared" si="0"/></c><c r="F3" t="b"><v>1</v></c><c r="G3"><f>0</f><v>0</v></c><c r="H3" t="str"><f>""</f><v></v></c></row>
<row r="4"/><row><c><v>7</v></c><c><v><![CDATA[8]]></v></c><!-- a note --></row>
</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;

const setup = {
  sharedStrings: ['Tên đơn vị', { richText: [{ text: 'BHXH ' }, { text: 'bắt buộc' }] }],
  isDateStyle: (s: number) => s === 1,
  date1904: false,
};

async function read(chunks: (string | Uint8Array)[]): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const batch of sheetRowBatches(
    (async function* () {
      yield* chunks;
    })(),
    setup,
  ))
    rows.push(...batch);
  return rows;
}

const text = (s: string): Cell => ({ kind: 'text', s });
const empty: Cell = { kind: 'empty' };

describe('the sheet XML scanner', () => {
  const expected = [
    {
      number: 1,
      cells: [
        undefined,
        text('Tên đơn vị'),
        text('BHXH bắt buộc'),
        text('Huyện Chư Sê'),
        empty,
        text('Ia <Pa> ả'),
      ],
    },
    {
      number: 3,
      cells: [
        undefined,
        { kind: 'date', d: new Date(Date.UTC(2024, 0, 15)) },
        { kind: 'number', n: 1234.5 },
        { kind: 'error', e: 'công thức lỗi' },
        { kind: 'error', e: '#N/A' },
        { kind: 'error', e: 'công thức chưa tính' },
        text('TRUE'),
        { kind: 'number', n: 0 },
      ],
    },
    { number: 4, cells: [] },
    { number: 5, cells: [undefined, { kind: 'number', n: 7 }, { kind: 'number', n: 8 }] },
  ];

  it('reads shared, rich and inline strings, dates, errors, booleans and formulas as exceljs did', async () => {
    expect(await read([SHEET])).toEqual(expected);
  });

  it('reads the same whatever the chunks: split inside tags, entities and multi-byte characters', async () => {
    const bytes = new TextEncoder().encode(SHEET);
    for (const size of [1, 2, 3, 7, 64]) {
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      expect(await read(chunks)).toEqual(expected);
    }
  });

  it('reads the same from chunks larger than the join at their seams, markup and text cut anywhere', async () => {
    // Rows of every kind, repeated with growing row numbers, one with a value longer than the join.
    const body = SHEET.slice(SHEET.indexOf('<sheetData>') + 11, SHEET.indexOf('</sheetData>'));
    const long = `<row r="9000"><c r="A9000" t="inlineStr"><is><t>${'Ia &amp; Grai '.repeat(400)}</t></is></c></row>`;
    const many = Array.from({ length: 300 }, (_, k) =>
      body
        .replace(/r="(\d+)"/g, (_m, n: string) => `r="${Number(n) + 10 * (k + 1)}"`)
        .replace(/r="([A-H])(\d+)"/g, (_m, c: string, n: string) => `r="${c}${Number(n) + 10 * (k + 1)}"`),
    ).join('\n');
    const xml = SHEET.replace('</sheetData>', `${many}${long}</sheetData>`);
    const whole = await read([xml]);
    expect(whole.length).toBeGreaterThan(1000);
    expect(whole.at(-1)!.cells[1]).toEqual(text('Ia & Grai '.repeat(400)));
    const bytes = new TextEncoder().encode(xml);
    for (const size of [2047, 2048, 2049, 3001, 4099, 16384, 65536]) {
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      expect(await read(chunks)).toEqual(whole);
    }
  });

  it('reads tags with a namespace prefix', async () => {
    const prefixed = SHEET.replace(/<(\/?)(?!\?|!)/g, '<$1x:');
    expect(await read([prefixed])).toEqual(expected);
  });
});

describe('a broken sheet part', () => {
  it('does not pile up text that is no value, and refuses markup that never ends', async () => {
    const junk = 'x'.repeat(64 * 1024);
    const rows = await read([SHEET.replace('</sheetData>', ''), ...Array<string>(40).fill(junk)]);
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ number: 1 }),
        expect.objectContaining({ number: 5 }),
      ]),
    );
    await expect(read(['<worksheet><sheetData><row r="1"', ...Array<string>(40).fill(junk)])).rejects.toThrow(
      /unterminated/,
    );
  });
});
