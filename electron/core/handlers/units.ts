import { UserError, type unitsApi } from '../../../shared/api/contract';
import { getUnitByCode, listUnits, setUnitActive, upsertUnit } from '../repos/units';
import { backupIfEnabled } from '../services/backup';
import { importUnitCatalogue } from '../services/unit-catalogue';
import type { HandlerMap } from './types';

export const unitsHandlers: HandlerMap<keyof typeof unitsApi> = {
  'units.list': (_i, { db }) => listUnits(db),
  'units.save': (input, { db }) => {
    if (input.parentCode === input.code) throw new UserError('Đơn vị không thể là cấp trên của chính nó.');
    if (input.validFrom && input.validTo && input.validFrom > input.validTo)
      throw new UserError('Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.');
    db.transaction(() => upsertUnit(db, input))();
    return getUnitByCode(db, input.code)!;
  },
  'units.setActive': (input, { db }) => {
    if (!getUnitByCode(db, input.code)) throw new UserError(`Không có đơn vị mã ${input.code}.`, 'not_found');
    setUnitActive(db, input.code, input.active);
    return getUnitByCode(db, input.code)!;
  },
  'units.import': async (input, ctx) => {
    await backupIfEnabled(ctx, 'before-units');
    return importUnitCatalogue(ctx.db, input.file.data, input.file.name);
  },
};
