import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNELS } from '../../shared/api/bridge';
import { tempContext, tempDir } from '../helpers/tmp';
import { electronMock, recorded } from './fake-electron';

vi.mock('electron', () => electronMock);

const { registerIpc } = await import('../../electron/main/ipc');
const { createMainWindow } = await import('../../electron/main/window');
const { pdfTempName } = await import('../../electron/main/print-pdf');
const { APP_URL } = await import('../../electron/main/app-protocol');

const fromApp = { senderFrame: { url: APP_URL, parent: null }, sender: {} };
const bytes = (s: string) => new TextEncoder().encode(s);
const PDF = bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);

type Outcome = { ok: true; result: unknown } | { ok: false; message: string };
const call = async (channel: string, arg: unknown) =>
  (await recorded.ipc.get(channel)!(fromApp, arg)) as Outcome;

/** Every file under a folder, as paths relative to it. */
function filesUnder(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(root, join(d.parentPath, d.name)));
}

let temp: string;
let documents: string;

beforeEach(() => {
  recorded.ipc.clear();
  recorded.windows.length = 0;
  recorded.openedPaths.length = 0;
  temp = tempDir();
  documents = tempDir();
  recorded.paths = { temp, documents };
  createMainWindow();
  const ctx = tempContext();
  registerIpc(() => ctx);
});

describe('printPdf', () => {
  it('writes only a .pdf into its own temp folder and opens that, whatever name the renderer sent', async () => {
    for (const name of [
      'lenh.bat',
      '..\\..\\Startup\\run.cmd',
      '../../x.exe',
      'báo cáo tháng 6.pdf',
      'CON',
    ]) {
      recorded.openedPaths.length = 0;
      expect(await call(BRIDGE_CHANNELS.printPdf, { name, mime: 'application/pdf', data: PDF })).toEqual({
        ok: true,
        result: undefined,
      });
      const [opened] = recorded.openedPaths;
      expect(opened, name).toMatch(/\.pdf$/);
      expect(relative(temp, opened!).startsWith('..'), name).toBe(false);
      expect(dirname(opened!).startsWith(join(temp, 'bhxh-gia-lai-in') + sep), name).toBe(true);
      expect(readFileSync(opened!)).toEqual(Buffer.from(PDF));
    }
    const written = filesUnder(temp);
    expect(written).toHaveLength(5);
    expect(written.every((f) => f.endsWith('.pdf'))).toBe(true);
    expect(written.some((f) => f.endsWith(`${sep}báo cáo tháng 6.pdf`))).toBe(true);
  });

  it('refuses bytes that are not a PDF: nothing written, nothing opened', async () => {
    for (const data of [bytes('@echo off\r\nformat c:'), ZIP, bytes('%PDF'), new Uint8Array(0)]) {
      expect(await call(BRIDGE_CHANNELS.printPdf, { name: 'in.pdf', mime: 'application/pdf', data })).toEqual(
        {
          ok: false,
          message: 'Tệp gửi in không phải là tệp PDF.',
        },
      );
    }
    expect(filesUnder(temp)).toEqual([]);
    expect(recorded.openedPaths).toEqual([]);
  });

  it('sweeps prints older than a day from its temp folder, and only those', async () => {
    const root = join(temp, 'bhxh-gia-lai-in');
    const old = join(root, 'cu', 'bao-cao.pdf');
    const recent = join(root, 'moi', 'bao-cao.pdf');
    for (const f of [old, recent]) {
      mkdirSync(dirname(f), { recursive: true });
      writeFileSync(f, PDF);
    }
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    utimesSync(dirname(old), twoDaysAgo, twoDaysAgo);
    const outside = join(temp, 'khac.pdf');
    writeFileSync(outside, PDF);
    utimesSync(outside, twoDaysAgo, twoDaysAgo);

    expect(
      await call(BRIDGE_CHANNELS.printPdf, { name: 'a.pdf', mime: 'application/pdf', data: PDF }),
    ).toMatchObject({
      ok: true,
    });
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
    expect(existsSync(outside)).toBe(true);
    expect(filesUnder(root)).toHaveLength(2);
  });

  it('names the temp file after the report, as a plain .pdf name Windows accepts', () => {
    expect(pdfTempName('bao-cao-tien-do-2025-06.pdf')).toBe('bao-cao-tien-do-2025-06.pdf');
    expect(pdfTempName('lenh.bat')).toBe('lenh.pdf');
    expect(pdfTempName('C:\\Users\\a\\Startup\\x.cmd')).toBe('x.pdf');
    expect(pdfTempName('a<b>:c?.pdf')).toBe('abc.pdf');
    expect(pdfTempName('a\u0000b\nc\u007f.pdf')).toBe('abc.pdf');
    expect(pdfTempName('..')).toBe('bao-cao.pdf');
    expect(pdfTempName('nul.txt')).toBe('_nul.pdf');
    expect(pdfTempName('Ba\u0300o ca\u0301o.pdf')).toBe('Bào cáo.pdf'.normalize('NFC'));
  });
});

describe('openSaved', () => {
  async function saveAs(target: string, name: string, data: Uint8Array): Promise<string> {
    recorded.saveDialogPath = target;
    const out = await call(BRIDGE_CHANNELS.saveFile, { name, mime: 'application/octet-stream', data });
    recorded.saveDialogPath = '';
    if (!out.ok || typeof out.result !== 'string') throw new Error('không lưu được');
    return out.result;
  }

  it('opens a report or workbook the app saved', async () => {
    for (const [file, data] of [
      ['bao-cao.pdf', PDF],
      ['bao-cao.xlsx', ZIP],
      ['bao-cao.docx', ZIP],
      ['BAO-CAO.PDF', PDF],
    ] as const) {
      const id = await saveAs(join(documents, file), file, data);
      expect(await call(BRIDGE_CHANNELS.openSaved, id)).toEqual({ ok: true, result: undefined });
      expect(recorded.openedPaths.at(-1)).toBe(join(documents, file));
    }
  });

  it('refuses any other extension, even for a file it saved', async () => {
    for (const file of [
      'chay.bat',
      'chay.cmd',
      'x.exe',
      'x.lnk',
      'x.js',
      'sao-luu.db',
      'bao-cao.pdf.exe',
      'x',
    ]) {
      const id = await saveAs(join(documents, file), 'bao-cao.pdf', PDF);
      expect(await call(BRIDGE_CHANNELS.openSaved, id), file).toEqual({
        ok: false,
        message: 'Ứng dụng chỉ mở tệp PDF, Excel (.xlsx) hoặc Word (.docx) mà nó đã lưu.',
      });
    }
    expect(recorded.openedPaths).toEqual([]);
  });

  it('refuses a saved file whose content no longer matches its extension', async () => {
    const target = join(documents, 'bao-cao.xlsx');
    const id = await saveAs(target, 'bao-cao.xlsx', ZIP);
    writeFileSync(target, '@echo off');
    expect(await call(BRIDGE_CHANNELS.openSaved, id)).toEqual({
      ok: false,
      message: 'Tệp đã lưu không còn nữa hoặc đã bị thay đổi nên không được mở.',
    });
    const pdfAsXlsx = await saveAs(join(documents, 'khac.xlsx'), 'khac.xlsx', PDF);
    expect(await call(BRIDGE_CHANNELS.openSaved, pdfAsXlsx)).toMatchObject({ ok: false });
    expect(recorded.openedPaths).toEqual([]);
  });

  it('refuses paths and ids it never handed out', async () => {
    const pdf = join(documents, 'khong-do-app-luu.pdf');
    writeFileSync(pdf, PDF);
    for (const arg of [pdf, '00000000-0000-4000-8000-000000000000', 42]) {
      expect(await call(BRIDGE_CHANNELS.openSaved, arg)).toMatchObject({ ok: false });
    }
    expect(recorded.openedPaths).toEqual([]);
  });

  it('reports a failed write in Vietnamese, without the English message or the path', async () => {
    recorded.saveDialogPath = join(documents, 'khong-co-thu-muc', 'bao-cao.pdf');
    const out = await call(BRIDGE_CHANNELS.saveFile, {
      name: 'bao-cao.pdf',
      mime: 'application/pdf',
      data: PDF,
    });
    recorded.saveDialogPath = '';
    expect(out).toEqual({ ok: false, message: 'Không tìm thấy tệp hoặc thư mục.' });
  });
});
