import type { Db } from '../db/open';
import type { Formula, Indicator } from '../../../shared/domain/indicators';

interface IndicatorRow {
  code: string;
  label: string;
  short_label: string;
  measure: Indicator['measure'];
  kind: Indicator['kind'];
  formula: string | null;
  natural_period: Indicator['naturalPeriod'];
  sort_order: number;
}

export function listIndicators(db: Db): Indicator[] {
  const rows = db.prepare('SELECT * FROM indicators ORDER BY sort_order, code').all() as IndicatorRow[];
  return rows.map((r) => ({
    code: r.code,
    label: r.label,
    shortLabel: r.short_label,
    measure: r.measure,
    kind: r.kind,
    formula: r.formula ? (JSON.parse(r.formula) as Formula) : null,
    naturalPeriod: r.natural_period,
    sortOrder: r.sort_order,
  }));
}
