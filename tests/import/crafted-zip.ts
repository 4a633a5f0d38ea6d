/**
 * Hand-written zips for the archive tests: entries whose headers declare one size while their deflate
 * stream inflates to another, built without ever holding the inflated bytes (a 6 GB bomb is 6 MB here).
 */
import { constants, deflateRawSync } from 'node:zlib';

const MB = 1024 * 1024;
/** Repeats with a short period, so deflate reaches its best ratio (about 1000:1), and parses as XML. */
const FILLER = Buffer.alloc(MB, '<x/>');

export interface CraftedEntry {
  name: string;
  /** A deflate stream (raw): from `deflated` or `inflating`. */
  deflated: Buffer;
  /** What the local and central headers say the entry inflates to. */
  declares: number;
}

/** Raw deflate of `text`, flushed but not final, so more blocks can follow it. */
function openBlock(text: string): Buffer {
  return deflateRawSync(Buffer.from(text), { finishFlush: constants.Z_SYNC_FLUSH });
}

/** 1 MB of cells with varied figures: compresses about as much as a real sheet (5–10×), not like a bomb. */
export function sheetLikeFiller(): Buffer {
  let seed = 7;
  const parts: string[] = [];
  let size = 0;
  while (size < MB) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const cell = `<c r="B${seed % 97}"><v>${seed % 1009}</v></c>`;
    parts.push(cell);
    size += cell.length;
  }
  return Buffer.from(parts.join('')).subarray(0, MB);
}

/** An empty final block (fixed Huffman, end-of-block only). */
const FINAL = Buffer.from([0x03, 0x00]);

/**
 * `prefix` then about `bytes` of `<x/>` filler. Each 1 MB block is deflated on its own, so its
 * back-references stay inside it and the same compressed block can be repeated.
 */
export function inflating(prefix: string, bytes: number, filler: Buffer = FILLER): Buffer {
  const block = deflateRawSync(filler, { finishFlush: constants.Z_SYNC_FLUSH });
  const n = Math.ceil(bytes / MB);
  return Buffer.concat([openBlock(prefix), ...Array<Buffer>(n).fill(block), FINAL]);
}

/** An honest entry: its text deflated, its true size declared. */
export function honest(name: string, text: string): CraftedEntry {
  const data = Buffer.from(text);
  return { name, deflated: deflateRawSync(data), declares: data.length };
}

/** A zip of deflated entries with the sizes they declare (CRCs left at 0: nothing on the read path checks them). */
export function craftZip(entries: CraftedEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(e.deflated.length, 18);
    local.writeUInt32LE(e.declares, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(e.deflated.length, 20);
    cd.writeUInt32LE(e.declares, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    locals.push(local, name, e.deflated);
    central.push(cd, name);
    offset += 30 + name.length + e.deflated.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';

/** The parts around one sheet that make the zip read as a workbook. */
function frame(): CraftedEntry[] {
  return [
    honest(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    honest(
      'xl/workbook.xml',
      '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Số liệu" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    honest(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
  ];
}

/**
 * A workbook whose one part (`xl/worksheets/sheet1.xml` or `xl/sharedStrings.xml`) declares `declares`
 * bytes but inflates to about `inflates`, as the 12.9 MB file that declared 5 MB and inflated to 6 GB.
 */
export function bombWorkbook(opts: {
  part?: 'sheet' | 'sharedStrings';
  declares: number;
  inflates: number;
}): Buffer {
  const part = opts.part ?? 'sheet';
  const entries = frame();
  if (part === 'sharedStrings') {
    entries.push({
      name: 'xl/sharedStrings.xml',
      deflated: inflating(
        '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>',
        opts.inflates,
      ),
      declares: opts.declares,
    });
    entries.push(honest('xl/worksheets/sheet1.xml', `${SHEET_HEAD}</sheetData></worksheet>`));
  } else
    entries.push({
      name: 'xl/worksheets/sheet1.xml',
      deflated: inflating(SHEET_HEAD, opts.inflates),
      declares: opts.declares,
    });
  return craftZip(entries);
}

export const MiB = MB;
