import pdfmake, { type Content } from 'pdfmake';
import { deepNfc } from '../../../../shared/reports/document';
import { fontsDir, tinosFiles } from '../fonts';

export const FONT = 'Tinos';

/** Renders a document definition with the embedded Tinos font; no network, no file outside the fonts folder. */
export async function renderPdf(doc: Record<string, unknown> & { content: Content }): Promise<Uint8Array> {
  const dir = fontsDir();
  pdfmake.setFonts({ [FONT]: tinosFiles(dir) });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((p) => p.startsWith(dir));
  const definition = deepNfc({
    ...doc,
    defaultStyle: { font: FONT, fontSize: 11, lineHeight: 1.1, ...(doc.defaultStyle as object | undefined) },
  });
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
