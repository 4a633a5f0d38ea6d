/**
 * JSON for the HTTP transport of the browser mode. Files cross the API as Uint8Array, which JSON cannot
 * carry: each one travels as a tagged object `{"$bytes": "<base64>"}` and is turned back into a
 * Uint8Array on the other side, so the dispatcher's zod schemas see the same values as over Electron IPC.
 * Pure (no Buffer, no node:*): the renderer and the web server share it.
 */

const TAG = '$bytes';
const VALID = /^[A-Za-z0-9+/]*={0,2}$/;

export class CodecError extends Error {}

/** Native base64 on Uint8Array (Chromium 140+, so Electron 45 and Debian's Chromium); absent in Node 24. */
type NativeBase64 = { toBase64?: (this: Uint8Array) => string };
type NativeFromBase64 = { fromBase64?: (s: string) => Uint8Array };

export function bytesToBase64(bytes: Uint8Array): string {
  const native = (Uint8Array.prototype as NativeBase64).toBase64;
  if (native) return native.call(bytes);
  // btoa takes a "binary string"; built in chunks (a multiple of 3 bytes, so the pieces join cleanly)
  // because one char per concatenation would be quadratic on tens of MB.
  const parts: string[] = [];
  const CHUNK = 3 * 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    parts.push(btoa(String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[])));
  }
  return parts.join('');
}

export function base64ToBytes(text: string): Uint8Array {
  if (text.length % 4 !== 0 || !VALID.test(text))
    throw new CodecError('Dữ liệu tệp gửi lên bị hỏng (base64 không hợp lệ).');
  const native = (Uint8Array as unknown as NativeFromBase64).fromBase64;
  if (native) return native(text);
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
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
