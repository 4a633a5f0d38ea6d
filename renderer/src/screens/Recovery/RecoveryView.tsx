import { Alert, App, Button, Card, Popconfirm, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { useApi } from '../../hooks/useApi';
import { platform } from '../../platform/types';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import type { BackupInfo } from '../../../../shared/api/contract';
import { formatCount, formatDateTime } from '../../../../shared/format/vi';

const size = (bytes: number) => `${formatCount(Math.max(1, Math.round(bytes / 1024)))} KB`;

/** The database did not open: why, and its backups to restore one (or a file picked by the clerk). */
export function RecoveryView({ problem, onRestored }: { problem: string; onRestored: () => void }) {
  const { message } = App.useApp();
  const info = useApi('db.info', {});
  const [busy, setBusy] = useState<string | null>(null);

  const restore = async (key: string, run: () => Promise<boolean>) => {
    setBusy(key);
    try {
      if (await run()) {
        void message.success('Đã khôi phục cơ sở dữ liệu. Tệp hỏng trước đó được giữ trong thư mục sao lưu.');
        onRestored();
      }
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setBusy(null);
    }
  };

  return (
    <main
      aria-label="Khôi phục cơ sở dữ liệu"
      style={{ maxWidth: 820, margin: '48px auto', padding: '0 16px' }}
    >
      <Card title="Không mở được cơ sở dữ liệu">
        <Alert
          type="error"
          showIcon
          data-testid="recovery-problem"
          title={problem}
          style={{ marginBottom: 16 }}
        />
        <Typography.Paragraph>
          Hãy chọn một bản sao lưu để khôi phục. Tệp hiện tại không bị xóa: nó được cất vào thư mục sao lưu
          trước khi thay.
        </Typography.Paragraph>
        <Space style={{ marginBottom: 12 }}>
          <Button
            data-testid="recovery-upload"
            loading={busy === 'upload'}
            onClick={() =>
              restore('upload', async () => {
                const file = (
                  await platform().pickFiles({ multiple: false, accept: ['db', 'sqlite', 'bak'] })
                )?.[0];
                if (!file) return false;
                await call('db.restoreUpload', { file });
                return true;
              })
            }
          >
            Khôi phục từ tệp…
          </Button>
        </Space>
        {info.error ? (
          <ApiErrorAlert error={info.error} what="danh sách bản sao lưu" />
        ) : (
          <Table<BackupInfo>
            data-testid="recovery-backups"
            size="small"
            rowKey="name"
            loading={!info.data}
            pagination={{ pageSize: 8, showSizeChanger: false }}
            locale={{ emptyText: 'Chưa có bản sao lưu nào.' }}
            dataSource={info.data?.backups ?? []}
            columns={[
              {
                title: 'Thời gian',
                dataIndex: 'createdAt',
                render: (t: string) => formatDateTime(new Date(t)),
              },
              { title: 'Dung lượng', dataIndex: 'sizeBytes', width: 120, align: 'right', render: size },
              {
                title: '',
                width: 130,
                render: (_: unknown, b) => (
                  <Popconfirm
                    title="Khôi phục bản sao lưu này?"
                    okText="Khôi phục"
                    cancelText="Thôi"
                    onConfirm={() =>
                      restore(b.name, async () => {
                        await call('db.restore', { name: b.name });
                        return true;
                      })
                    }
                  >
                    <Button size="small" type="primary" loading={busy === b.name}>
                      Khôi phục
                    </Button>
                  </Popconfirm>
                ),
              },
            ]}
          />
        )}
      </Card>
    </main>
  );
}
