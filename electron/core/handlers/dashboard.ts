import type { dashboardApi } from '../../../shared/api/contract';
import { getDashboard } from '../services/dashboard';
import type { HandlerMap } from './types';

export const dashboardHandlers: HandlerMap<keyof typeof dashboardApi> = {
  'dashboard.get': (input, { db }) => getDashboard(db, input.period),
};
