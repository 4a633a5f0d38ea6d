import { app, dialog, shell, type BrowserWindow } from 'electron';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { FileInput, FileOutput } from '../../shared/api/files';

/** Same cap as the browser mode: a workbook far beyond a district sheet is refused before it is read. */
const MAX_PICK_BYTES = 200 * 1024 * 1024;

/** Files saved through the dialog, by opaque id: the renderer can ask to open one, never name a path. */
const saved = new Map<string, string>();

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.pdf': { name: 'Tệp PDF', extensions: ['pdf'] },
  '.xlsx': { name: 'Sổ tính Excel', extensions: ['xlsx'] },
  '.docx': { name: 'Văn bản Word', extensions: ['docx'] },
  '.db': { name: 'Tệp sao lưu cơ sở dữ liệu', extensions: ['db'] },
};

export async function saveFile(win: BrowserWindow, file: FileOutput): Promise<string | null> {
  const name = basename(file.name);
  const filter = FILTERS[extname(name).toLowerCase()];
  const result = await dialog.showSaveDialog(win, {
    title: 'Lưu tệp',
    defaultPath: join(app.getPath('documents'), name),
    buttonLabel: 'Lưu',
    filters: filter ? [filter] : [],
  });
  if (result.canceled || !result.filePath) return null;
  writeFileSync(result.filePath, file.data);
  const id = randomUUID();
  saved.set(id, result.filePath);
  return id;
}

export async function openSaved(id: string): Promise<void> {
  const path = saved.get(id);
  if (!path) throw new Error('Không tìm thấy tệp đã lưu.');
  const error = await shell.openPath(path);
  if (error) throw new Error(`Không mở được tệp: ${error}`);
}

export async function pickFiles(
  win: BrowserWindow,
  options: { multiple: boolean; accept: string[] },
): Promise<FileInput[] | null> {
  const extensions = options.accept.map((a) => a.replace(/^\./, '')).filter((a) => /^[a-z0-9]+$/i.test(a));
  const result = await dialog.showOpenDialog(win, {
    title: 'Chọn tệp',
    buttonLabel: 'Chọn',
    properties: options.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
    filters: extensions.length ? [{ name: 'Tệp được hỗ trợ', extensions }] : [],
  });
  if (result.canceled || result.filePaths.length === 0) return null;
  return result.filePaths.map((p) => {
    if (statSync(p).size > MAX_PICK_BYTES) throw new Error(`Tệp "${basename(p)}" quá lớn (tối đa 200 MB).`);
    return { name: basename(p), data: new Uint8Array(readFileSync(p)) };
  });
}

/**
 * Printing a PDF from Chromium's viewer prints blank pages, so the PDF is handed to the system's PDF
 * program, which has its own print dialog.
 */
export async function printPdf(file: FileOutput): Promise<void> {
  const dir = join(app.getPath('temp'), 'bhxh-gia-lai-in');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${Date.now()}-${basename(file.name)}`);
  writeFileSync(path, file.data);
  const error = await shell.openPath(path);
  if (error) throw new Error(`Không mở được tệp để in: ${error}`);
}
