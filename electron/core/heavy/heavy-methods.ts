import type { ApiMethod, ApiResponse } from '../../../shared/api/contract';
import type { JsonAnswer } from './json-body';

/**
 * The calls that can take seconds (reading a big workbook, writing 100,000 figures in one transaction,
 * putting them back, drawing a report): they run in a worker thread with its own connection, so the
 * thread that answers the window (the Electron main process, the web server) never stops for them.
 * The import previews live in that worker, so every call that names a preview goes there too.
 */
export const HEAVY_METHODS: ReadonlySet<ApiMethod> = new Set<ApiMethod>([
  'imports.preview',
  'imports.commit',
  'imports.discard',
  'imports.problemsWorkbook',
  'imports.undo',
  'reports.render',
]);

/**
 * Calls that write through the answering thread's own connection. They wait for the heavy calls queued
 * before them instead of meeting the worker's write lock: SQLite's busy wait is synchronous and would
 * stop the answering thread for up to the busy timeout.
 */
export const QUEUED_WRITES: ReadonlySet<ApiMethod> = new Set<ApiMethod>([
  'units.save',
  'units.setActive',
  'units.import',
  'units.loadShipped',
  'values.set',
  'plans.save',
  'targets.set',
  'targets.import',
  'reports.texts.save',
  'settings.save',
  'db.backup',
]);

/** A restore swaps the file: the worker's connection must be closed first and a fresh one opened after. */
export const RESTORES: ReadonlySet<ApiMethod> = new Set<ApiMethod>(['db.restore', 'db.restoreUpload']);

/** What the dispatcher needs from the worker host (kept apart so the context does not load worker_threads). */
export interface HeavyCalls {
  /** Runs a heavy method in the worker, after everything queued before it. */
  run(method: ApiMethod, input: unknown): Promise<ApiResponse<unknown>>;
  /** The same for the browser mode: the request's JSON body in, the answer's JSON bytes out, both made there. */
  runJson(method: ApiMethod, body: Uint8Array): Promise<JsonAnswer>;
  /** Runs `fn` on this thread in the queue's order; `recycle` closes the worker's connection first. */
  turn<T>(fn: () => T | Promise<T>, options?: { recycle?: boolean }): Promise<T>;
  /** Stops the worker now (a call in flight is rolled back and answered with an error). */
  close(): Promise<void>;
}
