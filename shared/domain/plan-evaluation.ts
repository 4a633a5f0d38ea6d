/**
 * A plan's final evaluation: each year's result against that year's target, where the plan started and
 * ended, and the people it added. Rates are compared to two decimals, as the plan states its targets.
 */
import type { PlanInfo, ReportSettings } from '../api/types';

export interface EvaluationPoint {
  /** The month the figures are of (`YYYY-MM`). */
  month: string;
  laborForce: number | null;
  bhxhParticipants: number | null;
  bhtn: number | null;
  bhxhCoverage: number | null;
  bhtnCoverage: number | null;
}

export interface EvaluationYear extends EvaluationPoint {
  year: number;
  bhxhTarget: number | null;
  bhtnTarget: number | null;
  /** null: no target that year, or no figure. */
  bhxhMet: boolean | null;
  bhtnMet: boolean | null;
}

export interface PlanEvaluationModel {
  plan: PlanInfo;
  unit: string;
  unitName: string;
  years: EvaluationYear[];
  /** Before the plan (December of the year before it), or the first month with figures in its first year. */
  start: EvaluationPoint | null;
  end: EvaluationPoint | null;
  added: { bhxhParticipants: number | null; bhtn: number | null };
  summary: string[];
  settings: ReportSettings;
  generatedAt: string;
}

export function met(actual: number | null, target: number | null): boolean | null {
  if (actual === null || target === null) return null;
  return Math.round(actual * 100) >= Math.round(target * 100);
}

export function difference(a: number | null | undefined, b: number | null | undefined): number | null {
  return a === null || a === undefined || b === null || b === undefined ? null : a - b;
}
