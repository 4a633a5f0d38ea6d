import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ApiMethod, ApiResponse } from '../../../shared/api/contract';
import type { CoreContext } from '../context';
import { dispatch } from '../dispatch';
import type { HeavyCalls } from './heavy-methods';
import { IMPORT_YOUNG_GENERATION_MB, limitHeapGrowth } from './heap-settings';
import { answerBody, encodeAnswer, type JsonAnswer } from './json-body';
import {
  transferables,
  WORKER_READY,
  type HeavyCall,
  type HeavyReply,
  type HeavyRequest,
  type HeavyWorkerData,
} from './protocol';

/** The answer to a call whose worker died under it (killed, out of memory, a crash in a native module). */
export const WORKER_LOST =
  'Tác vụ bị dừng giữa chừng vì bộ phận xử lý gặp sự cố; phần chưa ghi xong đã được hủy, dữ liệu được giữ nguyên. Hãy thử lại.';

const lost = (): ApiResponse<unknown> => ({ ok: false, error: { code: 'internal', message: WORKER_LOST } });

/**
 * Where the worker's code is. From source (tsx, vitest) this module is TypeScript and so is the worker,
 * loaded through tsx. Bundled (out/cli, out/main), the worker is an entry of its own beside this chunk.
 * The names go through a variable so the bundlers leave this `new URL` alone.
 */
export function workerEntry(here = import.meta.url): { url: URL; execArgv?: string[] } {
  const ext = extname(fileURLToPath(here));
  const file = `heavy-worker${ext === '.ts' ? '.ts' : ext}`;
  if (ext !== '.ts') return { url: new URL(`./${file}`, here) };
  const tsx = pathToFileURL(createRequire(here).resolve('tsx')).href;
  return { url: new URL(`./${file}`, here), execArgv: ['--import', tsx] };
}

interface Waiting {
  /** null: the worker died under the call. */
  resolve: (reply: HeavyReply | null) => void;
}

/** Runs a call on this thread instead, for a process where the worker cannot start at all. */
export type InProcess = (method: ApiMethod, input: unknown) => Promise<ApiResponse<unknown>>;

export interface HeavyWorkerOptions {
  /** Where the worker's code is (tests point it elsewhere). */
  entry?: () => { url: URL; execArgv?: string[] };
  /** Where calls go when the first worker never loads (a packaged app that cannot find or read its file). */
  inProcess?: InProcess;
}

/**
 * Runs the heavy calls in one worker thread, one after another (two commits never race for the write
 * lock). A worker that dies answers its call with WORKER_LOST; the next call starts a fresh one. If the
 * very first worker never loads, the calls run on this thread from then on: slower to answer meanwhile,
 * but an import or a report must never fail because a thread could not start.
 */
export class HeavyWorker implements HeavyCalls {
  private worker: Promise<Worker> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private loadedOnce = false;
  private unusable = false;

  constructor(
    private readonly data: HeavyWorkerData,
    private readonly options: HeavyWorkerOptions = {},
  ) {}

  run(method: ApiMethod, input: unknown): Promise<ApiResponse<unknown>> {
    const here = this.options.inProcess;
    return this.enqueue(async () => {
      const reply = await this.call(
        { type: 'call', method, input },
        here && (async () => ({ id: 0, envelope: await here(method, input) })),
      );
      return reply && 'envelope' in reply ? reply.envelope : lost();
    });
  }

  runJson(method: ApiMethod, body: Uint8Array): Promise<JsonAnswer> {
    const here = this.options.inProcess;
    return this.enqueue(async () => {
      const reply = await this.call(
        { type: 'json', method, body },
        here && (async () => ({ id: 0, answer: await answerBody(method, body, (i) => here(method, i)) })),
      );
      return reply && 'answer' in reply ? reply.answer : encodeAnswer(lost());
    });
  }

  turn<T>(fn: () => T | Promise<T>, options: { recycle?: boolean } = {}): Promise<T> {
    return this.enqueue(async () => {
      if (options.recycle) await this.retire();
      return fn();
    });
  }

  async close(): Promise<void> {
    const w = await this.worker?.catch(() => null);
    if (w) await w.terminate();
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const result = this.queue.then(job, job);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** The worker's reply, null when it died under the call; `here` runs it on this thread instead. */
  private async call(
    call: HeavyCall,
    here: (() => Promise<HeavyReply>) | undefined,
  ): Promise<HeavyReply | null> {
    if (this.unusable && here) return here();
    let worker: Worker;
    try {
      worker = await this.spawn();
    } catch (e) {
      console.error('[heavy worker]', e);
      if (!this.loadedOnce && here) {
        // Nothing was sent yet (no buffer moved): the call can still run here whole.
        this.unusable = true;
        return here();
      }
      return null;
    }
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, { resolve });
      const request: HeavyRequest = { ...call, id };
      try {
        worker.postMessage(request, transferables(request));
      } catch {
        // A buffer that cannot be moved (shared with other data): copied instead.
        worker.postMessage(request);
      }
    });
  }

  /** The running worker, or a fresh one once it has loaded its code. */
  private spawn(): Promise<Worker> {
    if (this.worker) return this.worker;
    const { url, execArgv } = (this.options.entry ?? workerEntry)();
    limitHeapGrowth();
    const w = new Worker(url, {
      workerData: this.data,
      resourceLimits: { maxYoungGenerationSizeMb: IMPORT_YOUNG_GENERATION_MB },
      ...(execArgv ? { execArgv } : {}),
    });
    // The server or the window keeps the process alive; an idle worker must not.
    w.unref();
    const loaded = new Promise<Worker>((resolve, reject) => {
      w.on('message', (m: HeavyReply | typeof WORKER_READY) => {
        if (m === WORKER_READY) {
          this.loadedOnce = true;
          resolve(w);
          return;
        }
        const waiting = this.waiting.get(m.id);
        this.waiting.delete(m.id);
        waiting?.resolve(m);
      });
      w.on('error', (e) => {
        console.error('[heavy worker]', e);
        reject(e);
        this.lose(loaded);
      });
      w.on('exit', (code) => {
        reject(new Error(`heavy worker exited (${code}) before it loaded`));
        this.lose(loaded);
      });
    });
    this.worker = loaded;
    return loaded;
  }

  private lose(w: Promise<Worker>): void {
    if (this.worker !== w) return;
    this.worker = null;
    for (const waiting of this.waiting.values()) waiting.resolve(null);
    this.waiting.clear();
  }

  /** Lets the worker close its connection and end; a fresh one starts at the next heavy call. */
  private async retire(): Promise<void> {
    const w = await this.worker?.catch(() => null);
    if (!w) return;
    const ended = new Promise<void>((resolve) => w.once('exit', () => resolve()));
    w.postMessage({ type: 'close' } satisfies HeavyRequest);
    const timer = setTimeout(() => void w.terminate(), 5000);
    await ended;
    clearTimeout(timer);
  }
}

/**
 * Gives the browser mode and the desktop app their worker. An in-memory database cannot be shared with
 * another connection: its calls stay on this thread.
 */
export function attachHeavyWorker(
  ctx: CoreContext,
  resourcesDir?: string | null,
  entry?: HeavyWorkerOptions['entry'],
): void {
  if (ctx.dbPath === ':memory:') return;
  ctx.heavy = new HeavyWorker(
    { dbPath: ctx.dbPath, resourcesDir: resourcesDir ?? null },
    {
      entry,
      // Without a worker, dispatch runs the heavy calls itself: it must no longer find one.
      inProcess: (method, input) => {
        ctx.heavy = null;
        return dispatch(ctx, method, input);
      },
    },
  );
}
