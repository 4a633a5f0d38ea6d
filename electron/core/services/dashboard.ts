import type { Db } from '../db/open';
import type { DashboardData } from '../../../shared/api/types';
import { listTargets } from '../repos/targets';
import { getValues } from './values';

/**
 * Tổng quan's first paint in one call: no second round trip for the plan's targets, and the 10,000 rows
 * of communes it never draws stay here instead of crossing to the renderer.
 */
export function getDashboard(db: Db, period: string): DashboardData {
  const v = getValues(db, period);
  return {
    values: { ...v, rows: v.rows.filter((r) => r.level !== 'commune') },
    targets: v.plan ? listTargets(db, v.plan.id) : [],
  };
}
