/**
 * PRAGMA application_id of this app's databases: "BHGL" in ASCII, so a hex dump or `file` shows whose file
 * it is and a restore can tell this app's database from any other SQLite file.
 */
export const APP_ID = 0x4248474c;
