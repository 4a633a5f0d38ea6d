import type { valuesApi } from '../../../shared/api/contract';
import { listIndicators } from '../repos/indicators';
import { cellHistory } from '../repos/imports';
import { latestMonth } from '../repos/observations';
import { correctByHand, unitOrThrow } from '../services/hand-correction';
import { getValues } from '../services/values';
import type { HandlerMap } from './types';

export const valuesHandlers: HandlerMap<keyof typeof valuesApi> = {
  'indicators.list': (_i, { db }) => listIndicators(db),
  'values.get': (input, { db }) => getValues(db, input.period),
  'values.latestMonth': (_i, { db }) => latestMonth(db),
  'values.history': (input, { db }) => {
    const u = unitOrThrow(db, input.unit, input.period);
    return cellHistory(db, u.id, input.indicator, input.period);
  },
  'values.set': (input, { db }) => correctByHand(db, input),
};
