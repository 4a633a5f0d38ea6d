import type { ApiResponse } from '../../../shared/api/contract';

/** How a call reaches the core: Electron IPC through the preload, or HTTP in browser mode. */
export interface Transport {
  invoke(method: string, input: unknown): Promise<ApiResponse<unknown>>;
}
