import type { ApiMethod, ApiResponse } from '../../../shared/api/contract';
import type { JsonAnswer } from './json-body';

/** What the answering thread gives the worker when it starts it. */
export interface HeavyWorkerData {
  dbPath: string;
  /** The Electron app's resources folder (fonts for the reports); absent from source and in the CLI. */
  resourcesDir?: string | null;
}

/** `json`: the HTTP body as received; the worker decodes it and sends the answer back encoded. */
export type HeavyCall =
  { type: 'call'; method: ApiMethod; input: unknown } | { type: 'json'; method: ApiMethod; body: Uint8Array };

export type HeavyRequest = (HeavyCall & { id: number }) | { type: 'close' };

export type HeavyReply = { id: number } & ({ envelope: ApiResponse<unknown> } | { answer: JsonAnswer });

/** Sent once the worker's code has loaded: until then a failure means it cannot start here at all. */
export const WORKER_READY = 'ready';

/** Below this a copy costs less than a thought. */
const TRANSFER_FROM = 64 * 1024;

/**
 * The big byte arrays of a message (uploaded workbooks, a rendered report), to be moved to the other
 * thread instead of copied: a copy of tens of MB would stop the answering thread for a while. Only
 * arrays at least this big are moved, which Node never carves out of its shared small-buffer pool;
 * the sender must not use them afterwards.
 */
export function transferables(value: unknown, depth = 0, found: ArrayBuffer[] = []): ArrayBuffer[] {
  if (value instanceof Uint8Array) {
    if (
      value.byteLength >= TRANSFER_FROM &&
      value.buffer instanceof ArrayBuffer &&
      !found.includes(value.buffer)
    )
      found.push(value.buffer);
  } else if (depth < 4 && value !== null && typeof value === 'object') {
    const items = Array.isArray(value) ? value : Object.values(value);
    // Files sit near the top (input.files[i].data, result.data); long lists hold no files.
    if (items.length <= 50) for (const v of items) transferables(v, depth + 1, found);
  }
  return found;
}
