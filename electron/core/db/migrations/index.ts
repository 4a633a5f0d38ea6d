import { m001Schema } from './001-schema';
import { m002Seed } from './002-seed';
import { m003UnitsAcrossTime } from './003-units-across-time';
import { m004TargetDocumentsReportTexts } from './004-target-documents-report-texts';
import { m005ApplicationId } from './005-application-id';
import { m006ImportSources } from './006-import-sources';
import { m007ChangesByImport } from './007-changes-by-import';
import { m008StoredSummaries } from './008-stored-summaries';
import type { Migration } from './types';

/** Ordered; a version once released is never edited, only followed by a new one. */
export const MIGRATIONS: readonly Migration[] = [
  m001Schema,
  m002Seed,
  m003UnitsAcrossTime,
  m004TargetDocumentsReportTexts,
  m005ApplicationId,
  m006ImportSources,
  m007ChangesByImport,
  m008StoredSummaries,
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
