import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { UserError, type BackupInfo } from '../../../shared/api/contract';
import type { FileOutput } from '../../../shared/api/files';
import type { CoreContext } from '../context';
import { StorageError } from '../db/errors';
import { schemaVersion } from '../db/open';
import { getSettings } from '../repos/settings';
import { durableRename } from './durable';

const NAME_RE =
  /^bhxh-(\d{8}-\d{6}-\d{3})-(manual|before-import|before-restore|before-undo|before-units)\.db$/;

export function stamp(d = new Date()): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}-${p(d.getMilliseconds(), 3)}`;
}

/** Why a backup could not be written, in the clerk's words; the database was not touched. */
export function backupError(e: unknown): StorageError {
  const code = String((e as { code?: unknown } | null)?.code ?? '');
  if (code === 'ENOSPC' || code === 'SQLITE_FULL' || code === 'EDQUOT')
    return new StorageError(
      'Không tạo được bản sao lưu vì ổ đĩa đã đầy; chưa ghi gì vào cơ sở dữ liệu. Hãy giải phóng dung lượng rồi thử lại.',
    );
  return new StorageError(
    'Không tạo được bản sao lưu: thư mục sao lưu (backups, cạnh tệp cơ sở dữ liệu) không tạo được hoặc không ghi được; ' +
      'chưa ghi gì vào cơ sở dữ liệu. Hãy kiểm tra quyền ghi của thư mục, hoặc tắt "Sao lưu tự động" trong Cài đặt.',
  );
}

/** Writes `write(tmp)` under a temporary name and renames it in place: a backup is whole or absent. */
async function writeBackup(
  ctx: CoreContext,
  reason: BackupInfo['reason'],
  write: (tmp: string) => Promise<void> | void,
): Promise<BackupInfo> {
  const name = `bhxh-${stamp()}-${reason}.db`;
  const file = join(ctx.backupDir, name);
  const tmp = `${file}.tmp`;
  try {
    mkdirSync(ctx.backupDir, { recursive: true });
    await write(tmp);
    durableRename(tmp, file);
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // The folder itself is unusable; nothing was written there.
    }
    throw backupError(e);
  }
  if (!ctx.unavailable) pruneBackups(ctx, getSettings(ctx.db).backupKeep);
  return { name, createdAt: new Date().toISOString(), sizeBytes: statSync(file).size, reason };
}

/** A consistent copy through SQLite's online backup (safe with WAL and open readers). */
export function backupDatabase(ctx: CoreContext, reason: BackupInfo['reason']): Promise<BackupInfo> {
  return writeBackup(ctx, reason, async (tmp) => {
    if (ctx.dbPath === ':memory:') writeFileSync(tmp, ctx.db.serialize());
    else await ctx.db.backup(tmp);
  });
}

/** Before a change the clerk may regret (import, undo, catalogue): a backup when the setting asks for it. */
export async function backupIfEnabled(ctx: CoreContext, reason: BackupInfo['reason']): Promise<void> {
  if (getSettings(ctx.db).autoBackup) await backupDatabase(ctx, reason);
}

/** A database that cannot be opened is kept byte for byte (with its WAL) before a restore replaces it. */
export function backupRawFile(ctx: CoreContext): Promise<BackupInfo | null> {
  if (!existsSync(ctx.dbPath)) return Promise.resolve(null);
  return writeBackup(ctx, 'before-restore', (tmp) => {
    copyFileSync(ctx.dbPath, tmp);
    if (existsSync(`${ctx.dbPath}-wal`))
      copyFileSync(`${ctx.dbPath}-wal`, `${tmp.slice(0, -'.tmp'.length)}-wal`);
  });
}

/** Keeps the newest `keep` backups (names sort by time); a backup's companion WAL goes with it. */
export function pruneBackups(ctx: CoreContext, keep: number): void {
  for (const b of listBackups(ctx).slice(Math.max(1, keep))) {
    try {
      rmSync(join(ctx.backupDir, b.name), { force: true });
      rmSync(join(ctx.backupDir, `${b.name}-wal`), { force: true });
    } catch {
      // Left for the next backup to remove.
    }
  }
}

export function listBackups(ctx: CoreContext): BackupInfo[] {
  let names: string[];
  try {
    names = readdirSync(ctx.backupDir);
  } catch {
    // No folder yet (or not readable): no backups to offer.
    return [];
  }
  return names
    .filter((n) => NAME_RE.test(n))
    .map((name) => {
      const st = statSync(join(ctx.backupDir, name));
      return {
        name,
        createdAt: st.mtime.toISOString(),
        sizeBytes: st.size,
        reason: NAME_RE.exec(name)![2] as BackupInfo['reason'],
      };
    })
    .sort((a, b) => b.name.localeCompare(a.name));
}

export function databaseInfo(ctx: CoreContext) {
  // In WAL mode most recent writes sit in the -wal file until a checkpoint: the size is both.
  const sizeBytes =
    ctx.dbPath === ':memory:'
      ? 0
      : [ctx.dbPath, `${ctx.dbPath}-wal`].reduce((n, f) => n + (existsSync(f) ? statSync(f).size : 0), 0);
  return {
    path: ctx.dbPath,
    schemaVersion: ctx.unavailable ? 0 : schemaVersion(ctx.db),
    sizeBytes,
    backups: listBackups(ctx),
  };
}

export function backupPath(ctx: CoreContext, name: string): string {
  // Only names this app wrote: never a path from outside.
  if (basename(name) !== name || !NAME_RE.test(name)) throw new UserError('Tên bản sao lưu không hợp lệ.');
  const file = join(ctx.backupDir, name);
  if (!existsSync(file)) throw new UserError(`Không tìm thấy bản sao lưu ${name}.`, 'not_found');
  return file;
}

export function readBackup(ctx: CoreContext, name: string): FileOutput {
  return { name, mime: 'application/vnd.sqlite3', data: new Uint8Array(readFileSync(backupPath(ctx, name))) };
}
