import { APP_ID } from '../app-id';
import type { Migration } from './types';

/**
 * Stamps the app's application_id, so an open or a restore can tell this app's database from another
 * program's SQLite file. Databases made before it (id 0, this schema) are recognised by their tables.
 */
export const m005ApplicationId: Migration = {
  version: 5,
  name: 'application-id',
  up: (db) => {
    db.pragma(`application_id = ${APP_ID}`);
  },
};
