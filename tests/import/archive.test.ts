/**
 * Zips whose headers under-declare what they inflate to: the Excel kit counts the bytes actually
 * inflated and stops every reader (district import, unit catalogue, targets appendix) at the bound.
 */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { handlers } from '../../electron/core/handlers';
import { LIMITS } from '../../electron/core/import/limits';
import { ArchiveRefused, openZip, type OpenedZip } from '../../electron/core/import/zip-entries';
import { listTargets } from '../../electron/core/repos/targets';
import { listUnits } from '../../electron/core/repos/units';
import { tempContext } from '../helpers/tmp';
import { bombWorkbook, craftZip, honest, inflating, MiB, sheetLikeFiller } from './crafted-zip';
import { observationCount } from './helpers';

const GiB = 1024 * MiB;
/** How far past a bound the meter may run: one inflater chunk (16 KB) and a little. */
const SLACK = 256 * 1024;

async function opened(data: Uint8Array, limits = LIMITS): Promise<OpenedZip> {
  const z = await openZip(data, limits);
  if ('tooMany' in z) throw new Error('too many entries');
  return z;
}

async function refusal(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ArchiveRefused);
  return (e as Error).message;
}

/** An entry that says what it really inflates to: `prefix` then `mb` MB of filler. */
function honestBig(name: string, mb: number, filler?: Buffer) {
  const prefix = '<a>';
  return { name, deflated: inflating(prefix, mb * MiB, filler), declares: prefix.length + mb * MiB };
}

describe('the zip meter', () => {
  it('cuts a part off at the size it declares, with its own message', async () => {
    const zip = await opened(bombWorkbook({ declares: 1 * MiB, inflates: 64 * MiB }));
    const message = await refusal(zip.measureAll());
    expect(message).toContain('bom nén');
    expect(message).toContain('xl/worksheets/sheet1.xml');
    expect(message).toContain('1 MB');
    expect(zip.inflated).toBeLessThan(1 * MiB + SLACK);
  });

  it('stops once the bytes inflated across parts pass the total bound (lowered for the test)', async () => {
    const data = craftZip([honestBig('a.xml', 2), honestBig('b.xml', 2)]);
    const limits = { ...LIMITS, maxUncompressedBytes: 3 * MiB };
    const zip = await opened(data, limits);
    const message = await refusal(zip.measureAll());
    expect(message).toMatch(/bom nén.*vượt quá 3 MB/);
    expect(zip.inflated).toBeGreaterThan(3 * MiB);
    expect(zip.inflated).toBeLessThan(3 * MiB + SLACK);
    // The same parts inside a larger bound are read to the end.
    const roomy = await opened(data, { ...limits, maxUncompressedBytes: 5 * MiB });
    await roomy.measureAll();
    expect(roomy.inflated).toBe(4 * MiB + 6);
  });

  it('stops at the real bound of 160 MB inflated, whatever the parts declare', async () => {
    const zip = await opened(craftZip([honestBig('a.xml', 100), honestBig('b.xml', 100)]));
    const message = await refusal(zip.measureAll());
    expect(message).toContain('vượt quá 160 MB');
    expect(zip.inflated).toBeLessThan(LIMITS.maxUncompressedBytes + SLACK);
  });

  it('calls a part that inflates to less than it declares broken, not a bomb', async () => {
    const short = { ...honest('a.xml', '<a/>'), declares: 100 };
    const message = await refusal((await opened(craftZip([short]))).measureAll());
    expect(message).toContain('bị hỏng');
    expect(message).not.toContain('bom nén');
  });
});

describe('every reader refuses a workbook that inflates past what it declares', () => {
  it('the importer: 6 GB behind a sheet that declares 5 MB, refused with the message, nothing written', async () => {
    const ctx = tempContext();
    const data = new Uint8Array(bombWorkbook({ declares: 5 * MiB, inflates: 6 * GiB }));
    const p = await handlers['imports.preview']({ files: [{ name: 'bom-6gb.xlsx', data }] }, ctx);
    expect(p.ok).toBe(false);
    expect(p.errors).toHaveLength(1);
    expect(p.errors[0]).toMatchObject({ file: 'bom-6gb.xlsx' });
    expect(p.errors[0]!.message).toMatch(/bom nén.*xl\/worksheets\/sheet1\.xml.*5 MB/);
    expect(observationCount(ctx)).toBe(0);
  });

  it('the importer: 2.1 GB behind shared strings (cached whole by exceljs) that declare 5 MB', async () => {
    const ctx = tempContext();
    const data = new Uint8Array(
      bombWorkbook({ part: 'sharedStrings', declares: 5 * MiB, inflates: 2.1 * GiB }),
    );
    const p = await handlers['imports.preview']({ files: [{ name: 'bom-2gb.xlsx', data }] }, ctx);
    expect(p.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/bom nén.*xl\/sharedStrings\.xml/),
    ]);
  });

  it('the unit catalogue and the targets appendix, through the API, writing nothing', async () => {
    const ctx = tempContext();
    const units = listUnits(ctx.db).length;
    const targets = listTargets(ctx.db).length;
    const data = new Uint8Array(bombWorkbook({ declares: 5 * MiB, inflates: 1 * GiB }));
    const u = await dispatch(ctx, 'units.import', { file: { name: 'danh-muc.xlsx', data } });
    expect(u.ok).toBe(false);
    expect(!u.ok && u.error.message).toMatch(/^danh-muc\.xlsx: .*bom nén/);
    const t = await dispatch(ctx, 'targets.import', {
      file: { name: 'phu-luc.xlsx', data },
      planNumber: '156/KH-UBND',
    });
    expect(t.ok).toBe(false);
    expect(!t.ok && t.error.message).toMatch(/^phu-luc\.xlsx: .*bom nén/);
    expect(listUnits(ctx.db)).toHaveLength(units);
    expect(listTargets(ctx.db)).toHaveLength(targets);
  });

  it('the catalogue and the appendix are loaded whole, so their bound is lower than a district file', async () => {
    const ctx = tempContext();
    // Honest sizes: 48 MB of XML is within a district file's 160 MB but not a loaded book's 40 MB.
    const data = new Uint8Array(
      craftZip([
        honest('[Content_Types].xml', '<Types/>'),
        honest('xl/workbook.xml', '<workbook/>'),
        honestBig('xl/worksheets/sheet1.xml', 48, sheetLikeFiller()),
      ]),
    );
    const u = await dispatch(ctx, 'units.import', { file: { name: 'dm.xlsx', data } });
    expect(!u.ok && u.error.message).toMatch(/quá lớn khi giải nén \(48 MB, tối đa 40 MB\)/);
  });
});
