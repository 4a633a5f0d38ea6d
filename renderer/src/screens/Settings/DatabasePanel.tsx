import { App, Button, Descriptions, Popconfirm, Skeleton, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { useApi } from '../../hooks/useApi';
import { usePeriod } from '../../hooks/usePeriod';
import { useSaveFile } from '../../hooks/useSaveFile';
import { platform } from '../../platform/types';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import type { BackupInfo } from '../../../../shared/api/contract';
import { formatCount, formatDateTime } from '../../../../shared/format/vi';

const REASON: Record<BackupInfo['reason'], string> = {
  // Short enough for one line in the half-width card at 1366 px.
  manual: 'Sao lưu tay',
  'before-import': 'Trước khi nhập',
  'before-restore': 'Trước khi khôi phục',
  'before-undo': 'Trước khi hoàn tác',
  'before-units': 'Trước khi nạp đơn vị',
};

const size = (bytes: number) => `${formatCount(Math.max(1, Math.round(bytes / 1024)))} KB`;

/** Where the database lives, its backups, backup now, restore from a backup or from a file. */
export function DatabasePanel() {
  const { message, modal } = App.useApp();
  const { dataChanged } = usePeriod();
  const save = useSaveFile();
  const [version, setVersion] = useState(0);
  const info = useApi('db.info', {}, version);
  const [busy, setBusy] = useState<string | null>(null);

  const run = async (key: string, f: () => Promise<string>) => {
    setBusy(key);
    try {
      void message.success(await f());
      setVersion((v) => v + 1);
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setBusy(null);
    }
  };

  const restored = () => {
    dataChanged();
    return 'Đã khôi phục cơ sở dữ liệu. Bản trước khi khôi phục đã được sao lưu.';
  };

  if (info.error) return <ApiErrorAlert error={info.error} what="thông tin cơ sở dữ liệu" />;
  if (!info.data) return <Skeleton active />;
  return (
    <>
      <Descriptions size="small" column={1} bordered style={{ marginBottom: 12 }}>
        <Descriptions.Item label="Tệp cơ sở dữ liệu">
          <Typography.Text copyable data-testid="db-path">
            {info.data.path}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="Dung lượng">{size(info.data.sizeBytes)}</Descriptions.Item>
        <Descriptions.Item label="Phiên bản cấu trúc">{info.data.schemaVersion}</Descriptions.Item>
      </Descriptions>
      <Space style={{ marginBottom: 12 }} wrap>
        <Button
          type="primary"
          loading={busy === 'backup'}
          data-testid="db-backup"
          onClick={() => run('backup', async () => `Đã sao lưu: ${(await call('db.backup', {})).name}`)}
        >
          Sao lưu ngay
        </Button>
        <Button
          loading={busy === 'upload'}
          data-testid="db-restore-upload"
          onClick={async () => {
            const file = (
              await platform().pickFiles({ multiple: false, accept: ['db', 'sqlite', 'bak'] })
            )?.[0];
            if (!file) return;
            // Restoring replaces every figure: the clerk confirms, seeing which file.
            modal.confirm({
              title: `Khôi phục cơ sở dữ liệu từ tệp “${file.name}”?`,
              content:
                'Số liệu hiện tại sẽ được thay bằng nội dung tệp này. Bản hiện tại được sao lưu trước.',
              okText: 'Khôi phục',
              cancelText: 'Thôi',
              okButtonProps: { danger: true },
              onOk: () =>
                run('upload', async () => {
                  await call('db.restoreUpload', { file });
                  return restored();
                }),
            });
          }}
        >
          Khôi phục từ tệp…
        </Button>
      </Space>
      <Table<BackupInfo>
        data-testid="db-backups"
        size="small"
        rowKey="name"
        pagination={{ pageSize: 6, showSizeChanger: false }}
        locale={{ emptyText: 'Chưa có bản sao lưu nào.' }}
        dataSource={info.data.backups}
        columns={[
          {
            title: 'Thời gian',
            dataIndex: 'createdAt',
            width: 160,
            render: (t: string) => formatDateTime(new Date(t)),
          },
          { title: 'Lý do', dataIndex: 'reason', render: (r: BackupInfo['reason']) => REASON[r] ?? r },
          { title: 'Dung lượng', dataIndex: 'sizeBytes', width: 110, align: 'right', render: size },
          {
            title: '',
            width: 170,
            render: (_: unknown, b) => (
              <Space>
                <Button
                  size="small"
                  onClick={async () => void (await save(await call('db.downloadBackup', { name: b.name })))}
                >
                  Tải về
                </Button>
                <Popconfirm
                  title="Khôi phục bản sao lưu này?"
                  description="Số liệu hiện tại sẽ được thay bằng bản sao lưu."
                  okText="Khôi phục"
                  cancelText="Thôi"
                  onConfirm={() =>
                    run(
                      `restore-${b.name}`,
                      async () => (await call('db.restore', { name: b.name }), restored()),
                    )
                  }
                >
                  <Button size="small" danger loading={busy === `restore-${b.name}`}>
                    Khôi phục
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
