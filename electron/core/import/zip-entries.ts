/**
 * The one way the Excel kit opens a workbook's zip: the central directory through yauzl, and every entry
 * inflated through a meter that counts the bytes actually produced. A forged directory can declare 5 MB
 * for an entry that inflates to 6 GB; the meter cuts it off at the size it declared, and stops the whole
 * file once the inflated total passes the limit, before the bytes reach exceljs or memory.
 */
import { Transform, Writable, pipeline, type Readable } from 'node:stream';
import yauzl from 'yauzl';
import { formatCount } from '../../../shared/format/vi';
import type { ReadLimits } from './limits';

/** A refusal a clerk reads as it is: the file is hostile or broken, nothing about it can be used. */
export class ArchiveRefused extends Error {}

export interface ZipEntryInfo {
  fileName: string;
  compressedSize: number;
  uncompressedSize: number;
}

export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${formatCount(Math.round(bytes / 1024 / 1024))} MB`;
  if (bytes >= 1024) return `${formatCount(Math.round(bytes / 1024))} KB`;
  return `${formatCount(bytes)} byte`;
}

const CORRUPT =
  'Tệp .xlsx bị hỏng (không đọc được cấu trúc nén). Hãy mở lại trong Excel, lưu lại rồi gửi lại.';

function lied(entry: ZipEntryInfo): string {
  return `Tệp có dấu hiệu "bom nén": phần ${entry.fileName} ghi kích thước ${sizeText(entry.uncompressedSize)} nhưng giải nén ra nhiều hơn thế, nên bị từ chối để bảo vệ máy.`;
}

function overTotal(limit: number): string {
  return `Tệp có dấu hiệu "bom nén": dữ liệu giải nén đã vượt quá ${sizeText(limit)}, vượt xa một bảng số liệu báo cáo, nên bị từ chối để bảo vệ máy.`;
}

export class OpenedZip {
  /** Bytes inflated so far, every entry of this file together. */
  inflated = 0;
  private readonly byName = new Map<string, yauzl.Entry>();

  constructor(
    private readonly zip: yauzl.ZipFile,
    readonly entries: readonly yauzl.Entry[],
    private readonly limits: Pick<ReadLimits, 'maxUncompressedBytes'>,
  ) {
    for (const e of entries) if (!this.byName.has(e.fileName)) this.byName.set(e.fileName, e);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The entry's bytes through the meter; errors with ArchiveRefused when it inflates past its bounds. */
  async open(name: string): Promise<Readable> {
    const entry = this.byName.get(name);
    if (!entry) throw new ArchiveRefused(CORRUPT);
    let raw: Readable;
    try {
      raw = await this.zip.openReadStreamPromise(entry, {});
    } catch {
      throw new ArchiveRefused(CORRUPT);
    }
    const metered = this.meter(entry);
    // pipeline tears the inflater down with the meter, so a refused entry stops inflating at once.
    pipeline(raw, metered, () => {});
    return metered;
  }

  /** Inflates every entry into nothing: proves the whole file stays inside its bounds before a loader sees it. */
  async measureAll(): Promise<void> {
    for (const e of this.entries) {
      if (e.fileName.endsWith('/')) continue;
      const s = await this.open(e.fileName);
      await new Promise<void>((resolve, reject) => {
        pipeline(s, new Writable({ write: (_c, _e, cb) => cb() }), (err) => (err ? reject(err) : resolve()));
      });
    }
  }

  close(): void {
    this.zip.close();
  }

  private meter(entry: ZipEntryInfo): Transform {
    let seen = 0;
    const max = this.limits.maxUncompressedBytes;
    return new Transform({
      transform: (chunk: Buffer, _enc, cb) => {
        seen += chunk.length;
        this.inflated += chunk.length;
        if (seen > entry.uncompressedSize) return cb(new ArchiveRefused(lied(entry)));
        if (this.inflated > max) return cb(new ArchiveRefused(overTotal(max)));
        cb(null, chunk);
      },
      flush: (cb) => cb(seen < entry.uncompressedSize ? new ArchiveRefused(CORRUPT) : null),
    });
  }
}

/**
 * Opens the zip and reads its central directory (names and declared sizes, no content). Past
 * `maxZipEntries` it stops reading and answers `tooMany`.
 */
export function openZip(
  data: Uint8Array,
  limits: Pick<ReadLimits, 'maxZipEntries' | 'maxUncompressedBytes'>,
): Promise<OpenedZip | { tooMany: true }> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      Buffer.from(data.buffer, data.byteOffset, data.byteLength),
      // Our meter checks sizes with a Vietnamese message; yauzl's own check would answer in English.
      { lazyEntries: true, autoClose: false, validateEntrySizes: false },
      (err, zip) => {
        if (err || !zip) return reject(new ArchiveRefused(CORRUPT));
        if (zip.entryCount > limits.maxZipEntries) {
          zip.close();
          return resolve({ tooMany: true });
        }
        const entries: yauzl.Entry[] = [];
        zip.on('entry', (e: yauzl.Entry) => {
          entries.push(e);
          zip.readEntry();
        });
        zip.on('end', () => resolve(new OpenedZip(zip, entries, limits)));
        zip.on('error', () => reject(new ArchiveRefused(CORRUPT)));
        zip.readEntry();
      },
    );
  });
}

export const CORRUPT_ZIP_MESSAGE = CORRUPT;
