import type { ApiMethod, ApiResponse } from '../../../shared/api/contract';

/** What the answering thread gives the worker when it starts it. */
export interface HeavyWorkerData {
  dbPath: string;
  /** The Electron app's resources folder (fonts for the reports); absent from source and in the CLI. */
  resourcesDir?: string | null;
}

export type HeavyRequest =
  { type: 'call'; id: number; method: ApiMethod; input: unknown } | { type: 'close' };

export interface HeavyReply {
  id: number;
  envelope: ApiResponse<unknown>;
}
