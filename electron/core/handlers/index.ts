import type { ApiMethod } from '../../../shared/api/contract';
import { dashboardHandlers } from './dashboard';
import { importsHandlers } from './imports';
import { reportsHandlers } from './reports';
import { settingsHandlers } from './settings';
import { targetsHandlers } from './targets';
import type { HandlerMap } from './types';
import { unitsHandlers } from './units';
import { valuesHandlers } from './values';

/** One handler per contract method; the type makes a missing one a compile error. */
export const handlers: HandlerMap<ApiMethod> = {
  ...unitsHandlers,
  ...valuesHandlers,
  ...dashboardHandlers,
  ...targetsHandlers,
  ...importsHandlers,
  ...reportsHandlers,
  ...settingsHandlers,
};
