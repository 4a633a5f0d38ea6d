import { Button, Checkbox, Flex, Typography } from 'antd';
import type { ImportPreview } from '../../../../shared/api/import-types';

/**
 * Under a preview: write it, drop it, or save its problems for the district; warnings must be
 * acknowledged first, and the reason nothing can be written is said next to the disabled button.
 */
export function CommitBar({
  preview,
  busy,
  acceptWarnings,
  undecided,
  onAcceptWarnings,
  onCommit,
  onCancel,
  onSaveProblems,
}: {
  preview: ImportPreview;
  busy: 'preview' | 'commit' | null;
  acceptWarnings: boolean;
  /** Hand corrections the file would replace that the clerk has not decided on yet. */
  undecided: number;
  onAcceptWarnings: (accept: boolean) => void;
  onCommit: () => void;
  onCancel: () => void;
  onSaveProblems: () => void;
}) {
  const needsAccept = preview.warnings.length > 0;
  const problems = preview.errors.length + preview.warnings.length;
  return (
    <Flex gap={8} wrap align="center" style={{ marginTop: 8 }}>
      {needsAccept && preview.ok && (
        <Checkbox
          data-testid="import-accept-warnings"
          checked={acceptWarnings}
          onChange={(e) => onAcceptWarnings(e.target.checked)}
        >
          Tôi đã xem {preview.warnings.length} cảnh báo và vẫn nhập
        </Checkbox>
      )}
      <Button
        type="primary"
        data-testid="import-commit"
        disabled={!preview.ok || (needsAccept && !acceptWarnings) || undecided > 0 || busy !== null}
        loading={busy === 'commit'}
        onClick={onCommit}
      >
        Ghi vào cơ sở dữ liệu
      </Button>
      <Button onClick={onCancel} data-testid="import-cancel">
        Hủy
      </Button>
      {problems > 0 && (
        <Button onClick={onSaveProblems} data-testid="import-save-problems">
          Lưu danh sách lỗi (.xlsx)
        </Button>
      )}
      {preview.ok && undecided > 0 && (
        <Typography.Text type="danger" data-testid="import-undecided">
          Hãy chọn giữ hay thay {undecided} số đã sửa tay trước khi ghi.
        </Typography.Text>
      )}
      {!preview.ok && (
        <Typography.Text type="danger" data-testid="import-blocked">
          {preview.questions?.length && preview.errors.length === preview.questions.length
            ? `Chưa thể ghi: hãy trả lời ${preview.questions.length} câu hỏi về cột hoặc kỳ ở phía trên (có thể giữ lựa chọn đề xuất).`
            : preview.unresolvedUnits.length
              ? 'Có lỗi: chưa thể ghi. Chọn đơn vị cho các tên chưa nhận ra, hoặc sửa tệp rồi chọn lại.'
              : preview.files.length > 1
                ? 'Có lỗi: chưa thể ghi. Bỏ tệp lỗi ở danh sách trên, hoặc sửa tệp rồi chọn lại.'
                : 'Có lỗi: chưa thể ghi. Sửa tệp rồi chọn lại.'}
        </Typography.Text>
      )}
    </Flex>
  );
}
