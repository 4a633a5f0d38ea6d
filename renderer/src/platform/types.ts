import type { FileInput, FileOutput } from '../../../shared/api/files';

/**
 * What differs between the desktop app and the browser mode. The renderer never handles a path it could
 * write to: in Electron the main process shows the dialog and writes; in the browser it is a download.
 */
export interface Platform {
  kind: 'electron' | 'browser';
  /** Asks where to save and saves; resolves to an opaque id to open it later, or null if cancelled. */
  saveFile(file: FileOutput): Promise<string | null>;
  /** Opens a file saved by saveFile with the system's default program (no-op in the browser). */
  openSaved(id: string): Promise<void>;
  /** System file picker for .xlsx (and other accepted types); null when cancelled. */
  pickFiles(options: { multiple: boolean; accept: string[] }): Promise<FileInput[] | null>;
  /** Prints a PDF (Electron: a print dialog; browser: opens it in a tab to print). */
  printPdf(file: FileOutput): Promise<void>;
}

let current: Platform | null = null;

export function setPlatform(p: Platform): void {
  current = p;
}

export function platform(): Platform {
  if (!current) throw new Error('platform not set');
  return current;
}
