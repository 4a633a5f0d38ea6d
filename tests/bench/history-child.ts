/**
 * One measured operation in its own process, so its peak memory (VmHWM) is its own. Prints JSON
 * `{ ms, peakMb, ... }` on stdout. Usage: tsx history-child.ts ours|floor|undo DB [FILE]
 */
import { createReadStream, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { createContext } from '../../electron/core/context';
import { openDatabase } from '../../electron/core/db/open';
import { commitPrepared } from '../../electron/core/import/commit';
import { prepareImport } from '../../electron/core/import/preview';
import { undoImport } from '../../electron/core/services/write-values';

const [mode, dbFile, file] = process.argv.slice(2) as [string, string, string | undefined];
/**
 * This process's own peak: VmHWM belongs to the address space, made anew at exec. getrusage's maxRSS is
 * carried across exec from the forking parent, here the benchmark holding hundreds of MB.
 */
const peakMb = () => {
  const hwm = /^VmHWM:\s*(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
  return (hwm ? Number(hwm[1]) : process.resourceUsage().maxRSS) / 1024;
};
/** CPU time of this process (user + system): on a busy machine, wall time says more about the others. */
const cpuMs = (from: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1000;
};

async function ours(): Promise<Record<string, number>> {
  const ctx = createContext(dbFile);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const data = new Uint8Array(readFileSync(file!));
  const prepared = await prepareImport(ctx.db, [{ name: 'lich-su.xlsx', data }]);
  const t1 = performance.now();
  const r = await commitPrepared(ctx, prepared);
  const t2 = performance.now();
  const cpu = cpuMs(c0);
  if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
  ctx.db.close();
  return {
    ms: t2 - t0,
    cpuMs: cpu,
    previewMs: t1 - t0,
    commitMs: t2 - t1,
    inserted: r.inserted,
    unchanged: r.unchanged,
  };
}

/** The floor: exceljs's streaming reader and one prepared upsert per figure, in one transaction. */
async function floor(): Promise<Record<string, number>> {
  const db = openDatabase(dbFile);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const ids = new Map(
    (db.prepare('SELECT id, code FROM units').all() as { id: number; code: string }[]).map((u) => [
      u.code,
      u.id,
    ]),
  );
  const upsert = db.prepare(
    `INSERT INTO observations (unit_id, indicator, period, value, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (unit_id, indicator, period) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  const indicators = ['bhxh_compulsory', 'bhxh_voluntary', 'bhtn'];
  const now = new Date().toISOString();
  let n = 0;
  db.exec('BEGIN');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(file!), {
    sharedStrings: 'cache',
    styles: 'ignore',
    worksheets: 'emit',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  for await (const ws of reader)
    for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
      const v = row.values as unknown[];
      const unit = ids.get(String(v[2]));
      if (unit === undefined) continue;
      const label = String(v[1]);
      const period = `${label.slice(3)}-${label.slice(0, 2)}`;
      for (let k = 0; k < 3; k++) {
        upsert.run(unit, indicators[k], period, Number(v[4 + k]), now);
        n++;
      }
    }
  db.exec('COMMIT');
  const ms = performance.now() - t0;
  const cpu = cpuMs(c0);
  db.close();
  return { ms, cpuMs: cpu, figures: n };
}

function undo(): Record<string, number> {
  const db = openDatabase(dbFile);
  const id = (db.prepare('SELECT max(id) AS id FROM imports').get() as { id: number }).id;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = undoImport(db, id);
  const ms = performance.now() - t0;
  const cpu = cpuMs(c0);
  db.close();
  return { ms, cpuMs: cpu, restored: r.restored };
}

const result = mode === 'ours' ? await ours() : mode === 'floor' ? await floor() : undo();
process.stdout.write(JSON.stringify({ ...result, peakMb: peakMb() }));
