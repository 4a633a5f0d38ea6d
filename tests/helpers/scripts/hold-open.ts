/**
 * Another program with the database open (as the web mode keeps it): opens, reads, announces BHXH_OPEN
 * and closes when a line arrives on stdin. Usage: tsx tests/helpers/scripts/hold-open.ts DB
 */
import { openDatabase } from '../../../electron/core/db/open';

const db = openDatabase(process.argv[2]!, { create: false });
db.prepare('SELECT count(*) FROM units').get();
process.stderr.write('BHXH_OPEN\n');
process.stdin.once('data', () => {
  db.close();
  process.exit(0);
});
