import { app } from 'electron';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The database lives in the user's own data folder (%APPDATA%\<app> on Windows), never next to the exe. */
export function databasePath(): string {
  const dir = app.getPath('userData');
  mkdirSync(dir, { recursive: true });
  return join(dir, 'bhxh-gia-lai.db');
}

/** Built bundles sit in out/main, out/preload and out/renderer next to each other. */
export const OUT_DIR = resolve(import.meta.dirname, '..');
export const RENDERER_DIR = join(OUT_DIR, 'renderer');
export const PRELOAD_FILE = join(OUT_DIR, 'preload', 'index.cjs');

/** Fonts and templates: inside the package when installed, the repository's resources/ in development. */
export function resourcesDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'resources') : resolve(OUT_DIR, '..', 'resources');
}
