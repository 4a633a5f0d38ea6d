import { UserError, type targetsApi } from '../../../shared/api/contract';
import { listPlans, listTargets, upsertPlan } from '../repos/targets';
import { importTargetsWorkbook } from '../services/targets-import';
import { setTargetChecked } from '../services/targets';
import type { HandlerMap } from './types';

export const targetsHandlers: HandlerMap<keyof typeof targetsApi> = {
  'plans.list': (_i, { db }) => listPlans(db),
  'plans.save': (input, { db }) => {
    if (input.yearFrom > input.yearTo)
      throw new UserError('Năm bắt đầu của kế hoạch phải trước năm kết thúc.');
    const id = upsertPlan(db, input);
    return listPlans(db).find((p) => p.id === id)!;
  },
  'targets.list': (input, { db }) => listTargets(db, input.planId),
  'targets.set': (input, { db }) => setTargetChecked(db, input),
  'targets.import': (input, { db }) =>
    importTargetsWorkbook(db, input.file.data, input.file.name, input.planNumber),
};
