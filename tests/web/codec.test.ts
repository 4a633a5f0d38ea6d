import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, CodecError, decodeJson, encodeJson } from '../../shared/api/codec';

describe('codec', () => {
  it('matches Node base64 for every length and byte value', () => {
    for (let n = 0; n < 70; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 31) % 256);
      const b64 = bytesToBase64(bytes);
      expect(b64).toBe(Buffer.from(bytes).toString('base64'));
      expect(Array.from(base64ToBytes(b64))).toEqual(Array.from(bytes));
    }
  });

  it('round-trips Uint8Array (and Buffer) nested in objects and arrays', () => {
    const value = {
      files: [{ name: 'a.xlsx', data: new Uint8Array([0, 1, 254, 255]) }],
      buf: Buffer.from('xin chào'),
      n: 1,
      s: 'Đak Pơ',
    };
    const back = decodeJson(encodeJson(value)) as typeof value;
    expect(back.files[0]!.data).toBeInstanceOf(Uint8Array);
    expect(Array.from(back.files[0]!.data)).toEqual([0, 1, 254, 255]);
    expect(new TextDecoder().decode(back.buf)).toBe('xin chào');
    expect(back.s).toBe('Đak Pơ');
  });

  // Its speed is measured by `npm run bench` (codec.bench.ts), not asserted here.
  it('round-trips a 30 MB workbook byte for byte', () => {
    const bytes = new Uint8Array(30 * 1024 * 1024).map((_, i) => i & 255);
    const back = base64ToBytes(bytesToBase64(bytes));
    expect(back.length).toBe(bytes.length);
    expect(back[12345]).toBe(12345 & 255);
    expect(back[bytes.length - 1]).toBe((bytes.length - 1) & 255);
  });

  it('refuses corrupt base64', () => {
    expect(() => base64ToBytes('abc')).toThrow(CodecError);
    expect(() => base64ToBytes('ab!=')).toThrow(CodecError);
    expect(() => decodeJson('{"f":{"$bytes":"@@@@"}}')).toThrow(CodecError);
  });
});
