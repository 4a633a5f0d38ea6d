import type { Migration } from './types';
import { PROVINCE_CODE, SEED_PLAN } from './002-seed';

/**
 * A target belongs to the document that set it: `from_document` says whether its plan actually contains it
 * (1) or the office entered it under the plan in force (0). Before this, a target typed without naming a
 * document was filed under the plan in force, so only the seeded targets of plan 156 are known to come from
 * it; every other existing target is marked as the office's rather than credited to a document that may not
 * contain it. Sections II–IV of a report, written by the office, are kept per report kind and period.
 */
export const m004TargetDocumentsReportTexts: Migration = {
  version: 4,
  name: 'target documents, report texts',
  up(db) {
    db.exec(`
      ALTER TABLE targets ADD COLUMN from_document INTEGER NOT NULL DEFAULT 0 CHECK (from_document IN (0, 1));

      CREATE TABLE report_texts (
        kind TEXT NOT NULL CHECK (kind IN ('progress')),
        period TEXT NOT NULL,
        shortcomings TEXT NOT NULL DEFAULT '',
        tasks TEXT NOT NULL DEFAULT '',
        proposals TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (kind, period)
      ) STRICT;
    `);
    const mark = db.prepare(
      `UPDATE targets SET from_document = 1
       WHERE plan_id = (SELECT id FROM plans WHERE number = ?)
         AND unit_id = (SELECT id FROM units WHERE code = ?)
         AND indicator = ? AND year = ? AND value = ?`,
    );
    for (const t of SEED_PLAN.provinceTargets)
      mark.run(SEED_PLAN.number, PROVINCE_CODE, t.indicator, t.year, t.value);
  },
};
