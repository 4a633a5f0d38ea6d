/**
 * JSON for the HTTP transport of the browser mode. Files cross the API as Uint8Array, which JSON cannot
 * carry: each one travels as a tagged object `{"$bytes": "<base64>"}` and is turned back into a
 * Uint8Array on the other side, so the dispatcher's zod schemas see the same values as over Electron IPC.
 * Pure (no Buffer, no node:*): the renderer and the web server share it.
 */

const TAG = '$bytes';
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

export class CodecError extends Error {}

export function bytesToBase64(bytes: Uint8Array): string {
  // Strings are built in chunks: one character per concatenation would be quadratic on tens of MB.
  const chunks: string[] = [];
  const CHUNK = 3 * 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    let s = '';
    let i = start;
    for (; i + 2 < end; i += 3) {
      const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
      s += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
    }
    const rest = end - i;
    if (rest === 1) {
      const n = bytes[i]! << 16;
      s += `${ALPHABET[n >> 18]!}${ALPHABET[(n >> 12) & 63]!}==`;
    } else if (rest === 2) {
      const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
      s += `${ALPHABET[n >> 18]!}${ALPHABET[(n >> 12) & 63]!}${ALPHABET[(n >> 6) & 63]!}=`;
    }
    chunks.push(s);
  }
  return chunks.join('');
}

export function base64ToBytes(text: string): Uint8Array {
  if (text.length % 4 !== 0) throw new CodecError('Dữ liệu tệp gửi lên bị hỏng (base64 không hợp lệ).');
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const a = sextet(text, i);
    const b = sextet(text, i + 1);
    const last = i + 4 === text.length;
    const c = last && pad === 2 ? 0 : sextet(text, i + 2);
    const d = last && pad >= 1 ? 0 : sextet(text, i + 3);
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = n >> 16;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

function sextet(text: string, i: number): number {
  const code = text.charCodeAt(i);
  const v = code < 128 ? DECODE[code]! : -1;
  if (v < 0) throw new CodecError('Dữ liệu tệp gửi lên bị hỏng (base64 không hợp lệ).');
  return v;
}

/** Value → JSON text, every Uint8Array (Buffer included) as a tagged base64 object. */
export function encodeJson(value: unknown, toBase64: (b: Uint8Array) => string = bytesToBase64): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    // The holder's raw value: a Node Buffer has a toJSON that would otherwise turn it into a number array.
    const raw = this[key];
    if (raw instanceof Uint8Array) return { [TAG]: toBase64(raw) };
    return v;
  });
}

/**
 * JSON text → value, tagged base64 objects back to Uint8Array. Throws CodecError or SyntaxError.
 * The server passes Node's native base64 (much faster on tens of MB); the browser uses the pure one.
 */
export function decodeJson(text: string, fromBase64: (s: string) => Uint8Array = base64ToBytes): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      if (typeof o[TAG] === 'string' && Object.keys(o).length === 1) return fromBase64(o[TAG]);
    }
    return v;
  });
}
