/**
 * The worker thread behind HeavyWorker: its own connection to the same file (WAL lets the answering
 * thread keep reading while this one writes), the import previews, and one call at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ApiMethod } from '../../../shared/api/contract';
import { backupDirFor, type CoreContext } from '../context';
import { openDatabase } from '../db/open';
import { dispatch, toApiError } from '../dispatch';
import { setResourcesDir } from '../reports/fonts';
import { pausePoint } from '../services/test-pause';
import { warmNewestSummary, WARMS_SUMMARY } from '../services/summary-warmup';
import {
  transferables,
  WORKER_READY,
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
  void answer(m.id, m.method, m.input);
});

async function answer(id: number, method: ApiMethod, input: unknown): Promise<void> {
  pausePoint(`heavy:${method}`);
  let envelope: HeavyReply['envelope'];
  try {
    envelope = await dispatch(context(), method, input);
  } catch (e) {
    envelope = { ok: false, error: toApiError(e, method) };
  }
  port.postMessage({ id, envelope } satisfies HeavyReply, transferables(envelope));
  // After the answer: the clerk does not wait for it, and the next heavy call at most for this.
  if (envelope.ok && WARMS_SUMMARY.has(method) && ctx) warmNewestSummary(ctx.db);
}

port.postMessage(WORKER_READY);
