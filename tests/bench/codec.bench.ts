import { base64ToBytes, bytesToBase64 } from '../../shared/api/codec';
import { median, type BenchResult } from './timing';

/** The browser-mode file codec on a 30 MB workbook vs Node's own Buffer base64. */
export async function bench(): Promise<BenchResult[]> {
  const bytes = new Uint8Array(30 * 1024 * 1024).map((_, i) => (i * 7) & 255);
  const oursMs = await median(5, () => base64ToBytes(bytesToBase64(bytes)));
  const rawMs = await median(5, () => Buffer.from(Buffer.from(bytes).toString('base64'), 'base64'));
  return [{ name: 'file codec round trip, 30 MB', oursMs, rawMs, note: 'raw = Buffer base64' }];
}
