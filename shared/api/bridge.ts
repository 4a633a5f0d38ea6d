import type { ApiInput, ApiMethod, ApiOutput, ApiResponse } from './contract';
import type { FileInput, FileOutput } from './files';

/**
 * What the Electron preload exposes as `window.bhxh`, and nothing more: the typed API (validated again
 * in the main process) and the platform services. Saving goes through a main-process dialog; the renderer
 * gets an opaque id back, never a path it could write to.
 */
export interface BhxhBridge {
  invoke<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResponse<ApiOutput<M>>>;
  /** Shows the save dialog and writes; the id of the saved file, or null when cancelled. */
  saveFile(file: FileOutput): Promise<string | null>;
  openSaved(id: string): Promise<void>;
  pickFiles(options: { multiple: boolean; accept: string[] }): Promise<FileInput[] | null>;
  printPdf(file: FileOutput): Promise<void>;
}

/** IPC channel names shared by the preload and the main process. */
export const BRIDGE_CHANNELS = {
  invoke: 'bhxh:invoke',
  saveFile: 'bhxh:save-file',
  openSaved: 'bhxh:open-saved',
  pickFiles: 'bhxh:pick-files',
  printPdf: 'bhxh:print-pdf',
} as const;

declare global {
  interface Window {
    bhxh?: BhxhBridge;
  }
}
