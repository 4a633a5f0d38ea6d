import { ZodError } from 'zod';
import {
  apiContract,
  describeInputError,
  isApiMethod,
  type ApiMethod,
  type ApiResponse,
} from '../../shared/api/contract';
import { PeriodError } from '../../shared/domain/period';
import type { CoreContext } from './context';
import { storageError } from './db/errors';
import { handlers } from './handlers';
import { HEAVY_METHODS, QUEUED_WRITES, RESTORES } from './heavy/heavy-methods';

/** What still answers while the database cannot be opened: enough to restore a backup. */
const RECOVERY_METHODS = new Set<ApiMethod>([
  'db.status',
  'db.info',
  'db.restore',
  'db.restoreUpload',
  'db.downloadBackup',
]);

/**
 * The single entry of the API for every transport (Electron IPC, the web server, tests): the input is
 * validated against the contract here, whatever sent it.
 */
export async function dispatch(
  ctx: CoreContext,
  method: string,
  rawInput: unknown,
): Promise<ApiResponse<unknown>> {
  if (!isApiMethod(method))
    return { ok: false, error: { code: 'not_found', message: `Không có chức năng "${method}".` } };
  const parsed = apiContract[method].input.safeParse(rawInput ?? {});
  if (!parsed.success)
    return { ok: false, error: { code: 'invalid_input', message: describeInputError(parsed.error) } };
  if (ctx.unavailable && !RECOVERY_METHODS.has(method))
    return { ok: false, error: { code: 'refused', message: ctx.unavailable } };
  const heavy = ctx.heavy;
  // The worker validates the input again against the same contract: it gets what was sent, not Zod's output.
  if (heavy && HEAVY_METHODS.has(method)) return heavy.run(method, rawInput ?? {});
  try {
    const handler = handlers[method] as (input: unknown, ctx: CoreContext) => unknown;
    const run = () => handler(parsed.data, ctx);
    let result: unknown;
    if (heavy && RESTORES.has(method)) result = await heavy.turn(run, { recycle: true });
    else if (heavy && QUEUED_WRITES.has(method)) result = await heavy.turn(run);
    else result = await run();
    return { ok: true, result };
  } catch (e) {
    return { ok: false, error: toApiError(e, method) };
  }
}

export function toApiError(
  e: unknown,
  method?: ApiMethod,
): { code: 'refused' | 'invalid_input' | 'not_found' | 'internal'; message: string } {
  if (e instanceof PeriodError) return { code: 'refused', message: e.message };
  // A refusal, or the lock, the disk or the file failing: its Vietnamese sentence, not SQLite's English.
  const refusal = storageError(e);
  if (refusal) return { code: refusal.code, message: refusal.message };
  if (e instanceof ZodError) return { code: 'invalid_input', message: describeInputError(e) };
  console.error(`[api] ${method ?? ''}`, e);
  return {
    code: 'internal',
    message:
      'Đã xảy ra lỗi không mong muốn trong chương trình; dữ liệu được giữ nguyên. Hãy thử lại hoặc báo cho người quản trị.',
  };
}
