import { z } from 'zod';

/** A file crossing the boundary as bytes; the renderer never handles a writable path. */
export const fileInput = z.object({
  name: z.string().min(1).max(260),
  data: z.instanceof(Uint8Array),
});
export type FileInput = z.infer<typeof fileInput>;

export interface FileOutput {
  name: string;
  mime: string;
  data: Uint8Array;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF_MIME = 'application/pdf';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * What the desktop app will open for the clerk once saved: a report or workbook. The main process checks
 * the same extensions (and the bytes); a .db backup is kept, never opened.
 */
export const OPENABLE_SAVED = ['.pdf', '.xlsx', '.docx'] as const;

export function canOpenSaved(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot >= 0 && (OPENABLE_SAVED as readonly string[]).includes(name.slice(dot).toLowerCase());
}
