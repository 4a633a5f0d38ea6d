import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { UserError, type BackupInfo } from '../../../shared/api/contract';
import type { FileOutput } from '../../../shared/api/files';
import type { CoreContext } from '../context';
import { openDatabase, schemaVersion } from '../db/open';

const NAME_RE = /^bhxh-(\d{8}-\d{6}-\d{3})-(manual|before-import|before-restore)\.db$/;

function stamp(d = new Date()): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}-${p(d.getMilliseconds(), 3)}`;
}

/** A consistent copy through SQLite's online backup (safe with WAL and open readers). */
export async function backupDatabase(ctx: CoreContext, reason: BackupInfo['reason']): Promise<BackupInfo> {
  mkdirSync(ctx.backupDir, { recursive: true });
  const name = `bhxh-${stamp()}-${reason}.db`;
  const file = join(ctx.backupDir, name);
  if (ctx.dbPath === ':memory:') {
    writeFileSync(file, ctx.db.serialize());
  } else {
    await ctx.db.backup(file);
  }
  return { name, createdAt: new Date().toISOString(), sizeBytes: statSync(file).size, reason };
}

export function listBackups(ctx: CoreContext): BackupInfo[] {
  if (!existsSync(ctx.backupDir)) return [];
  return readdirSync(ctx.backupDir)
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
  return { path: ctx.dbPath, schemaVersion: schemaVersion(ctx.db), sizeBytes, backups: listBackups(ctx) };
}

function backupPath(ctx: CoreContext, name: string): string {
  // Only names this app wrote: never a path from outside.
  if (basename(name) !== name || !NAME_RE.test(name)) throw new UserError('Tên bản sao lưu không hợp lệ.');
  const file = join(ctx.backupDir, name);
  if (!existsSync(file)) throw new UserError(`Không tìm thấy bản sao lưu ${name}.`, 'not_found');
  return file;
}

export function readBackup(ctx: CoreContext, name: string): FileOutput {
  return { name, mime: 'application/vnd.sqlite3', data: new Uint8Array(readFileSync(backupPath(ctx, name))) };
}

/** Checks that a file is a database of this app that this version can open. */
function checkCandidate(file: string): void {
  let probe: Database.Database | null = null;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
    const ok = probe
      .prepare("SELECT count(*) AS n FROM sqlite_master WHERE name IN ('units', 'observations')")
      .get() as { n: number };
    if (ok.n !== 2) throw new UserError('Tệp này không phải cơ sở dữ liệu của ứng dụng BHXH Gia Lai.');
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError('Tệp không phải cơ sở dữ liệu SQLite hợp lệ hoặc đã bị hỏng.');
  } finally {
    probe?.close();
  }
}

function swapIn(ctx: CoreContext, candidate: string): void {
  checkCandidate(candidate);
  if (ctx.dbPath === ':memory:')
    throw new UserError('Không thể khôi phục vào cơ sở dữ liệu tạm trong bộ nhớ.');
  ctx.db.close();
  for (const ext of ['-wal', '-shm']) rmSync(ctx.dbPath + ext, { force: true });
  copyFileSync(candidate, ctx.dbPath);
  ctx.db = openDatabase(ctx.dbPath);
  ctx.previews.clear();
}

export async function restoreBackupAsync(ctx: CoreContext, name: string): Promise<void> {
  const file = backupPath(ctx, name);
  await backupDatabase(ctx, 'before-restore');
  swapIn(ctx, file);
}

export function restoreBackup(ctx: CoreContext, name: string): Promise<void> {
  return restoreBackupAsync(ctx, name);
}

export async function restoreFromBytes(ctx: CoreContext, data: Uint8Array): Promise<void> {
  mkdirSync(ctx.backupDir, { recursive: true });
  const tmp = join(ctx.backupDir, `upload-${stamp()}.tmp`);
  writeFileSync(tmp, data);
  try {
    checkCandidate(tmp);
    await backupDatabase(ctx, 'before-restore');
    const staged = `${tmp}.db`;
    renameSync(tmp, staged);
    swapIn(ctx, staged);
    rmSync(staged, { force: true });
  } finally {
    rmSync(tmp, { force: true });
  }
}
