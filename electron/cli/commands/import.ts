import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { UserError } from '../../../shared/api/contract';
import type { ImportResult, LayoutQuestion, Problem } from '../../../shared/api/import-types';
import { formatPeriod, parsePeriod, resolvePeriodMonth } from '../../../shared/domain/period';
import { createContext } from '../../core/context';
import { limitHeapGrowth } from '../../core/heavy/heap-settings';
import { commitPrepared, refusedResult } from '../../core/import/commit';
import { LIMITS } from '../../core/import/limits';
import { prepareImport } from '../../core/import/preview';
import { openExisting, parse, printJson, required, say, UsageError } from '../args';

/** `Số liệu!D12`, as the CLI contract shows a cell. */
function jsonProblem(p: Problem) {
  return { file: p.file, sheet: p.sheet, cell: p.cell ? `${p.sheet}!${p.cell}` : null, message: p.message };
}

function describe(p: Problem): string {
  const where = [p.file, p.cell ? `${p.sheet}!${p.cell}` : p.sheet].filter(Boolean).join(', ');
  return `${p.severity === 'error' ? 'Lỗi' : 'Cảnh báo'} [${where}]: ${p.message}`;
}

/** `YYYY-Qn` stands for its last month; `YYYY` stays a year (a yearly labour-force sheet). */
function storedPeriod(text: string): string {
  const p = parsePeriod(text);
  return p.kind === 'quarter' ? resolvePeriodMonth(p) : formatPeriod(p);
}

/**
 * `--column "Số liệu!E"` (or `E` when one sheet asks): the named column is read for the indicator its
 * question is about, the question's other columns are not.
 */
function columnAnswers(questions: readonly LayoutQuestion[], answers: readonly string[]) {
  const mappings: Record<string, Record<string, string | null>> = {};
  for (const a of answers) {
    const m = /^(?:(.*)!)?\s*([A-Za-z]{1,3})$/.exec(a.trim());
    const letter = m?.[2]?.toUpperCase();
    const fits = questions.filter(
      (q) =>
        q.kind === 'column' &&
        (m?.[1] === undefined || q.sheet === m[1]) &&
        q.options.some((o) => o.value === letter),
    );
    if (!m || fits.length !== 1)
      throw new UsageError(
        fits.length > 1
          ? `--column "${a}" khớp với nhiều câu hỏi: hãy ghi cả tên trang tính, ví dụ --column "${fits[0]!.sheet}!${letter}".`
          : `--column "${a}" không phải là cột nào đang được hỏi; ghi dạng --column "Tên trang!E" với một cột được nêu trong câu hỏi.`,
      );
    const q = fits[0]!;
    mappings[q.fingerprint] ??= {};
    for (const o of q.options) mappings[q.fingerprint]![o.value] = o.value === letter ? q.indicator : null;
  }
  return mappings;
}

export async function importCommand(argv: string[]): Promise<number> {
  // The import runs on this thread here (no worker): at least the old generation is kept close to its live data.
  limitHeapGrowth();
  const { values, positionals } = parse(
    argv,
    {
      db: { type: 'string' },
      period: { type: 'string' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
      column: { type: 'string', multiple: true },
    },
    true,
  );
  if (positionals.length === 0)
    throw new UsageError(
      'Thiếu tệp cần nhập: import TỆP... --db TỆP_CSDL [--period P] [--column "TRANG!CỘT"]... [--dry-run] [--json]',
    );
  const dbFile = required(values.db, 'db');
  const period = values.period ? storedPeriod(values.period) : undefined;
  openExisting(dbFile).close();
  const files = positionals.map((path) => {
    let size: number;
    try {
      size = statSync(path).size;
    } catch {
      throw new UserError(`Không tìm thấy tệp "${path}".`);
    }
    // Refuse a giant file before reading it into memory.
    if (size > LIMITS.maxFileBytes)
      return { name: basename(path), data: new Uint8Array(LIMITS.maxFileBytes + 1) };
    return { name: basename(path), data: new Uint8Array(readFileSync(path)) };
  });
  const ctx = createContext(dbFile, { create: false });
  try {
    let prepared = await prepareImport(ctx.db, files, { period });
    // A column the clerk names answers the question of which column holds an indicator: read again with it.
    if (values.column?.length && prepared.preview.questions?.some((q) => q.kind === 'column')) {
      const mappings = columnAnswers(prepared.preview.questions ?? [], values.column);
      prepared = await prepareImport(ctx.db, files, { period, mappings });
    }
    let result: ImportResult;
    if (!prepared.preview.ok) result = refusedResult(prepared);
    else if (values['dry-run'])
      result = {
        ok: true,
        import: null,
        ...prepared.preview.counts,
        warnings: prepared.preview.warnings,
        errors: [],
      };
    else result = await commitPrepared(ctx, prepared);
    for (const p of [...result.errors, ...result.warnings]) say(describe(p));
    if (result.ok)
      say(
        `${values['dry-run'] ? 'Chạy thử (không ghi): sẽ' : 'Đã nhập:'} thêm ${result.inserted}, cập nhật ${result.updated}, giữ nguyên ${result.unchanged} số liệu` +
          (result.import ? ` (lần nhập số ${result.import}).` : '.'),
      );
    else say(`Không nhập: có ${result.errors.length} lỗi, cơ sở dữ liệu không thay đổi.`);
    if (values.json)
      printJson({
        ...result,
        warnings: result.warnings.map(jsonProblem),
        errors: result.errors.map(jsonProblem),
      });
    return result.ok ? 0 : 1;
  } finally {
    ctx.db.close();
  }
}
