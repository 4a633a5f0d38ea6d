import type { Db } from '../db/open';
import type { DashboardData } from '../../../shared/api/types';
import { parsePeriod, formatPeriod } from '../../../shared/domain/period';
import { listTargets } from '../repos/targets';
import { monthForPeriod, summaryForMonth } from './values';

/**
 * Tổng quan's first paint in one call: no second round trip for the plan's targets, and the 10,000 rows
 * of communes it never draws are not even built (summaryForMonth).
 */
export function getDashboard(db: Db, periodText: string): DashboardData {
  const period = parsePeriod(periodText);
  const { values } = summaryForMonth(db, monthForPeriod(db, period), formatPeriod(period));
  return { values, targets: values.plan ? listTargets(db, values.plan.id) : [] };
}
