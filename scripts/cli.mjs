#!/usr/bin/env node
/**
 * `npm run cli` and `npm run web`: the command line built to plain JavaScript (out/cli), so a command
 * starts without compiling TypeScript. The bundle is (re)built here when it is missing or older than a
 * source it comes from: it works right after `npm ci` with no lifecycle script, and never runs stale
 * code after an edit. Parallel runs may each rebuild; chunks carry content hashes and main.js is
 * renamed into place last, so none sees a half-written bundle.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'out/cli');
const BUNDLE = join(OUT, 'main.js');
const SOURCE_DIRS = ['electron/cli', 'electron/core', 'electron/web', 'shared'];
const SOURCE_FILES = ['cli.config.ts', 'package-lock.json', 'tsconfig.json'];

function newestSource() {
  let newest = 0;
  for (const f of SOURCE_FILES)
    if (existsSync(join(ROOT, f))) newest = Math.max(newest, statSync(join(ROOT, f)).mtimeMs);
  for (const d of SOURCE_DIRS)
    for (const e of readdirSync(join(ROOT, d), { recursive: true, withFileTypes: true }))
      if (e.isFile()) newest = Math.max(newest, statSync(join(e.parentPath, e.name)).mtimeMs);
  return newest;
}

async function build() {
  process.stderr.write('Đang dựng dòng lệnh (out/cli), chỉ lần đầu hoặc sau khi mã nguồn thay đổi…\n');
  const tmp = join(ROOT, 'out', `.cli-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: join(ROOT, 'cli.config.ts'), build: { outDir: tmp } });
  mkdirSync(OUT, { recursive: true });
  for (const f of readdirSync(tmp)) if (f !== 'main.js') renameSync(join(tmp, f), join(OUT, f));
  renameSync(join(tmp, 'main.js'), BUNDLE);
  rmSync(tmp, { recursive: true, force: true });
}

if (!existsSync(BUNDLE) || statSync(BUNDLE).mtimeMs < newestSource()) await build();
await import(pathToFileURL(BUNDLE).href);
