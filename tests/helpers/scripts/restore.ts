/**
 * A restore in its own process, so a crash test can SIGKILL it at a BHXH_TEST_PAUSE point.
 * Usage: tsx tests/helpers/scripts/restore.ts DB BACKUP_NAME
 */
import { createContext } from '../../../electron/core/context';
import { restoreBackup } from '../../../electron/core/services/restore';

const [file, name] = process.argv.slice(2) as [string, string];
const ctx = createContext(file, { create: false });
await restoreBackup(ctx, name);
ctx.db.close();
process.stderr.write('BHXH_RESTORED\n');
