import { UserError, type valuesApi } from '../../../shared/api/contract';
import type { Problem } from '../../../shared/api/import-types';
import { consistencyWarnings, countError, type FigureSet } from '../../../shared/domain/checks';
import { addMonths, isMonthKey } from '../../../shared/domain/period';
import { listIndicators } from '../repos/indicators';
import { cellHistory } from '../repos/imports';
import { latestMonth } from '../repos/observations';
import { unitForPeriod } from '../repos/units';
import { getValues, valuesForMonth } from '../services/values';
import { writeImport } from '../services/write-values';
import type { HandlerMap } from './types';

/** The unit a code names in the period of the figure (`52` is Bình Định before 7/2025, the new province after). */
function unitOrThrow(db: Parameters<typeof unitForPeriod>[0], code: string, period: string) {
  const u = unitForPeriod(db, code, period);
  if (!u) throw new UserError(`Không có đơn vị mã ${code} trong kỳ ${period}.`, 'not_found');
  return u;
}

export const valuesHandlers: HandlerMap<keyof typeof valuesApi> = {
  'indicators.list': (_i, { db }) => listIndicators(db),
  'values.get': (input, { db }) => getValues(db, input.period),
  'values.latestMonth': (_i, { db }) => latestMonth(db),
  'values.history': (input, { db }) => {
    const u = unitOrThrow(db, input.unit, input.period);
    return cellHistory(db, u.id, input.indicator, input.period);
  },
  'values.set': (input, { db }) => {
    const u = unitOrThrow(db, input.unit, input.period);
    const ind = listIndicators(db).find((i) => i.code === input.indicator);
    if (!ind) throw new UserError(`Không có chỉ số "${input.indicator}".`, 'not_found');
    if (ind.kind !== 'entered')
      throw new UserError(`"${ind.label}" là chỉ số tính toán, không nhập tay được.`);
    const where = `${u.name}, ${ind.label}`;
    const err = countError(input.value);
    if (ind.measure === 'people' && err) {
      const e: Problem = {
        severity: 'error',
        file: 'Sửa tay',
        sheet: null,
        cell: null,
        message: `${where}: ${err}.`,
      };
      return { ok: false, import: null, inserted: 0, updated: 0, unchanged: 0, warnings: [], errors: [e] };
    }
    const warnings: Problem[] = [];
    if (isMonthKey(input.period)) {
      const row = (m: string): FigureSet => {
        const r = valuesForMonth(db, m).rows.find((x) => x.unit === u.code);
        const o: FigureSet = {};
        for (const [k, c] of Object.entries(r?.cells ?? {})) o[k] = c.value;
        return o;
      };
      const current = { ...row(input.period), [ind.code]: input.value };
      for (const [, message] of consistencyWarnings(current, row(addMonths(input.period, -1))))
        warnings.push({
          severity: 'warning',
          file: 'Sửa tay',
          sheet: null,
          cell: null,
          message: `${u.name}: ${message}`,
        });
    }
    if (warnings.length > 0 && !input.acceptWarnings) {
      // As with an import: nothing is written until the user has read the warnings and goes on.
      return { ok: false, import: null, inserted: 0, updated: 0, unchanged: 0, warnings, errors: [] };
    }
    const r = writeImport(
      db,
      {
        kind: 'manual',
        files: [],
        warnings: warnings.length,
        note: input.note ?? `Sửa tay: ${where}, kỳ ${input.period}`,
      },
      [
        {
          unitId: u.id,
          indicator: ind.code,
          period: input.period,
          value: input.value,
          sourceFile: null,
          sourceCell: null,
        },
      ],
    );
    return {
      ok: true,
      import: r.importId,
      inserted: r.inserted,
      updated: r.updated,
      unchanged: r.unchanged,
      warnings,
      errors: [],
    };
  },
};
