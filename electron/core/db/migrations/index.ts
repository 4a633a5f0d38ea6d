import { m001Schema } from './001-schema';
import { m002Seed } from './002-seed';
import { m006ImportSources } from './006-import-sources';
import type { Migration } from './types';

/** Ordered; a version once released is never edited, only followed by a new one. */
export const MIGRATIONS: readonly Migration[] = [m001Schema, m002Seed, m006ImportSources];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
