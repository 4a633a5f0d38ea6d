import { UserError, type unitsApi } from '../../../shared/api/contract';
import { getUnitByCode, listUnits, setUnitActive, unitForInput, upsertUnit } from '../repos/units';
import { backupIfEnabled } from '../services/backup';
import { importUnitCatalogue } from '../services/unit-catalogue';
import { loadShippedOldUnits } from '../services/shipped-units';
import type { HandlerMap } from './types';

export const unitsHandlers: HandlerMap<keyof typeof unitsApi> = {
  'units.list': (_i, { db }) => listUnits(db),
  'units.save': (input, { db }) => {
    if (input.parentCode === input.code) throw new UserError('Đơn vị không thể là cấp trên của chính nó.');
    if (input.validFrom && input.validTo && input.validFrom > input.validTo)
      throw new UserError('Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.');
    const id = db.transaction(() => {
      try {
        return upsertUnit(db, input);
      } catch (e) {
        throw new UserError((e as Error).message);
      }
    })();
    return listUnits(db).find((u) => u.id === id) ?? unitForInput(db, input)!;
  },
  'units.setActive': (input, { db }) => {
    const u = getUnitByCode(db, input.code);
    if (!u) throw new UserError(`Không có đơn vị mã ${input.code}.`, 'not_found');
    setUnitActive(db, u.id, input.active);
    return getUnitByCode(db, input.code)!;
  },
  'units.import': async (input, ctx) => {
    await backupIfEnabled(ctx, 'before-units');
    return importUnitCatalogue(ctx.db, input.file.data, input.file.name);
  },
  'units.loadShipped': async (_i, ctx) => {
    await backupIfEnabled(ctx, 'before-units');
    return loadShippedOldUnits(ctx.db);
  },
};
