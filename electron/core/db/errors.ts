import { UserError } from '../../../shared/api/contract';

/** A database from a newer app: refused before anything is written. */
export class DatabaseVersionError extends UserError {}

/** The database or its folder cannot be used as it stands (locked, read-only, full, not a database…). */
export class StorageError extends UserError {}

export const STORAGE_MESSAGES = {
  busy:
    'Cơ sở dữ liệu đang được một chương trình khác ghi (một lần nhập khác, dòng lệnh hoặc cửa sổ khác). ' +
    'Đã chờ nhưng chưa đến lượt nên chưa ghi gì; hãy thử lại sau ít phút.',
  readonly:
    'Tệp cơ sở dữ liệu chỉ cho phép đọc (tệp hoặc thư mục chứa nó bị khóa ghi, hoặc nằm trên ổ chỉ đọc) ' +
    'nên chưa ghi được gì. Hãy kiểm tra quyền ghi rồi thử lại.',
  notADatabase:
    'Tệp này không phải là cơ sở dữ liệu của ứng dụng (không phải tệp SQLite, hoặc đã hỏng phần đầu tệp); ' +
    'tệp được giữ nguyên.',
  corrupt:
    'Tệp cơ sở dữ liệu đã bị hỏng. Hãy khôi phục từ một bản sao lưu (Cài đặt → Cơ sở dữ liệu); ' +
    'tệp hỏng được giữ nguyên.',
  full: 'Ổ đĩa đã đầy nên không ghi được; dữ liệu được giữ nguyên như trước. Hãy giải phóng dung lượng rồi thử lại.',
  cantOpen: 'Không mở được tệp cơ sở dữ liệu (thư mục không tồn tại hoặc không có quyền truy cập).',
  io: 'Lỗi đọc/ghi ổ đĩa khi làm việc với cơ sở dữ liệu; dữ liệu được giữ nguyên. Hãy thử lại, nếu vẫn lỗi hãy kiểm tra ổ đĩa.',
  noAccess: 'Không có quyền ghi vào thư mục hoặc tệp cần ghi; dữ liệu được giữ nguyên.',
  missing: 'Không tìm thấy tệp hoặc thư mục cần dùng.',
  foreign:
    'Tệp này là cơ sở dữ liệu của một chương trình khác, không phải của ứng dụng BHXH Gia Lai; tệp được giữ nguyên.',
  empty:
    'Tệp này rỗng, chưa phải cơ sở dữ liệu của ứng dụng. Chỉ lệnh "init" (hoặc lần mở đầu tiên của ứng dụng) mới tạo cơ sở dữ liệu; tệp được giữ nguyên.',
  closed: 'Cơ sở dữ liệu chưa mở được. Hãy khôi phục từ một bản sao lưu.',
} as const;

function codeOf(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * The clerk's sentence for a failure of the disk, the file or the lock, in place of SQLite's or Node's
 * English (which also names paths); null when the error is something else (a bug, shown as such).
 */
export function storageError(e: unknown): UserError | null {
  if (e instanceof UserError) return e;
  const code = codeOf(e);
  const say = (m: string) => new StorageError(m);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return say(STORAGE_MESSAGES.busy);
  if (code.startsWith('SQLITE_READONLY')) return say(STORAGE_MESSAGES.readonly);
  if (code === 'SQLITE_NOTADB') return say(STORAGE_MESSAGES.notADatabase);
  if (code.startsWith('SQLITE_CORRUPT')) return say(STORAGE_MESSAGES.corrupt);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return say(STORAGE_MESSAGES.full);
  if (code.startsWith('SQLITE_CANTOPEN')) return say(STORAGE_MESSAGES.cantOpen);
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return say(STORAGE_MESSAGES.io);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return say(STORAGE_MESSAGES.noAccess);
  if (code === 'ENOENT' || code === 'ENOTDIR') return say(STORAGE_MESSAGES.missing);
  // better-sqlite3 throws a TypeError once a connection is closed (a failed restore used to leave one).
  if (e instanceof TypeError && /database connection is not open/.test(e.message))
    return say(STORAGE_MESSAGES.closed);
  return null;
}
