/**
 * The browser mode's JSON bodies, read and written with Node's native base64. Kept apart from the web
 * server so the heavy worker can do the same work: an upload of tens of MB decoded, or a preview's answer
 * of thousands of rows encoded, would otherwise stop the thread that answers every other call.
 */
import { CodecError, decodeJson, encodeJson } from '../../../shared/api/codec';
import type { ApiMethod, ApiResponse } from '../../../shared/api/contract';
import { pausePoint } from '../services/test-pause';

export const UNREADABLE_BODY = 'Dữ liệu gửi lên không đọc được (JSON hỏng).';

/** An HTTP answer ready to send: its status and its UTF-8 JSON bytes. */
export interface JsonAnswer {
  status: number;
  json: Uint8Array;
  ok: boolean;
}

const asBuffer = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

/** The request's value, or null when the body is not our JSON (broken text, a damaged base64 file). */
export function decodeBody(body: Uint8Array): { input: unknown } | null {
  if (!body.length) return { input: {} };
  try {
    return { input: decodeJson(asBuffer(body).toString('utf8'), (s) => Buffer.from(s, 'base64')) };
  } catch (e) {
    if (e instanceof SyntaxError || e instanceof CodecError) return null;
    throw e;
  }
}

export function encodeAnswer(envelope: ApiResponse<unknown>, status = 200): JsonAnswer {
  const text = encodeJson(envelope, (b) => asBuffer(b).toString('base64'));
  return { status, json: Buffer.from(text, 'utf8'), ok: envelope.ok };
}

/** Decodes `body`, runs the call (which validates it against the contract) and encodes its answer. */
export async function answerBody(
  method: ApiMethod,
  body: Uint8Array,
  run: (input: unknown) => Promise<ApiResponse<unknown>>,
): Promise<JsonAnswer> {
  // Test seams: whichever thread reads the upload or writes the answer stops here.
  pausePoint(`decode:${method}`);
  const decoded = decodeBody(body);
  if (!decoded) return encodeAnswer({ ok: false, error: { code: 'refused', message: UNREADABLE_BODY } }, 400);
  const envelope = await run(decoded.input);
  pausePoint(`encode:${method}`);
  return encodeAnswer(envelope);
}
