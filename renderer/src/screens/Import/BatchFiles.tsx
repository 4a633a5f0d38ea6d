import { Alert, Button, Table, Tag, Typography } from 'antd';
import type { ImportPreview } from '../../../../shared/api/import-types';
import { formatCount } from '../../../../shared/format/vi';
import { batchFiles, batchNotice, FILE_STATUS_COLOR, fileStatusText, type BatchFile } from './batch-model';

/**
 * The files of a batch, each with what it brings and whether it is refused, under one notice for the
 * whole batch; a refused file can be left out, and the rest are read again without it.
 */
export function BatchFiles({
  preview,
  disabled,
  onDrop,
}: {
  preview: ImportPreview;
  disabled: boolean;
  /** Leave these files out of the batch. */
  onDrop: (names: string[]) => void;
}) {
  const files = batchFiles(preview);
  const notice = batchNotice(files);
  const refused = files.filter((f) => f.status === 'refused').map((f) => f.name);
  const canDrop = files.length > 1;
  return (
    <>
      {notice && (
        <Alert
          data-testid="batch-notice"
          type={notice.type}
          showIcon
          style={{ marginBottom: 8 }}
          title={notice.lines[0]}
          description={notice.lines.length > 1 ? notice.lines.slice(1).join(' ') : undefined}
          action={
            refused.length > 0 && refused.length < files.length ? (
              <Button
                danger
                size="small"
                disabled={disabled}
                data-testid="batch-drop-refused"
                onClick={() => onDrop(refused)}
              >
                Bỏ {refused.length === 1 ? 'tệp lỗi' : `${refused.length} tệp lỗi`}, giữ{' '}
                {files.length - refused.length} tệp
              </Button>
            ) : undefined
          }
        />
      )}
      <Table<BatchFile>
        data-testid="batch-files"
        size="small"
        rowKey="name"
        dataSource={files}
        pagination={false}
        // A batch of 17 stays a few lines high, so the figures below are not pushed off screen.
        scroll={files.length > 4 ? { y: 128 } : undefined}
        style={{ marginBottom: 8 }}
        columns={[
          {
            title: `Tệp (${files.length})`,
            dataIndex: 'name',
            ellipsis: true,
          },
          {
            title: 'Trạng thái',
            width: 190,
            render: (_: unknown, f) => (
              <Tag
                color={FILE_STATUS_COLOR[f.status]}
                data-testid={`file-status-${f.name}`}
                data-status={f.status}
              >
                {fileStatusText(f)}
              </Tag>
            ),
          },
          {
            title: 'Mới / thay đổi / không đổi',
            width: 200,
            // A refused or unanswered file writes nothing yet, whatever it holds.
            render: (_: unknown, f) =>
              f.status === 'refused' || f.status === 'asks' ? (
                <Typography.Text type="secondary">không ghi</Typography.Text>
              ) : (
                `${formatCount(f.inserted)} / ${formatCount(f.updated)} / ${formatCount(f.unchanged)}`
              ),
          },
          {
            title: '',
            width: 110,
            render: (_: unknown, f) =>
              canDrop ? (
                <Button
                  size="small"
                  type={f.status === 'refused' ? 'primary' : 'default'}
                  danger={f.status === 'refused'}
                  disabled={disabled}
                  data-testid={`file-drop-${f.name}`}
                  aria-label={`Bỏ tệp ${f.name} khỏi lần nhập này`}
                  onClick={() => onDrop([f.name])}
                >
                  Bỏ tệp
                </Button>
              ) : null,
          },
        ]}
      />
    </>
  );
}
