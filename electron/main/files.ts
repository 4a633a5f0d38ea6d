import { app, dialog, shell, type BrowserWindow } from 'electron';
import { randomUUID } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { FileInput, FileOutput } from '../../shared/api/files';
import { hasOpenableContent, isOpenableExtension } from './open-policy';
import { ShellRefusal } from './refusal';

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

/**
 * Opens a file this app saved with the system's program for it — only a report or workbook (.pdf, .xlsx,
 * .docx) that still looks like one: whatever name the clerk typed in the dialog, a script is never launched.
 */
export async function openSaved(id: string): Promise<void> {
  const path = saved.get(id);
  if (!path) throw new ShellRefusal('Không tìm thấy tệp đã lưu.');
  if (!isOpenableExtension(path))
    throw new ShellRefusal('Ứng dụng chỉ mở tệp PDF, Excel (.xlsx) hoặc Word (.docx) mà nó đã lưu.');
  if (!hasOpenableContent(path))
    throw new ShellRefusal('Tệp đã lưu không còn nữa hoặc đã bị thay đổi nên không được mở.');
  if (await shell.openPath(path))
    throw new ShellRefusal('Không mở được tệp: máy chưa có chương trình để mở loại tệp này.');
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
    if (statSync(p).size > MAX_PICK_BYTES)
      throw new ShellRefusal(`Tệp "${basename(p)}" quá lớn (tối đa 200 MB).`);
    return { name: basename(p), data: new Uint8Array(readFileSync(p)) };
  });
}
