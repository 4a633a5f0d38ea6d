import { Alert, Button, Flex, Popconfirm, Typography } from 'antd';
import { useState, type Ref } from 'react';
import { call } from '../../api/client';
import { useGoTo } from '../../routing/useRoute';
import type { ImportResult } from '../../../../shared/api/import-types';
import { formatCount } from '../../../../shared/format/vi';

/**
 * What a commit did, left on screen until the next files come in, with the next steps: the dashboard,
 * the report, or taking the import back.
 */
export function ImportDone({
  result,
  files,
  onUndone,
  onClose,
  focusRef,
}: {
  result: ImportResult;
  /** Where focus goes after a commit, so it does not fall to the page body. */
  focusRef?: Ref<HTMLDivElement>;
  /** The files that were written. */
  files: string[];
  onUndone: () => void;
  onClose: () => void;
}) {
  const goTo = useGoTo();
  const [undo, setUndo] = useState<{ busy: boolean; restored?: number; error?: string }>({ busy: false });
  const id = result.import;
  const undone = undo.restored !== undefined;

  const takeBack = async () => {
    if (id === null) return;
    setUndo({ busy: true });
    try {
      const r = await call('imports.undo', { id });
      setUndo({ busy: false, restored: r.restored });
      onUndone();
    } catch (e) {
      setUndo({ busy: false, error: (e as Error).message });
    }
  };

  const title = undone
    ? `Đã hoàn tác lần nhập số ${id}: khôi phục ${formatCount(undo.restored)} giá trị.`
    : `Đã nhập: ${formatCount(result.inserted)} mới, ${formatCount(result.updated)} thay đổi, ${formatCount(result.unchanged)} không đổi.`;
  const what = files.length === 1 ? `tệp ${files[0]}` : `${formatCount(files.length)} tệp`;
  const detail = undone
    ? 'Các giá trị đã trở về như trước lần nhập này.'
    : id === null
      ? `Không có số liệu nào mới hay thay đổi trong ${what}, nên không ghi thêm lần nhập nào.`
      : `Lần nhập số ${id} gồm ${what}${result.warnings.length ? `, ${formatCount(result.warnings.length)} cảnh báo đã được chấp nhận` : ''}. Có thể hoàn tác ngay tại đây hoặc sau này ở thẻ “Các lần nhập”.`;

  return (
    <div
      ref={focusRef}
      tabIndex={-1}
      data-testid="import-done"
      data-state={undone ? 'undone' : 'written'}
      style={{ outline: 'none' }}
    >
      <Alert
        type={undone ? 'info' : 'success'}
        showIcon
        style={{ margin: '12px 0' }}
        title={<span data-testid="import-done-title">{title}</span>}
        closable={{ onClose, 'aria-label': 'Đóng thông báo' }}
        description={
          <>
            <Typography.Paragraph style={{ marginBottom: 8 }}>{detail}</Typography.Paragraph>
            {undo.error && (
              <Typography.Paragraph type="danger" style={{ marginBottom: 8 }}>
                {undo.error}
              </Typography.Paragraph>
            )}
            {!undone && (
              <Flex gap={8} wrap>
                {goTo && (
                  <Button
                    type="primary"
                    data-testid="import-done-dashboard"
                    onClick={() => goTo('tong-quan')}
                  >
                    Xem tổng quan
                  </Button>
                )}
                {goTo && (
                  <Button data-testid="import-done-report" onClick={() => goTo('bao-cao')}>
                    Lập báo cáo
                  </Button>
                )}
                {id !== null && (
                  <Popconfirm
                    title={`Hoàn tác lần nhập số ${id}?`}
                    description="Các giá trị sẽ trở về như trước lần nhập này."
                    okText="Hoàn tác"
                    cancelText="Thôi"
                    okButtonProps={{ 'data-testid': 'import-done-undo-confirm' }}
                    onConfirm={takeBack}
                  >
                    <Button danger loading={undo.busy} data-testid="import-done-undo">
                      Hoàn tác
                    </Button>
                  </Popconfirm>
                )}
              </Flex>
            )}
          </>
        }
      />
    </div>
  );
}
