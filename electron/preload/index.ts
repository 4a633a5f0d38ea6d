/**
 * Sandboxed preload: exposes `window.bhxh` (shared/api/bridge.ts) and nothing else — no ipcRenderer,
 * no Node. Everything it forwards is validated again in the main process.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_CHANNELS, type BhxhBridge } from '../../shared/api/bridge';

type Outcome<T> = { ok: true; result: T } | { ok: false; message: string };

async function platformCall<T>(channel: string, arg: unknown): Promise<T> {
  const outcome = (await ipcRenderer.invoke(channel, arg)) as Outcome<T>;
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
}

const bridge: BhxhBridge = {
  invoke: (method, input) => ipcRenderer.invoke(BRIDGE_CHANNELS.invoke, method, input),
  saveFile: (file) => platformCall(BRIDGE_CHANNELS.saveFile, file),
  openSaved: (id) => platformCall(BRIDGE_CHANNELS.openSaved, id),
  pickFiles: (options) => platformCall(BRIDGE_CHANNELS.pickFiles, options),
  printPdf: (file) => platformCall(BRIDGE_CHANNELS.printPdf, file),
};

contextBridge.exposeInMainWorld('bhxh', bridge);
