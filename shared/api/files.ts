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
