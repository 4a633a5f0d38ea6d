#!/usr/bin/env node
/** The command line of SPEC §5. Exit 0 done, 1 refused (nothing written), 2 wrong usage. */
import { UserError } from '../../shared/api/contract';
import { PeriodError } from '../../shared/domain/period';
import { storageError } from '../core/db/errors';
import { UsageError, say } from './args';
import { commands } from './commands';

const USAGE = `Cách dùng: npm run cli -- <lệnh> [tùy chọn]
Lệnh: ${Object.keys(commands).join(', ')}
Xem README.md để biết chi tiết từng lệnh.`;

export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    say(USAGE);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    say(`Lệnh không hợp lệ: "${name}".\n${USAGE}`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      say(`${e.message}\n${USAGE}`);
      return 2;
    }
    if (e instanceof PeriodError) {
      say(`Lỗi: ${e.message}`);
      return 1;
    }
    // A refusal, a busy lock, a read-only or full disk: one Vietnamese sentence, never SQLite's English.
    const refusal = e instanceof UserError ? e : storageError(e);
    if (refusal) {
      say(`Lỗi: ${refusal.message}`);
      return 1;
    }
    // A bug: its message, and the stack only when asked for (BHXH_DEBUG=1), never in front of a clerk.
    const detail =
      e instanceof Error ? (process.env.BHXH_DEBUG ? (e.stack ?? e.message) : e.message) : String(e);
    say(`Lỗi không mong muốn: ${detail}`);
    return 1;
  }
}

const code = await runCli(process.argv.slice(2));
// A server command keeps running; every other command ends here with its code.
if (code !== -1) process.exitCode = code;
