/**
 * The workbook's default font (the Normal style) as the report's: Times New Roman 10. Excel and LibreOffice
 * measure column widths in digits of that font, so with exceljs's fixed Calibri 11 a sheet prints at a
 * width that depends on whether Calibri is installed (LibreOffice without it draws columns a quarter wider
 * and shrinks the page to fit). Times New Roman exists on every office PC, and its metric twin Tinos
 * where the tests print. exceljs has no setting for it, hence the edit of styles.xml.
 */
import JSZip from 'jszip';
import { FONT_NAME } from './style';

const DEFAULT_FONT = `<font><sz val="10"/><color theme="1"/><name val="${FONT_NAME}"/><family val="1"/></font>`;

export async function withReportDefaultFont(xlsx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const part = zip.file('xl/styles.xml');
  if (!part) return xlsx;
  const styles = await part.async('string');
  zip.file('xl/styles.xml', styles.replace(/(<fonts\b[^>]*>)<font>.*?<\/font>/s, `$1${DEFAULT_FONT}`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
