/**
 * A figure corrected by hand: the same checks as an import (a plausible count, the consistency warnings
 * the clerk must accept), then recorded as an import of its own so it can be undone and shows in the
 * figure's history with the reason typed with it.
 */
import { UserError } from '../../../shared/api/contract';
import type { ImportResult, Problem } from '../../../shared/api/import-types';
import { consistencyWarnings, countError, type FigureSet } from '../../../shared/domain/checks';
import { addMonths, isMonthKey, observationPeriodLabel } from '../../../shared/domain/period';
import type { Db } from '../db/open';
import { listIndicators } from '../repos/indicators';
import { unitForPeriod } from '../repos/units';
import { valuesForMonth } from './values';
import { writeImport } from './write-values';

export interface HandCorrection {
  unit: string;
  indicator: string;
  period: string;
  value: number;
  note?: string | undefined;
  acceptWarnings?: boolean | undefined;
}

const MANUAL = 'Sửa tay';

function refused(errors: Problem[], warnings: Problem[]): ImportResult {
  return { ok: false, import: null, inserted: 0, updated: 0, unchanged: 0, warnings, errors };
}

/** The unit a code names in the period of the figure (`52` is Bình Định before 7/2025, the new province after). */
export function unitOrThrow(db: Db, code: string, period: string) {
  const u = unitForPeriod(db, code, period);
  if (!u) throw new UserError(`Không có đơn vị mã ${code} trong kỳ ${period}.`, 'not_found');
  return u;
}

export function correctByHand(db: Db, input: HandCorrection): ImportResult {
  const u = unitOrThrow(db, input.unit, input.period);
  const ind = listIndicators(db).find((i) => i.code === input.indicator);
  if (!ind) throw new UserError(`Không có chỉ số "${input.indicator}".`, 'not_found');
  if (ind.kind !== 'entered') throw new UserError(`"${ind.label}" là chỉ số tính toán, không nhập tay được.`);
  const where = `${u.name}, ${ind.label}`;
  const err = countError(input.value);
  if (ind.measure === 'people' && err)
    return refused(
      [{ severity: 'error', file: MANUAL, sheet: null, cell: null, message: `${where}: ${err}.` }],
      [],
    );

  const warnings: Problem[] = [];
  if (isMonthKey(input.period)) {
    const rowOf = (m: string) => valuesForMonth(db, m).rows.find((x) => x.unit === u.code);
    const here = rowOf(input.period);
    // A figure summed from the units below is theirs to correct: a typed total would silently stop
    // following them.
    if (here?.cells[ind.code]?.source === 'children')
      throw new UserError(
        `Số liệu "${ind.label}" của ${u.name} là tổng của các đơn vị trực thuộc, không sửa tay được; hãy sửa số liệu của đơn vị trực thuộc.`,
      );
    const figures = (r: ReturnType<typeof rowOf>): FigureSet => {
      const o: FigureSet = {};
      for (const [k, c] of Object.entries(r?.cells ?? {})) o[k] = c.value;
      return o;
    };
    const current = { ...figures(here), [ind.code]: input.value };
    for (const [, message] of consistencyWarnings(current, figures(rowOf(addMonths(input.period, -1)))))
      warnings.push({
        severity: 'warning',
        file: MANUAL,
        sheet: null,
        cell: null,
        message: `${u.name}: ${message}`,
      });
  }
  // As with an import: nothing is written until the user has read the warnings and goes on.
  if (warnings.length > 0 && !input.acceptWarnings) return refused([], warnings);

  // Where and when stay in the note whatever the clerk typed: the import list shows nothing else.
  const reason = input.note?.trim();
  const r = writeImport(
    db,
    {
      kind: 'manual',
      files: [],
      warnings: warnings.length,
      note: `${MANUAL}: ${where}, ${observationPeriodLabel(input.period).toLowerCase()}${reason ? `. Lý do: ${reason}` : ''}`,
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
}
