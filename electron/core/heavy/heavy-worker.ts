/**
 * The worker thread behind HeavyWorker: its own connection to the same file (WAL lets the answering
 * thread keep reading while this one writes), the import previews, and one call at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ApiMethod, ApiResponse } from '../../../shared/api/contract';
import { backupDirFor, type CoreContext } from '../context';
import { openDatabase } from '../db/open';
import { dispatch, toApiError } from '../dispatch';
import { setResourcesDir } from '../reports/fonts';
import { pausePoint } from '../services/test-pause';
import { warmNewestSummary, WARMS_SUMMARY } from '../services/summary-warmup';
import { answerBody, encodeAnswer, type JsonAnswer } from './json-body';
import {
  transferables,
  WORKER_READY,
  type HeavyCall,
  type HeavyReply,
  type HeavyRequest,
  type HeavyWorkerData,
} from './protocol';

const port = parentPort!;
const data = workerData as HeavyWorkerData;
if (data.resourcesDir) setResourcesDir(data.resourcesDir);

let ctx: CoreContext | null = null;

/** Opened at the first call, so a file that cannot be opened is that call's Vietnamese error. */
function context(): CoreContext {
  ctx ??= {
    db: openDatabase(data.dbPath, { create: false }),
    dbPath: data.dbPath,
    backupDir: backupDirFor(data.dbPath),
    previews: new Map(),
    unavailable: null,
  };
  return ctx;
}

port.on('message', (m: HeavyRequest) => {
  if (m.type === 'close') {
    if (ctx?.db.open) ctx.db.close();
    process.exit(0);
  }
  void answer(m);
});

async function settle(method: ApiMethod, input: unknown): Promise<ApiResponse<unknown>> {
  try {
    return await dispatch(context(), method, input);
  } catch (e) {
    return { ok: false, error: toApiError(e, method) };
  }
}

async function answer(m: HeavyCall & { id: number }): Promise<void> {
  pausePoint(`heavy:${m.method}`);
  let reply: HeavyReply;
  let ok: boolean;
  if (m.type === 'call') {
    const envelope = await settle(m.method, m.input);
    reply = { id: m.id, envelope };
    ok = envelope.ok;
  } else {
    let answer: JsonAnswer;
    try {
      answer = await answerBody(m.method, m.body, (input) => settle(m.method, input));
    } catch (e) {
      answer = encodeAnswer({ ok: false, error: toApiError(e, m.method) });
    }
    reply = { id: m.id, answer };
    ok = answer.ok;
  }
  port.postMessage(reply, transferables(reply));
  // After the answer: the clerk does not wait for it, and the next heavy call at most for this.
  if (ok && WARMS_SUMMARY.has(m.method) && ctx) warmNewestSummary(ctx.db);
}

port.postMessage(WORKER_READY);
