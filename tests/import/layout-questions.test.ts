import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handlers } from '../../electron/core/handlers';
import type { ImportPreview, LayoutQuestion } from '../../shared/api/import-types';
import { LAYOUTS, LAYOUTS_DIR, type LayoutCase } from '../fixtures/make-layouts';
import { tempContext } from '../helpers/tmp';
import { figures, fileInput, observationCount } from './helpers';

/** Issue 11 item 10: where a column's meaning or the period is uncertain the preview asks; it never guesses silently. */

type Ctx = ReturnType<typeof tempContext>;
const input = (c: LayoutCase) => fileInput(join(LAYOUTS_DIR, c.file));

function expectFigures(ctx: Ctx, expected: NonNullable<LayoutCase['expect']>): void {
  let n = 0;
  for (const [period, units] of Object.entries(expected))
    for (const [unit, nums] of Object.entries(units)) {
      expect(figures(ctx, period, unit), `${period} ${unit}`).toEqual(nums);
      n += nums.filter((v) => v !== null).length;
    }
  expect(observationCount(ctx)).toBe(n);
}

/** The answer a clerk's click sends back for a question. */
function answerOf(q: LayoutQuestion, value: string) {
  if (q.kind === 'period') return { periodChoices: { [q.fingerprint]: value as 'title' | 'header' } };
  return {
    mappings: {
      [q.fingerprint]: Object.fromEntries(
        q.options.map((o) => [o.value, o.value === value ? q.indicator : null]),
      ),
    },
  };
}

async function commitOk(ctx: Ctx, p: ImportPreview) {
  expect(p.errors).toEqual([]);
  const r = await handlers['imports.commit']({ previewId: p.previewId }, ctx);
  expect(r.ok).toBe(true);
}

describe('layouts a rule settles import exactly, and the preview says what it left out', () => {
  for (const c of LAYOUTS.filter((l) => l.expect))
    it(`${c.file}: ${c.what}`, async () => {
      const ctx = tempContext();
      const p = await handlers['imports.preview']({ files: [input(c)] }, ctx);
      expect(p.questions).toBeUndefined();
      expect(p.warnings.map((w) => [w.cell, w.message])).toEqual(
        (c.warnings ?? []).map(([cell, re]) => [cell, expect.stringMatching(re)]),
      );
      for (const [col, re] of Object.entries(c.settled ?? {})) {
        const m = p.sheets[0]!.columns.find((x) => x.column === col)!;
        expect(m, col).toMatchObject({
          indicator: null,
          confidence: 'ignored',
          note: expect.stringMatching(re),
        });
      }
      await commitOk(ctx, p);
      expectFigures(ctx, c.expect!);
    });
});

describe('layouts no rule settles: the preview proposes, asks, and waits', () => {
  for (const c of LAYOUTS.filter((l) => l.questions))
    it(`${c.file}: ${c.what}`, async () => {
      const ctx = tempContext();
      const p = await handlers['imports.preview']({ files: [input(c)] }, ctx);
      expect(p.ok).toBe(false);
      expect(
        p.questions!.map((q) => ({
          kind: q.kind,
          sheet: q.sheet,
          proposed: q.proposed,
          options: q.options.map((o) => o.value),
        })),
      ).toEqual(c.questions!.map(({ cell: _cell, ...q }) => q));
      // Each question is the preview's only error, at its header cell, naming the candidates' cells.
      expect(p.errors.map((e) => [e.file, e.sheet, e.cell])).toEqual(
        c.questions!.map((q) => [c.file, q.sheet, q.cell]),
      );
      for (const q of p.questions!)
        for (const o of q.options)
          if (o.cell) expect(q.message).toContain(`cột ${o.cell.replace(/\d+$/, '')} (`);
      // The preview shows what the proposal would store; nothing is written until it is answered.
      expect(p.changes.length).toBeGreaterThan(0);
      expect((await handlers['imports.commit']({ previewId: p.previewId }, ctx)).ok).toBe(false);
      expect(observationCount(ctx)).toBe(0);

      for (const a of c.answers!) {
        const fresh = tempContext();
        const answered = await handlers['imports.preview'](
          { files: [input(c)], ...answerOf(p.questions![0]!, a.answer) },
          fresh,
        );
        expect(answered.questions).toBeUndefined();
        await commitOk(fresh, answered);
        expectFigures(fresh, a.expect);
      }
    });

  it('a column question shows a figure from each candidate, with its cell', async () => {
    const c = LAYOUTS.find((l) => l.file === 'trong-thang-luy-ke.xlsx')!;
    const p = await handlers['imports.preview']({ files: [input(c)] }, tempContext());
    const q = p.questions![0]!;
    expect(q).toMatchObject({ kind: 'column', indicator: 'bhxh_compulsory' });
    expect(q.options).toEqual([
      {
        value: 'E',
        label: 'Cột E: Số người tham gia BHXH bắt buộc Lũy kế',
        cell: 'E4',
        sample: { cell: 'E5', value: 46669 },
      },
      {
        value: 'D',
        label: 'Cột D: Số người tham gia BHXH bắt buộc Trong tháng',
        cell: 'D4',
        sample: { cell: 'D5', value: 30 },
      },
    ]);
    expect(q.message).toMatch(
      /^Chưa chắc cột nào là "Số người tham gia BHXH bắt buộc": ứng dụng tạm lấy cột E/,
    );
    expect(q.message).toContain('ví dụ 46.669 ở ô E5');
    expect(q.message).toContain('ví dụ 30 ở ô D5');
    expect(q.message).toContain('--column "Số liệu!E"');
    // The columns table says which is a guess.
    expect(p.sheets[0]!.columns.filter((m) => m.confidence === 'guess').map((m) => m.column)).toEqual([
      'D',
      'E',
    ]);
  });

  it('a period question names both months; the answer and a chosen period both settle it', async () => {
    const c = LAYOUTS.find((l) => l.file === 'thang-o-tieu-de-cot.xlsx')!;
    const ctx = tempContext();
    const p = await handlers['imports.preview']({ files: [input(c)] }, ctx);
    const q = p.questions![0]!;
    expect(q.options.map((o) => [o.label, o.period])).toEqual([
      ['Tháng 6/2024 (theo tiêu đề)', '2024-06'],
      ['Tháng 5/2024 (theo tiêu đề cột C)', '2024-05'],
    ]);
    expect(q.message).toMatch(
      /^Tiêu đề ghi Tháng 6\/2024 nhưng tiêu đề cột C \("Thực hiện tháng 5\/2024 BHXH BB"\) ghi Tháng 5\/2024/,
    );
    const chosen = await handlers['imports.preview']({ files: [input(c)], period: '2024-05' }, ctx);
    expect(chosen.questions).toBeUndefined();
    expect(chosen.sheets[0]).toMatchObject({ period: '2024-05', periodSource: 'user' });
    const header = await handlers['imports.preview']({ files: [input(c)], ...answerOf(q, 'header') }, ctx);
    expect(header.sheets[0]).toMatchObject({ period: '2024-05', periodSource: 'header' });
  });

  it('an answer is remembered for the layout: the same file asks nothing the next time', async () => {
    for (const file of ['trong-thang-luy-ke.xlsx', 'thang-o-tieu-de-cot.xlsx']) {
      const c = LAYOUTS.find((l) => l.file === file)!;
      const ctx = tempContext();
      const p = await handlers['imports.preview']({ files: [input(c)] }, ctx);
      const answer = c.answers![1]!;
      await commitOk(
        ctx,
        await handlers['imports.preview'](
          { files: [input(c)], ...answerOf(p.questions![0]!, answer.answer) },
          ctx,
        ),
      );
      const again = await handlers['imports.preview']({ files: [input(c)] }, ctx);
      expect(again.questions, file).toBeUndefined();
      expect(again.errors).toEqual([]);
      expect(again.counts).toMatchObject({ inserted: 0, updated: 0 });
    }
  });
});

describe('layouts refused outright', () => {
  for (const c of LAYOUTS.filter((l) => l.errors))
    it(`${c.file}: ${c.what}`, async () => {
      const ctx = tempContext();
      const p = await handlers['imports.preview']({ files: [input(c)] }, ctx);
      expect(p.errors.map((e) => [e.cell, e.message])).toEqual(
        c.errors!.map(([cell, re]) => [cell, expect.stringMatching(re)]),
      );
      expect((await handlers['imports.commit']({ previewId: p.previewId }, ctx)).ok).toBe(false);
      expect(observationCount(ctx)).toBe(0);
    });
});
