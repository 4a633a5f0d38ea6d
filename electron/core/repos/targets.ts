import type { Db } from '../db/open';
import type { PlanInfo, TargetInfo } from '../../../shared/api/types';

interface PlanRow {
  id: number;
  number: string;
  issued_on: string;
  title: string;
  year_from: number;
  year_to: number;
}

const toPlan = (r: PlanRow): PlanInfo => ({
  id: r.id,
  number: r.number,
  issuedOn: r.issued_on,
  title: r.title,
  yearFrom: r.year_from,
  yearTo: r.year_to,
});

export function listPlans(db: Db): PlanInfo[] {
  return (db.prepare('SELECT * FROM plans ORDER BY issued_on DESC').all() as PlanRow[]).map(toPlan);
}

/** The plan in force for a year: the latest issued among those covering it. */
export function planForYear(db: Db, year: number): PlanInfo | null {
  const r = db
    .prepare(
      'SELECT * FROM plans WHERE year_from <= ? AND year_to >= ? ORDER BY issued_on DESC, id DESC LIMIT 1',
    )
    .get(year, year) as PlanRow | undefined;
  return r ? toPlan(r) : null;
}

export function getPlanByNumber(db: Db, number: string): PlanInfo | null {
  const r = db.prepare('SELECT * FROM plans WHERE number = ?').get(number) as PlanRow | undefined;
  return r ? toPlan(r) : null;
}

export function upsertPlan(db: Db, p: Omit<PlanInfo, 'id'>): number {
  const existing = getPlanByNumber(db, p.number);
  if (existing) {
    db.prepare('UPDATE plans SET issued_on = ?, title = ?, year_from = ?, year_to = ? WHERE id = ?').run(
      p.issuedOn,
      p.title,
      p.yearFrom,
      p.yearTo,
      existing.id,
    );
    return existing.id;
  }
  return Number(
    db
      .prepare('INSERT INTO plans (number, issued_on, title, year_from, year_to) VALUES (?, ?, ?, ?, ?)')
      .run(p.number, p.issuedOn, p.title, p.yearFrom, p.yearTo).lastInsertRowid,
  );
}

interface TargetRow {
  plan_id: number;
  plan_number: string;
  unit_id: number;
  unit_code: string;
  indicator: string;
  year: number;
  value: number;
  kind: 'rate' | 'count';
  from_document: number;
}

const TARGET_SELECT = `SELECT t.*, p.number AS plan_number, u.code AS unit_code
  FROM targets t JOIN plans p ON p.id = t.plan_id JOIN units u ON u.id = t.unit_id`;

const toTarget = (r: TargetRow): TargetInfo => ({
  planId: r.plan_id,
  planNumber: r.plan_number,
  unitCode: r.unit_code,
  indicator: r.indicator,
  year: r.year,
  value: r.value,
  kind: r.kind,
  fromDocument: r.from_document === 1,
});

export function listTargets(db: Db, planId?: number): TargetInfo[] {
  const rows = (
    planId === undefined
      ? db.prepare(`${TARGET_SELECT} ORDER BY t.year, u.sort_order, t.indicator`).all()
      : db
          .prepare(`${TARGET_SELECT} WHERE t.plan_id = ? ORDER BY t.year, u.sort_order, t.indicator`)
          .all(planId)
  ) as TargetRow[];
  return rows.map(toTarget);
}

/**
 * Targets for a year, keyed `unitId|indicator`: each from the latest-issued plan covering the year that has
 * one, so a 2024 document does not hide the 2025 targets of the plan before it.
 */
export function targetsForYear(db: Db, year: number): Map<string, TargetInfo> {
  const out = new Map<string, TargetInfo>();
  const rows = db
    .prepare(
      `${TARGET_SELECT} WHERE t.year = ? AND p.year_from <= t.year AND p.year_to >= t.year
       ORDER BY p.issued_on DESC, p.id DESC`,
    )
    .all(year) as TargetRow[];
  for (const r of rows) {
    const key = `${r.unit_id}|${r.indicator}`;
    if (!out.has(key)) out.set(key, toTarget(r));
  }
  return out;
}

export function setTarget(
  db: Db,
  t: {
    planId: number;
    unitId: number;
    indicator: string;
    year: number;
    value: number;
    kind: 'rate' | 'count';
    /** The plan contains this target (named with --plan, or imported from its appendix); else the office's. */
    fromDocument: boolean;
  },
): void {
  db.prepare(
    `INSERT INTO targets (plan_id, unit_id, indicator, year, value, kind, from_document) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (plan_id, unit_id, indicator, year)
     DO UPDATE SET value = excluded.value, kind = excluded.kind, from_document = excluded.from_document`,
  ).run(t.planId, t.unitId, t.indicator, t.year, t.value, t.kind, t.fromDocument ? 1 : 0);
}

export function deleteTarget(
  db: Db,
  t: { planId: number; unitId: number; indicator: string; year: number },
): void {
  db.prepare('DELETE FROM targets WHERE plan_id = ? AND unit_id = ? AND indicator = ? AND year = ?').run(
    t.planId,
    t.unitId,
    t.indicator,
    t.year,
  );
}
