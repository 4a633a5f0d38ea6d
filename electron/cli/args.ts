import { parseArgs, type ParseArgsConfig } from 'node:util';
import { existsSync } from 'node:fs';
import { UserError } from '../../shared/api/contract';
import { createContext, type CoreContext } from '../core/context';
import { openDatabase, type Db } from '../core/db/open';

/** Wrong usage: exit code 2. */
export class UsageError extends Error {}

export type Options = NonNullable<ParseArgsConfig['options']>;

export function parse<O extends Options>(argv: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (e) {
    throw new UsageError(`Tham số không hợp lệ: ${(e as Error).message}`);
  }
}

export function required<T>(value: T | undefined, flag: string): T {
  if (value === undefined || value === '') throw new UsageError(`Thiếu tham số --${flag}.`);
  return value;
}

/** Opens an existing database; only `init` creates one. */
export function openExisting(file: string): Db {
  if (!existsSync(file))
    throw new UserError(`Không tìm thấy cơ sở dữ liệu "${file}". Hãy chạy "init --db ${file}" trước.`);
  return openDatabase(file, { create: false });
}

/** A session on an existing database (commands that back up first need the context). */
export function contextExisting(file: string): CoreContext {
  openExisting(file).close();
  return createContext(file, { create: false });
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Messages for people go to stderr; stdout is for machine-readable output. */
export function say(message: string): void {
  process.stderr.write(`${message}\n`);
}
