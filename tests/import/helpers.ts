import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { FileInput } from '../../shared/api/files';
import type { CoreContext } from '../../electron/core/context';
import { getValues } from '../../electron/core/services/values';

export const SAMPLES = join(import.meta.dirname, '../fixtures/samples');
export const GENERATED = join(import.meta.dirname, '../fixtures/generated');

export function fileInput(path: string): FileInput {
  return { name: basename(path), data: new Uint8Array(readFileSync(path)) };
}
export const gen = (name: string) => fileInput(join(GENERATED, name));
export const sample = (name: string) => fileInput(join(SAMPLES, name));

/** labor_force, bhxh_compulsory, bhxh_voluntary, bhtn of one unit for a period, as `values` gives them. */
export function figures(ctx: CoreContext, period: string, unit: string): (number | null)[] {
  const row = getValues(ctx.db, period).rows.find((r) => r.unit === unit)!;
  return ['labor_force', 'bhxh_compulsory', 'bhxh_voluntary', 'bhtn'].map((k) => row.cells[k]?.value ?? null);
}

export function observationCount(ctx: CoreContext): number {
  return (ctx.db.prepare('SELECT COUNT(*) AS n FROM observations').get() as { n: number }).n;
}
