import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const REGULAR = 'Tinos-Regular.ttf';
let configured: string | null = null;

/**
 * The Electron app passes `process.resourcesPath`-based folders here: once bundled, this file no longer sits
 * next to the repository's `resources/`.
 */
export function setResourcesDir(dir: string): void {
  configured = dir;
}

/** The folder holding the Tinos font files. */
export function fontsDir(): string {
  const candidates = [
    configured && join(configured, 'fonts'),
    configured,
    resolve(import.meta.dirname, '../../../resources/fonts'),
    resolve(process.cwd(), 'resources/fonts'),
  ].filter((d): d is string => !!d);
  for (const d of candidates) if (existsSync(join(d, REGULAR))) return d;
  throw new Error(`Không tìm thấy phông chữ ${REGULAR} (đã tìm trong: ${candidates.join('; ')}).`);
}

export function tinosFiles(dir = fontsDir()) {
  return {
    normal: join(dir, 'Tinos-Regular.ttf'),
    bold: join(dir, 'Tinos-Bold.ttf'),
    italics: join(dir, 'Tinos-Italic.ttf'),
    bolditalics: join(dir, 'Tinos-BoldItalic.ttf'),
  };
}
