import type { ApiErrorCode, ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract';
import type { Transport } from './transport';

/** A refusal or failure from the core, with its Vietnamese message. */
export class ApiCallError extends Error {
  constructor(
    message: string,
    readonly code: ApiErrorCode,
  ) {
    super(message);
  }
}

let transport: Transport | null = null;

export function setTransport(t: Transport): void {
  transport = t;
}

/** The one typed entry to the core from the renderer. */
export async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  if (!transport) throw new ApiCallError('Ứng dụng chưa kết nối được với dữ liệu.', 'internal');
  const res = await transport.invoke(method, input);
  if (!res.ok) throw new ApiCallError(res.error.message, res.error.code);
  return res.result as ApiOutput<M>;
}
