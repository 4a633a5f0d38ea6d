/** A refusal the clerk may read as it is: already Vietnamese, no path, no English from Node or the OS. */
export class ShellRefusal extends Error {}

/** Node's file errors, in words a clerk can act on; the English message and the path never reach the screen. */
const FILE_ERRORS: Record<string, string> = {
  EACCES: 'Không có quyền ghi hoặc đọc tệp ở thư mục này. Hãy chọn thư mục khác.',
  EPERM: 'Không có quyền ghi hoặc đọc tệp ở thư mục này. Hãy chọn thư mục khác.',
  EBUSY: 'Tệp đang được mở trong một chương trình khác (ví dụ Excel). Hãy đóng tệp rồi thử lại.',
  ENOSPC: 'Ổ đĩa đã đầy. Hãy giải phóng dung lượng rồi thử lại.',
  ENOENT: 'Không tìm thấy tệp hoặc thư mục.',
  EROFS: 'Ổ đĩa này chỉ cho đọc. Hãy chọn thư mục khác.',
};

export function clerkMessage(e: unknown): string {
  if (e instanceof ShellRefusal) return e.message;
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && FILE_ERRORS[code]) return FILE_ERRORS[code];
  return 'Không thực hiện được thao tác với tệp. Hãy thử lại.';
}
