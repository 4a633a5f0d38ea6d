import { app, shell } from 'electron';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { FileOutput } from '../../shared/api/files';
import { PDF_MAGIC, startsWith } from './open-policy';
import { ShellRefusal } from './refusal';

/** Characters Windows refuses in a file name, and anything that could read as a path. */
const UNSAFE = /[<>:"/\\|?*]/g;

const withoutControls = (s: string) => [...s].filter((c) => c.charCodeAt(0) >= 0x20 && c !== '\x7f').join('');

/**
 * The name the PDF gets in the temp folder: the renderer's name reduced to a plain stem (it may carry an
 * extension, a path or characters Windows refuses), always ending in .pdf.
 */
export function pdfTempName(name: string): string {
  const base = basename(name.normalize('NFC').replace(/\\/g, '/'));
  const stem = withoutControls(base.slice(0, base.length - extname(base).length))
    .replace(UNSAFE, '')
    .replace(/[. ]+$/, '')
    .slice(0, 100);
  if (!stem) return 'bao-cao.pdf';
  // CON, NUL, COM1…: Windows reserves these names whatever the extension.
  return /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(stem) ? `_${stem}.pdf` : `${stem}.pdf`;
}

/** Where prints go: one fresh folder per print, so two prints of the same report never collide. */
export function printFolder(): string {
  return join(app.getPath('temp'), 'bhxh-gia-lai-in', randomUUID());
}

/**
 * Printing a PDF from Chromium's viewer prints blank pages, so the PDF is handed to the system's PDF
 * program, which has its own print dialog. The bytes come from the renderer: only a real PDF, under a .pdf
 * name, is written and opened — never a script the system would run.
 */
export async function printPdf(file: FileOutput): Promise<void> {
  if (!startsWith(file.data, PDF_MAGIC)) throw new ShellRefusal('Tệp gửi in không phải là tệp PDF.');
  const dir = printFolder();
  mkdirSync(dir, { recursive: true });
  const path = join(dir, pdfTempName(file.name));
  writeFileSync(path, file.data);
  if (await shell.openPath(path))
    throw new ShellRefusal('Không mở được tệp để in: máy chưa có chương trình đọc PDF.');
}
