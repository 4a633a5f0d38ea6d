import type { Db } from '../db/open';
import { EMPTY_TEXTS, type ReportTexts } from '../../../shared/reports/texts';

export type ReportTextKind = 'progress';

interface Row {
  shortcomings: string;
  tasks: string;
  proposals: string;
}

/** Sections II–IV the office wrote for a report (kind + period as asked, `2024-06`, `2024-Q2`, `2024`). */
export function getReportTexts(db: Db, kind: ReportTextKind, period: string): ReportTexts {
  const r = db
    .prepare('SELECT shortcomings, tasks, proposals FROM report_texts WHERE kind = ? AND period = ?')
    .get(kind, period) as Row | undefined;
  return r ? { shortcomings: r.shortcomings, tasks: r.tasks, proposals: r.proposals } : { ...EMPTY_TEXTS };
}

export function saveReportTexts(
  db: Db,
  kind: ReportTextKind,
  period: string,
  t: ReportTexts,
  now = new Date(),
): ReportTexts {
  db.prepare(
    `INSERT INTO report_texts (kind, period, shortcomings, tasks, proposals, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (kind, period) DO UPDATE SET shortcomings = excluded.shortcomings, tasks = excluded.tasks,
       proposals = excluded.proposals, updated_at = excluded.updated_at`,
  ).run(
    kind,
    period,
    t.shortcomings.normalize('NFC'),
    t.tasks.normalize('NFC'),
    t.proposals.normalize('NFC'),
    now.toISOString(),
  );
  return getReportTexts(db, kind, period);
}
