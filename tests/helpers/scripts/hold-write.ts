/**
 * A second writer for the concurrency tests: takes the write lock, writes one setting, announces
 * BHXH_HOLDING on stderr and commits only when a line arrives on stdin.
 * Usage: tsx tests/helpers/scripts/hold-write.ts DB KEY
 */
import { openDatabase } from '../../../electron/core/db/open';

const [file, key] = process.argv.slice(2) as [string, string];
const db = openDatabase(file, { create: false });
db.exec('BEGIN IMMEDIATE');
db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(key, '"held"');
process.stderr.write('BHXH_HOLDING\n');
process.stdin.once('data', () => {
  db.exec('COMMIT');
  db.close();
  process.stderr.write('BHXH_RELEASED\n');
  process.exit(0);
});
