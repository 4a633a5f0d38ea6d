import {
  closeSync,
  existsSync,
  linkSync,
  copyFileSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { UserError } from '../../../shared/api/contract';
import type { CoreContext } from '../context';
import { DatabaseVersionError, STORAGE_MESSAGES, storageError } from '../db/errors';
import { inspectDatabase } from '../db/inspect';
import { LATEST_VERSION, migrate, openDatabase } from '../db/open';
import { busyTimeoutMs } from '../db/write-lock';
import { backupDatabase, backupPath, backupRawFile, stamp } from './backup';
import { fsyncDir, fsyncFile } from './durable';
import { previousPath, stagingPrefix } from './leftovers';
import { pausePoint } from './test-pause';

const KEPT = 'Số liệu hiện tại được giữ nguyên.';

const refuse = (why: string) => new UserError(`Không khôi phục: ${why} ${KEPT}`);

export const RESTORE_BUSY =
  'Không khôi phục: cơ sở dữ liệu đang được một chương trình khác mở (dòng lệnh, chế độ trình duyệt hoặc một cửa sổ khác của ứng dụng). ' +
  `Hãy đóng chương trình đó rồi thử lại. ${KEPT}`;

const isBusy = (e: unknown) => /^SQLITE_(BUSY|LOCKED)/.test(String((e as { code?: unknown }).code ?? ''));

/** Copies the candidate beside the live file in slices (a crash test stops it half-way). */
function stage(ctx: CoreContext, data: Uint8Array): string {
  const staged = `${dirname(ctx.dbPath)}/${stagingPrefix(ctx.dbPath)}${stamp()}.tmp`;
  const fd = openSync(staged, 'wx');
  try {
    const slice = 1 << 16;
    for (let at = 0; at < data.length; at += slice) {
      writeSync(fd, data, at, Math.min(slice, data.length - at));
      if (at === 0) pausePoint('restore:copying');
    }
  } finally {
    closeSync(fd);
  }
  return staged;
}

/**
 * Checks the staged copy as a database of this app that this version can open, whole (integrity_check),
 * brings an older one up to date, and leaves it self-contained (no WAL beside it).
 */
function prepareCandidate(staged: string): void {
  try {
    const found = inspectDatabase(staged, LATEST_VERSION);
    if (found.kind !== 'app') throw refuse('tệp đã chọn rỗng, không có số liệu của ứng dụng.');
  } catch (e) {
    if (e instanceof DatabaseVersionError)
      throw refuse(`tệp đã chọn được tạo bởi phiên bản mới hơn của ứng dụng; hãy cập nhật ứng dụng trước.`);
    if (e instanceof UserError && e.message === STORAGE_MESSAGES.foreign)
      throw refuse(
        'tệp đã chọn là cơ sở dữ liệu của một chương trình khác, không phải của ứng dụng BHXH Gia Lai.',
      );
    if (e instanceof UserError && e.message.startsWith('Không khôi phục')) throw e;
    throw refuse('tệp đã chọn không phải cơ sở dữ liệu hợp lệ hoặc đã bị hỏng.');
  }
  let db: Database.Database | null = null;
  try {
    db = new Database(staged, { fileMustExist: true });
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw refuse('tệp đã chọn bị hỏng (kiểm tra toàn vẹn không đạt).');
    migrate(db);
    db.pragma('journal_mode = DELETE');
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw refuse('tệp đã chọn không phải cơ sở dữ liệu hợp lệ hoặc đã bị hỏng.');
  } finally {
    db?.close();
  }
}

/** Opens the live database again after a refused restore; when even that fails, the context is in recovery. */
function reopen(ctx: CoreContext): void {
  try {
    ctx.db = openDatabase(ctx.dbPath, { create: false });
    ctx.unavailable = null;
  } catch (e) {
    ctx.unavailable = (storageError(e) ?? new UserError(STORAGE_MESSAGES.closed)).message;
  }
}

/**
 * Takes the live file over: closes this process's connection, then switches the file out of WAL, which
 * SQLite allows only when no other connection (another process) has it open, and which leaves no WAL
 * beside it that could be replayed onto the restored file.
 */
function takeOver(ctx: CoreContext): void {
  if (!ctx.unavailable && ctx.db.open) ctx.db.close();
  let guard: Database.Database | null = null;
  try {
    guard = new Database(ctx.dbPath, { fileMustExist: true });
    guard.pragma(`busy_timeout = ${Math.min(busyTimeoutMs(), 1000)}`);
    guard.pragma('journal_mode = DELETE');
  } catch (e) {
    if (isBusy(e)) {
      guard?.close();
      if (!ctx.unavailable) reopen(ctx);
      throw new UserError(RESTORE_BUSY);
    }
    if (!ctx.unavailable) {
      guard?.close();
      reopen(ctx);
      throw storageError(e) ?? e;
    }
    // In recovery the live file may not even be a database; it was saved byte for byte with its WAL.
    guard?.close();
    guard = null;
    for (const ext of ['-wal', '-shm', '-journal']) rmSync(ctx.dbPath + ext, { force: true });
  }
  guard?.close();
}

/**
 * Puts the staged file in place with one rename (a crash leaves the old file or the new one, never a mix),
 * keeping the previous file until the new one has opened.
 */
function swapIn(ctx: CoreContext, staged: string): void {
  const previous = previousPath(ctx.dbPath);
  rmSync(previous, { force: true });
  if (existsSync(ctx.dbPath)) {
    try {
      linkSync(ctx.dbPath, previous);
    } catch {
      copyFileSync(ctx.dbPath, previous);
    }
  }
  fsyncFile(staged);
  pausePoint('restore:before-rename');
  renameSync(staged, ctx.dbPath);
  fsyncDir(dirname(ctx.dbPath));
  pausePoint('restore:renamed');
  try {
    ctx.db = openDatabase(ctx.dbPath, { create: false });
  } catch (e) {
    if (existsSync(previous)) renameSync(previous, ctx.dbPath);
    reopen(ctx);
    throw storageError(e) ?? e;
  }
  rmSync(previous, { force: true });
  ctx.unavailable = null;
  ctx.previews.clear();
}

async function restore(ctx: CoreContext, data: Uint8Array): Promise<void> {
  if (ctx.dbPath === ':memory:')
    throw new UserError('Không thể khôi phục vào cơ sở dữ liệu tạm trong bộ nhớ.');
  let staged: string | null = null;
  try {
    try {
      staged = stage(ctx, data);
    } catch (e) {
      throw storageError(e) ?? e;
    }
    prepareCandidate(staged);
    pausePoint('restore:checked');
    if (ctx.unavailable) await backupRawFile(ctx);
    else await backupDatabase(ctx, 'before-restore');
    takeOver(ctx);
    swapIn(ctx, staged);
    staged = null;
  } finally {
    if (staged) rmSync(staged, { force: true });
  }
}

export function restoreBackup(ctx: CoreContext, name: string): Promise<void> {
  return restore(ctx, new Uint8Array(readFileSync(backupPath(ctx, name))));
}

export function restoreFromBytes(ctx: CoreContext, data: Uint8Array): Promise<void> {
  return restore(ctx, data);
}
