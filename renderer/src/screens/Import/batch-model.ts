import type { ImportPreview } from '../../../../shared/api/import-types';
import { formatCount } from '../../../../shared/format/vi';

/**
 * What one file of a batch would do: refused (its errors block every file), waiting for the clerk's answer to
 * a layout question (which column, which period; it blocks too, but the file needs no fixing), nothing new,
 * with warnings, or ready.
 */
export type FileStatus = 'refused' | 'asks' | 'warnings' | 'ready' | 'same';

export interface BatchFile {
  name: string;
  status: FileStatus;
  errors: number;
  /** Layout questions of this file, each also one of its errors. */
  questions: number;
  warnings: number;
  inserted: number;
  updated: number;
  unchanged: number;
  alreadyImportedAs: number | null;
}

const ORDER: Record<FileStatus, number> = { refused: 0, asks: 1, warnings: 2, ready: 3, same: 4 };

/** The batch's files, the ones the clerk must act on first; counts of problems come from the preview's lists. */
export function batchFiles(p: ImportPreview): BatchFile[] {
  const tally = (list: { file: string }[]) => {
    const m = new Map<string, number>();
    for (const x of list) m.set(x.file, (m.get(x.file) ?? 0) + 1);
    return m;
  };
  const errors = tally(p.errors);
  const warnings = tally(p.warnings);
  const questions = tally(p.questions ?? []);
  const rows = p.files.map((f, i) => {
    const c = f.counts ?? { inserted: 0, updated: 0, unchanged: 0 };
    const e = errors.get(f.name) ?? 0;
    const w = warnings.get(f.name) ?? 0;
    const q = questions.get(f.name) ?? 0;
    const status: FileStatus =
      e > q
        ? 'refused'
        : q > 0
          ? 'asks'
          : c.inserted + c.updated === 0
            ? 'same'
            : w > 0
              ? 'warnings'
              : 'ready';
    return {
      row: {
        name: f.name,
        status,
        errors: e,
        questions: q,
        warnings: w,
        ...c,
        alreadyImportedAs: f.alreadyImportedAs,
      },
      i,
    };
  });
  return rows.sort((a, b) => ORDER[a.row.status] - ORDER[b.row.status] || a.i - b.i).map((r) => r.row);
}

export const FILE_STATUS_COLOR: Record<FileStatus, string> = {
  refused: 'red',
  asks: 'orange',
  warnings: 'gold',
  ready: 'green',
  same: 'default',
};

export function fileStatusText(f: BatchFile): string {
  switch (f.status) {
    case 'refused':
      return `Bị từ chối: ${formatCount(f.errors)} lỗi`;
    case 'asks':
      return `Chờ trả lời: ${formatCount(f.questions)} câu hỏi`;
    case 'same':
      return f.alreadyImportedAs !== null
        ? `Đã nhập (lần số ${f.alreadyImportedAs})`
        : 'Không có gì thay đổi';
    case 'warnings':
      return `${formatCount(f.warnings)} cảnh báo`;
    case 'ready':
      return 'Sẵn sàng';
  }
}

/** One notice for the whole batch instead of one banner per file. */
export interface BatchNotice {
  type: 'error' | 'info';
  lines: string[];
}

export function batchNotice(files: BatchFile[]): BatchNotice | null {
  const refused = files.filter((f) => f.status === 'refused');
  const same = files.filter((f) => f.status === 'same');
  const asks = files.filter((f) => f.status === 'asks');
  const lines: string[] = [];
  if (refused.length) {
    const rest = files.length - refused.length;
    lines.push(
      refused.length === files.length
        ? `${names(refused)} bị từ chối: sửa tệp rồi chọn lại.`
        : `${names(refused)} bị từ chối nên chưa ghi được tệp nào. Bỏ ${refused.length === 1 ? 'tệp này' : 'các tệp này'} để ghi ${formatCount(rest)} tệp còn lại, hoặc sửa rồi chọn lại.`,
    );
  }
  if (asks.length)
    lines.push(`${names(asks)} chờ bạn trả lời câu hỏi ở phía trên rồi mới ghi được; không cần sửa tệp.`);
  if (same.length)
    lines.push(
      same.length === files.length
        ? `${same.length === 1 ? 'Tệp' : `Cả ${formatCount(same.length)} tệp`} không mang số liệu nào mới hay thay đổi${same.some((f) => f.alreadyImportedAs !== null) ? ' (đã được nhập trước đây)' : ''}.`
        : `${formatCount(same.length)} tệp không mang số liệu nào mới hay thay đổi${same.some((f) => f.alreadyImportedAs !== null) ? ' (đã được nhập trước đây)' : ''}; ghi cùng các tệp khác cũng không sao.`,
    );
  if (!lines.length) return null;
  return { type: refused.length ? 'error' : 'info', lines };
}

function names(files: BatchFile[]): string {
  if (files.length === 1) return `Tệp ${files[0]!.name}`;
  const shown = files.slice(0, 3).map((f) => f.name);
  return `${formatCount(files.length)} tệp (${shown.join(', ')}${files.length > 3 ? ', …' : ''})`;
}
