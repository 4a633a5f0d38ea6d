import { describe, expect, it } from 'vitest';
import { handlers } from '../../electron/core/handlers';
import { tempContext } from '../helpers/tmp';
import { districtBatch, districtFileName } from '../helpers/district-files';
import { figures, observationCount } from './helpers';

const MONTH = '2024-03';
const BAD = districtFileName('633', MONTH);

describe('a batch of district files', () => {
  it('gives each file its share of the counts, so the list can say what each one brings', async () => {
    const ctx = tempContext();
    const batch = await districtBatch(MONTH);
    const first = await handlers['imports.preview']({ files: batch.slice(0, 2) }, ctx);
    await handlers['imports.commit']({ previewId: first.previewId }, ctx);
    // Pleiku again as it was, An Khê with one figure changed, Ayun Pa new.
    const changed = await districtBatch(MONTH, (c, f) =>
      c === '623' ? [f[0]!, f[1]! + 10, f[2]!, f[3]!] : f,
    );
    const files = [batch[0]!, changed[1]!, batch[2]!];
    const p = await handlers['imports.preview']({ files }, ctx);
    expect(p.files.map((f) => [f.name, f.counts])).toEqual([
      [districtFileName('622', MONTH), { inserted: 0, updated: 0, unchanged: 4 }],
      [districtFileName('623', MONTH), { inserted: 0, updated: 1, unchanged: 3 }],
      [districtFileName('624', MONTH), { inserted: 4, updated: 0, unchanged: 0 }],
    ]);
    expect(p.files[0]!.alreadyImportedAs).toBe(1);
    expect(p.files[2]!.alreadyImportedAs).toBeNull();
  });

  it('one refused file of 17 blocks the commit; previewed again without it, the other 16 are written', async () => {
    const ctx = tempContext();
    const files = await districtBatch(MONTH, (c, f) => (c === '633' ? [f[0]!, -5, f[2]!, f[3]!] : f));
    const p = await handlers['imports.preview']({ files }, ctx);
    expect(p.ok).toBe(false);
    expect(new Set(p.errors.map((e) => e.file))).toEqual(new Set([BAD]));
    expect((await handlers['imports.commit']({ previewId: p.previewId }, ctx)).ok).toBe(false);
    expect(observationCount(ctx)).toBe(0);

    const again = await handlers['imports.preview']({ files: files.filter((f) => f.name !== BAD) }, ctx);
    expect(again.ok).toBe(true);
    expect(again.files).toHaveLength(16);
    const r = await handlers['imports.commit']({ previewId: again.previewId }, ctx);
    expect(r).toMatchObject({ ok: true, inserted: 64 });
    expect(figures(ctx, MONTH, '622')).toEqual([151237, 46669, 4299, 39414]);
    const list = await handlers['imports.list']({}, ctx);
    expect(list[0]!.files.map((f) => f.name)).not.toContain(BAD);
  });
});
