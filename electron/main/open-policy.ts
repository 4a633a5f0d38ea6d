import { closeSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';

/**
 * Web pages the app may hand to the system browser. The screens link nowhere today; the national social
 * insurance site is the one address a help text could point to. Exact origins: no subdomain, port or login.
 */
export const EXTERNAL_ORIGINS: readonly string[] = ['https://baohiemxahoi.gov.vn'];

export function isAllowedExternal(raw: string): boolean {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return false;
  }
  if (u.username || u.password) return false;
  return EXTERNAL_ORIGINS.includes(u.origin);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04]; // .xlsx and .docx are zip packages

/**
 * What the system may open on the clerk's behalf, with the bytes each must start with: a report or workbook
 * the app wrote, never a script or a program whatever it is named.
 */
const OPENABLE: Record<string, readonly number[]> = {
  '.pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  '.xlsx': ZIP,
  '.docx': ZIP,
};

export function isOpenableExtension(path: string): boolean {
  return Object.hasOwn(OPENABLE, extname(path).toLowerCase());
}

export function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

export const PDF_MAGIC = OPENABLE['.pdf']!;

/** True when the file on disk still has the extension's signature (it may have been replaced since). */
export function hasOpenableContent(path: string): boolean {
  if (!isOpenableExtension(path)) return false;
  const magic = OPENABLE[extname(path).toLowerCase()]!;
  const head = new Uint8Array(magic.length);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    readSync(fd, head, 0, head.length, 0);
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
  return startsWith(head, magic);
}
