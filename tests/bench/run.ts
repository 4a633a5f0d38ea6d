/** `npm run bench`: runs every tests/bench/*.bench.ts and prints ours vs raw with the ratio. */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchResult } from './timing';

const dir = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)));
const results: BenchResult[] = [];
for (const f of files) {
  const mod = (await import(pathToFileURL(join(dir, f)).href)) as { bench: () => Promise<BenchResult[]> };
  process.stderr.write(`… ${f}\n`);
  results.push(...(await mod.bench()));
}
const pad = (s: string, n: number) => s.padEnd(n);
const mb = (n: number | undefined) => (n === undefined ? '' : n.toFixed(0));
console.log(
  `${pad('benchmark', 48)} ${pad('ours', 12)} ${pad('raw', 12)} ${pad('ratio', 7)} ${pad('peak MB ours/raw', 17)}`,
);
for (const r of results) {
  const peak = r.oursPeakMb === undefined ? '' : `${mb(r.oursPeakMb)}/${mb(r.rawPeakMb) || '–'}`;
  console.log(
    `${pad(r.name, 48)} ${pad(`${r.oursMs.toFixed(1)} ${r.unit ?? 'ms'}`, 12)} ${pad(`${r.rawMs.toFixed(1)} ${r.unit ?? 'ms'}`, 12)} ${pad(`${(r.oursMs / r.rawMs).toFixed(2)}×`, 7)} ${pad(peak, 17)}${r.note ? `  (${r.note})` : ''}`,
  );
}
