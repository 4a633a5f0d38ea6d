/**
 * End-to-end harness: builds the renderer once, runs the real `web` command on a temporary database,
 * drives Debian's Chromium through playwright-core and records every page error.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export { cli, setTarget } from '../helpers/cli';
import { cli } from '../helpers/cli';

export const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const CLI = join(ROOT, 'electron/cli/main.ts');
/** Our own build, apart from out/renderer, so a `npm run build` running elsewhere cannot pull files away. */
export const E2E_RENDERER = join(ROOT, 'out/e2e/renderer');
const STAMP = join(ROOT, 'out/e2e/built-at');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The sample workbook: the committed fixture, or the shared samples folder on a developer machine. */
export function sampleFile(name: string): string {
  for (const dir of [join(ROOT, 'tests/fixtures/samples'), '/work/shared/samples']) {
    const p = join(dir, name);
    if (existsSync(p)) return p;
  }
  throw new Error(`sample ${name} not found`);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** A production build of the renderer (vite, as electron-vite does), redone only when sources changed. */
export async function ensureRenderer(): Promise<string> {
  // Test files may run side by side: one builds while the others wait for it.
  const release = await lock(join(ROOT, 'out/e2e/build.lock'));
  try {
    const sources = Math.max(newestMtime(join(ROOT, 'renderer')), newestMtime(join(ROOT, 'shared')));
    if (
      existsSync(join(E2E_RENDERER, 'index.html')) &&
      existsSync(STAMP) &&
      statSync(STAMP).mtimeMs >= sources
    )
      return E2E_RENDERER;
    const { build } = await import('vite');
    const react = (await import('@vitejs/plugin-react')).default;
    // vitest sets NODE_ENV=test, which vite and the React plugin keep: the bundle would carry the development builds
    // of React and antd (slower, and not what the clerk gets). Build it as the shipped renderer is built.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        configFile: false,
        root: join(ROOT, 'renderer'),
        base: './',
        logLevel: 'warn',
        mode: 'production',
        plugins: [react()],
        build: { outDir: E2E_RENDERER, emptyOutDir: true, chunkSizeWarningLimit: 10_000 },
      });
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
    // Stamped with the sources' time, not now: an edit made during the build triggers the next one.
    writeFileSync(STAMP, new Date().toISOString());
    utimesSync(STAMP, sources / 1000, sources / 1000);
    return E2E_RENDERER;
  } finally {
    release();
  }
}

async function lock(dir: string): Promise<() => void> {
  mkdirSync(join(dir, '..'), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(dir);
      return () => rmSync(dir, { recursive: true, force: true });
    } catch {
      // A lock left by a killed run is stale after five minutes.
      if (existsSync(dir) && Date.now() - statSync(dir).mtimeMs > 300_000)
        rmSync(dir, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`build lock ${dir} held too long`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/**
 * Fills a database with the provincial sample: `cli import` as a clerk would, or, while that command does
 * not exist yet, the same figures through writeImport. Says which, so a test can tell.
 */
export function seedSample(dbPath: string): 'cli-import' | 'seed-script' {
  const init = cli('init', '--db', dbPath);
  if (init.code !== 0) throw new Error(`init failed: ${init.stderr}`);
  const imp = cli('import', sampleFile('tong-hop-toan-tinh-2024-03.xlsx'), '--db', dbPath);
  if (imp.code === 0) return 'cli-import';
  if (!/Lệnh không hợp lệ/.test(imp.stderr))
    throw new Error(`cli import failed (${imp.code}): ${imp.stderr}`);
  const seeded = spawnSync(TSX, [join(ROOT, 'tests/e2e/seed-sample.ts'), dbPath], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (seeded.status !== 0) throw new Error(`seed failed: ${seeded.stderr}`);
  return 'seed-script';
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  stderr: () => string;
  stop: () => Promise<void>;
}

/** `web --db DB --port 0`: the first stdout line is the URL. */
export function startWeb(dbPath: string, rendererDir: string = E2E_RENDERER): Promise<WebServer> {
  const child: ChildProcess = spawn(
    TSX,
    [CLI, 'web', '--db', dbPath, '--port', '0', '--renderer', rendererDir],
    { cwd: ROOT },
  );
  let out = '';
  let err = '';
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error(`web did not print its URL: ${err}`)), 60_000);
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const line = out.split('\n')[0]!;
      if (!out.includes('\n')) return;
      clearTimeout(timer);
      const m = /^http:\/\/127\.0\.0\.1:(\d+)\/#token=(\S+)$/.exec(line);
      if (!m) return reject(new Error(`unexpected stdout: ${out}`));
      resolveStart({
        url: line,
        port: Number(m[1]),
        token: m[2]!,
        stderr: () => err,
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web exited (${code}): ${err}`));
    });
  });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

export interface OpenedApp {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions, console errors and failed API calls in the page. */
  errors: string[];
  /** Library deprecation notices (antd logs them through console.error): reported, not failures. */
  warnings: string[];
}

/** Opens the app at 1366×768 (the office screens) with downloads allowed, recording page errors. */
export async function openApp(browser: Browser, url: string): Promise<OpenedApp> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (/^Warning: \[antd: /.test(m.text())) warnings.push(m.text());
    else errors.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.url().includes('/api/') && r.status() !== 200) errors.push(`http ${r.status()}: ${r.url()}`);
  });
  await page.goto(url);
  return { context, page, errors, warnings };
}

/** A temporary folder for one test file's database and downloads. */
export function tempFolder(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'bhxh-e2e-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export const SCREENSHOTS = join(ROOT, 'test-results/screenshots');

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

/** `init` of a new database, failing the set-up with the command line's message. */
export function initDb(db: string): void {
  const init = cli('init', '--db', db);
  if (init.code !== 0) throw new Error(`init failed: ${init.stderr}`);
}

/** One describe block's database, the browser mode serving it, Chromium and the app opened in it. */
export interface AppSession {
  dir: string;
  db: string;
  server: WebServer;
  browser: Browser;
  app: OpenedApp;
  page: Page;
}

/**
 * What the screen tests set up alike: a temporary folder, the database `file` in it made by `prepare`
 * (init, seeding, imports), the browser mode serving it, Chromium and the app opened; all torn down after
 * the block. Called inside `describe`: `dir` and `db` are there at once, the rest once its beforeAll has
 * run (a test file's own beforeAll, registered after this call, runs after it).
 */
export function appSession(
  file: string,
  prepare: (db: string, dir: string) => unknown,
  /** For a `prepare` longer than the hooks' usual time (ms). */
  timeout?: number,
): AppSession {
  const tmp = tempFolder();
  const s = { dir: tmp.dir, db: join(tmp.dir, file) } as AppSession;
  beforeAll(async () => {
    await ensureRenderer();
    await prepare(s.db, s.dir);
    s.server = await startWeb(s.db);
    s.browser = await launchChromium();
    s.app = await openApp(s.browser, s.server.url);
    s.page = s.app.page;
  }, timeout);
  afterAll(async () => {
    await s.browser?.close();
    await s.server?.stop();
    tmp.remove();
  });
  return s;
}
