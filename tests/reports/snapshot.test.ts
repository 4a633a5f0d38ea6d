/**
 * A report takes a dozen queries; an import committing from another connection between two of them must
 * not give a report that mixes the two states. The commit is made to land between the report's first
 * and second query by hooking better-sqlite3's statements.
 */
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/open';
import { renderReport, type RenderRequest } from '../../electron/core/reports/render';
import { tempContext } from '../helpers/tmp';
import { seedFigures, seedTargets } from './fixture';

const NOW = new Date(2024, 6, 5);
type Method = 'all' | 'get' | 'iterate' | 'pluck' | 'raw';
const proto = Object.getPrototypeOf(new Database(':memory:').prepare('SELECT 1')) as Record<
  Method,
  (...a: unknown[]) => unknown
> & { database: Db };
const saved = new Map((['all', 'get', 'iterate'] as const).map((k) => [k, proto[k]]));

afterEach(() => {
  for (const [k, f] of saved) proto[k] = f;
});

/** Runs `commit` once, right after the first query `db` makes from now on. */
function commitAfterFirstRead(db: Db, commit: () => void): () => boolean {
  let done = false;
  for (const [k, f] of saved)
    proto[k] = function (this: { database: Db }, ...args: unknown[]) {
      const r = f.apply(this, args);
      if (!done && this.database === db) {
        done = true;
        commit();
      }
      return r;
    };
  return () => done;
}

/** Every cell of every sheet, as text: what a reader of the workbook sees. */
async function cells(data: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  const out: string[] = [];
  for (const ws of wb.worksheets)
    ws.eachRow((row, r) =>
      row.eachCell((c, col) => out.push(`${ws.name}!${r}:${col}=${JSON.stringify(c.value)}`)),
    );
  return out;
}

describe('a report reads one state of the database', () => {
  for (const req of [
    { kind: 'progress', format: 'xlsx', period: '2024-06' },
    { kind: 'trend', format: 'xlsx', period: '2024-06', unit: '622' },
  ] satisfies RenderRequest[])
    it(`${req.kind}: an import committed beside it is in the report entirely or not at all`, async () => {
      const ctx = tempContext();
      seedFigures(ctx.db);
      seedTargets(ctx.db);
      const before = await cells((await renderReport(ctx.db, req, NOW)).data);

      // The other connection raises every participant figure of May and June, as one import would.
      const other = new Database(ctx.dbPath);
      const happened = commitAfterFirstRead(ctx.db, () => {
        other
          .prepare(
            "UPDATE observations SET value = value + 1000 WHERE period IN ('2024-05', '2024-06') AND indicator <> 'labor_force'",
          )
          .run();
      });
      const during = await cells((await renderReport(ctx.db, req, NOW)).data);
      other.close();
      expect(happened()).toBe(true);
      expect(during).toEqual(before);

      // The commit is real: the next report shows it.
      const after = await cells((await renderReport(ctx.db, req, NOW)).data);
      expect(after).not.toEqual(before);
    });
});
