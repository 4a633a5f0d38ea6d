import { app, shell } from 'electron';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/** A print handed to the PDF program is left for it to read; after a day nobody needs it any more. */
const KEEP_PRINTS_MS = 24 * 60 * 60 * 1000;

/**
 * Where prints go: one fresh folder per print, so two prints of the same report never collide. Older prints
 * are swept on the way, so the temp folder does not fill up with every report ever printed.
 */
export function printFolder(): string {
  const root = join(app.getPath('temp'), 'bhxh-gia-lai-in');
  sweepOldPrints(root, Date.now() - KEEP_PRINTS_MS);
  return join(root, randomUUID());
}

function sweepOldPrints(root: string, before: number): void {
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return; // no prints yet
  }
  for (const name of entries) {
    const path = join(root, name);
    try {
      if (statSync(path).mtimeMs < before) rmSync(path, { recursive: true, force: true });
    } catch {
      // Still open in the PDF program (Windows locks it): next time.
    }
  }
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
