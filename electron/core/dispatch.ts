import { ZodError } from 'zod';
import {
  apiContract,
  describeInputError,
  isApiMethod,
  UserError,
  type ApiMethod,
  type ApiResponse,
} from '../../shared/api/contract';
import { PeriodError } from '../../shared/domain/period';
import type { CoreContext } from './context';
import { DatabaseVersionError } from './db/open';
import { handlers } from './handlers';

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
  try {
    const handler = handlers[method] as (input: unknown, ctx: CoreContext) => unknown;
    return { ok: true, result: await handler(parsed.data, ctx) };
  } catch (e) {
    return { ok: false, error: toApiError(e, method) };
  }
}

export function toApiError(
  e: unknown,
  method?: ApiMethod,
): { code: 'refused' | 'invalid_input' | 'not_found' | 'internal'; message: string } {
  if (e instanceof UserError) return { code: e.code, message: e.message };
  if (e instanceof PeriodError || e instanceof DatabaseVersionError)
    return { code: 'refused', message: e.message };
  if (e instanceof ZodError) return { code: 'invalid_input', message: describeInputError(e) };
  console.error(`[api] ${method ?? ''}`, e);
  return {
    code: 'internal',
    message: `Đã xảy ra lỗi không mong muốn: ${e instanceof Error ? e.message : String(e)}`,
  };
}
