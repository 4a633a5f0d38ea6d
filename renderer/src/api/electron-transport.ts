import type { ApiMethod } from '../../../shared/api/contract';
import type { BhxhBridge } from '../../../shared/api/bridge';
import type { Transport } from './transport';

/** Desktop app: calls cross to the main process through the preload; Uint8Array travels as is over IPC. */
export function electronTransport(bridge: BhxhBridge): Transport {
  return {
    invoke: (method, input) => bridge.invoke(method as ApiMethod, input as never),
  };
}
