import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Static imports in a built chunk: `from"./x.js"` and `import"./x.js"`, not `import("./x.js")`. */
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g;

/**
 * The JavaScript the browser must fetch before the first screen (the dashboard) shows: the entry of
 * index.html, the dashboard's chunk, and every chunk they import statically. Chunks loaded later
 * (other screens, the charts) are not counted.
 */
export function firstScreenFiles(rendererDir: string): { files: string[]; bytes: number; allBytes: number } {
  const assets = join(rendererDir, 'assets');
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const entry = /<script[^>]+src="\.\/assets\/([^"]+\.js)"/.exec(html)![1]!;
  const all = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const dashboard = all.find((f) => f.startsWith('DashboardScreen-'));
  const seen = new Set<string>();
  const visit = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    for (const m of readFileSync(join(assets, f), 'utf8').matchAll(STATIC_IMPORT)) visit(m[1]!);
  };
  visit(entry);
  if (dashboard) visit(dashboard);
  const size = (f: string) => readFileSync(join(assets, f)).length;
  return {
    files: [...seen],
    bytes: [...seen].reduce((n, f) => n + size(f), 0),
    allBytes: all.reduce((n, f) => n + size(f), 0),
  };
}
