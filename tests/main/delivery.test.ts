import { cpSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers/tmp';
import { electronMock } from './fake-electron';

vi.mock('electron', () => electronMock);

const ROOT = resolve(import.meta.dirname, '../..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  productName: string;
  main: string;
  dependencies: Record<string, string>;
  devDependencies: object;
};

interface BuilderConfig {
  productName: string;
  executableName: string;
  directories: { output: string };
  files: string[];
  extraResources: { from: string; to: string; filter: string[] }[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  electronFuses: Record<string, boolean>;
  win: { target: { target: string; arch: string[] }[] };
  nsis: Record<string, unknown>;
}
const config = JSON.parse(read('electron-builder.json')) as BuilderConfig;

/** The folder a files pattern starts from: everything before its first glob character. */
const base = (pattern: string) =>
  pattern
    .replace(/^!/, '')
    .split('/')
    .filter((_, i, parts) => !parts.slice(0, i + 1).some((p) => /[*?{[]/.test(p)))
    .join('/');

describe('electron-builder configuration (electron-builder.json)', () => {
  it('names only files that exist or that `npm run build` produces', async () => {
    const { default: vite } = (await import('../../electron.config')) as {
      default: Record<'main' | 'preload' | 'renderer', { build: { outDir: string } }>;
    };
    const built = [vite.main.build.outDir, vite.preload.build.outDir, vite.renderer.build.outDir].map((d) =>
      resolve(ROOT, d),
    );
    expect(built).toEqual(['out/main', 'out/preload', 'out/renderer'].map((d) => join(ROOT, d)));
    // Patterns starting with **/ match anywhere in node_modules: see 'what the installer leaves out'.
    for (const pattern of config.files.filter((p) => !p.startsWith('!**/'))) {
      const dir = join(ROOT, base(pattern));
      expect(existsSync(dir) || built.includes(dir), pattern).toBe(true);
    }
    // The entry Electron starts must be inside what is packed.
    expect(config.files.some((p) => !p.startsWith('!') && pkg.main.startsWith(base(p) + '/'))).toBe(true);
    for (const { from } of config.extraResources) expect(statSync(join(ROOT, from)).isDirectory()).toBe(true);
    for (const pattern of config.asarUnpack)
      expect(existsSync(join(ROOT, base(pattern))), pattern).toBe(true);
    expect(config.directories.output).not.toMatch(/^(out|resources|node_modules)\b/);
  });

  it('sets the fuses the security checklist asks for', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
    // Integrity validation and asar-only loading mean nothing without an asar.
    expect(config.asar).toBe(true);
  });

  it('keeps the native SQLite module out of the asar, as its Node-API prebuild for Windows', () => {
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**/*');
    expect(existsSync(join(ROOT, 'node_modules/better-sqlite3/prebuilds/win32-x64.node'))).toBe(true);
    // The prebuild is Node-API: the same binary loads in Electron, so nothing is rebuilt (no compiler needed).
    expect(read('node_modules/better-sqlite3/binding.gyp')).toMatch(/NAPI_VERSION=/);
    expect(config.npmRebuild).toBe(false);
    // Excluding its C sources must not exclude the binary.
    const excluded = config.files.filter((p) => p.startsWith('!node_modules/better-sqlite3/')).map(base);
    expect(excluded).toEqual(['node_modules/better-sqlite3/deps', 'node_modules/better-sqlite3/src']);
    expect(excluded.some((d) => 'node_modules/better-sqlite3/prebuilds/'.startsWith(`${d}/`))).toBe(false);
  });

  it('installs per user with a one-click NSIS installer, Vietnamese names and shortcuts, keeping the data', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({
      oneClick: true,
      perMachine: false,
      createDesktopShortcut: 'always',
      createStartMenuShortcut: true,
      installerLanguages: ['vi_VN'],
      language: '1066',
      // The database lives in %APPDATA%: uninstalling must never delete it.
      deleteAppDataOnUninstall: false,
    });
    const vietnamese = /[ăâđêôơưáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ]/i;
    for (const name of [
      config.productName,
      config.nsis['shortcutName'],
      config.nsis['uninstallDisplayName'],
    ]) {
      expect(String(name)).toMatch(vietnamese);
      expect(String(name)).toBe(String(name).normalize('NFC'));
    }
    // The user-data folder (and so the database) is named after package.json's productName.
    expect(config.productName).toBe(pkg.productName);
    expect(config.executableName).toMatch(/^[A-Za-z0-9-]+$/);
  });
});

/** Packages the main process imports at run time: electron-vite leaves `dependencies` out of its bundle. */
function mainProcessPackages(): string[] {
  const found = new Set<string>();
  for (const dir of ['electron/main', 'electron/core', 'electron/web', 'electron/preload', 'shared']) {
    for (const file of readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts')) continue;
      const text = read(join(dir, file));
      for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'".][^'"]*)['"]/g)) {
        const parts = spec!.split('/');
        const name = spec!.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
        if (name in pkg.dependencies) found.add(name);
      }
    }
  }
  return [...found];
}

/** Every package folder those need, following package-lock.json as Node resolves it. */
function installedClosure(roots: string[]): Set<string> {
  const lock = (JSON.parse(read('package-lock.json')) as { packages: Record<string, LockEntry> }).packages;
  type LockEntry = { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };
  const resolveFrom = (from: string, name: string): string | null => {
    for (let base = from; ;) {
      const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
      if (lock[candidate]) return candidate;
      if (!base) return null;
      const i = base.lastIndexOf('/node_modules/');
      base = i < 0 ? '' : base.slice(0, i);
    }
  };
  const seen = new Set<string>();
  const stack = roots.map((r) => `node_modules/${r}`);
  while (stack.length) {
    const at = stack.pop()!;
    if (seen.has(at) || !lock[at]) continue;
    seen.add(at);
    const { dependencies = {}, optionalDependencies = {} } = lock[at];
    for (const name of Object.keys({ ...dependencies, ...optionalDependencies })) {
      const next = resolveFrom(at, name);
      if (next) stack.push(next);
    }
  }
  return seen;
}

describe('what the installer leaves out', () => {
  it('drops only packages the main process never loads (the renderer is bundled; tsx is for the CLI)', () => {
    const roots = mainProcessPackages();
    expect(roots).toEqual(expect.arrayContaining(['better-sqlite3', 'exceljs', 'pdfmake', 'zod']));
    const needed = [...installedClosure(roots)].map((p) => p.slice(p.lastIndexOf('node_modules/') + 13));
    const dropped = config.files
      .filter((p) => /^!(\*\*\/)?node_modules\/(@[^/]+|[^@/][^/]*)\/\*\*\/\*$/.test(p))
      .map((p) => p.replace(/^!(\*\*\/)?node_modules\//, '').replace(/\/\*\*\/\*$/, ''));
    expect(dropped).toEqual(expect.arrayContaining(['antd', 'react-dom', 'tsx']));
    for (const name of needed) {
      const hit = dropped.find((d) => name === d || name.startsWith(`${d}/`));
      expect(hit, `${name} is needed by the main process`).toBeUndefined();
    }
    // Any other exclusion under node_modules only trims a package's sources (checked for SQLite above).
    const others = config.files.filter((p) => p.startsWith('!') && p.includes('node_modules/'));
    expect(others.length - dropped.length).toBe(2);
  });
});

describe('packaged layout', () => {
  afterEach(() => {
    electronMock.app.isPackaged = false;
  });

  it('finds the fonts where extraResources puts them, under process.resourcesPath', async () => {
    const resourcesPath = tempDir();
    for (const { from, to } of config.extraResources)
      cpSync(join(ROOT, from), join(resourcesPath, to), { recursive: true });
    electronMock.app.isPackaged = true;
    const saved = Object.getOwnPropertyDescriptor(process, 'resourcesPath');
    Object.defineProperty(process, 'resourcesPath', { value: resourcesPath, configurable: true });
    try {
      const { resourcesDir } = await import('../../electron/main/paths');
      const { fontsDir, setResourcesDir } = await import('../../electron/core/reports/fonts');
      setResourcesDir(resourcesDir());
      expect(fontsDir()).toBe(join(resourcesPath, 'resources', 'fonts'));
    } finally {
      if (saved) Object.defineProperty(process, 'resourcesPath', saved);
      else delete (process as { resourcesPath?: string }).resourcesPath;
    }
  });
});

describe('Windows installer workflow (.github/workflows/windows-installer.yml)', () => {
  type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
  const workflow = load(read('.github/workflows/windows-installer.yml')) as {
    on: Record<string, unknown>;
    jobs: Record<string, { 'runs-on': string; steps: Step[] }>;
  };
  const jobs = Object.values(workflow.jobs);

  it('runs on Windows with Node 24: npm ci, the build, then the pinned electron-builder for Windows', () => {
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(jobs).toHaveLength(1);
    const [job] = jobs;
    expect(job!['runs-on']).toMatch(/^windows-/);
    const steps = job!.steps;
    const node = steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(String(node?.with?.['node-version'])).toBe('24');
    const runs = steps.map((s) => s.run ?? '');
    const at = (re: RegExp) => runs.findIndex((r) => re.test(r));
    const ci = at(/^npm ci\b/);
    const build = at(/^npm run build\b/);
    const pack = at(/electron-builder@\d+\.\d+\.\d+ .*--win\b/);
    expect(ci).toBeGreaterThan(-1);
    expect(build).toBeGreaterThan(ci);
    expect(pack).toBeGreaterThan(build);
    expect(runs[pack]).toContain('--config electron-builder.json');
    expect(runs[pack]).toContain('--publish never');
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(String(upload?.with?.['path'])).toBe(`${config.directories.output}/*.exe`);
  });

  it('uses the electron-builder it pins, not a dependency that npm ci would fetch', () => {
    expect(Object.keys(pkg.devDependencies)).not.toContain('electron-builder');
  });
});
