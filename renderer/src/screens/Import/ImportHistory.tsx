import { App, Button, Popconfirm, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import type { ImportRecord } from '../../../../shared/api/import-types';
import { observationPeriodLabel } from '../../../../shared/domain/period';
import { formatCount, formatDateTime } from '../../../../shared/format/vi';
import type { ApiState } from '../../hooks/useApi';

/** Past imports, newest first, each with an undo. */
export function ImportHistory({ list, onUndone }: { list: ApiState<ImportRecord[]>; onUndone: () => void }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<number | null>(null);
  const undo = async (id: number) => {
    setBusy(id);
    try {
      const r = await call('imports.undo', { id });
      void message.success(`Đã hoàn tác lần nhập số ${id}: khôi phục ${formatCount(r.restored)} giá trị.`);
      onUndone();
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setBusy(null);
    }
  };
  if (list.error) return <ApiErrorAlert error={list.error} what="danh sách các lần nhập" />;
  return (
    <Table<ImportRecord>
      data-testid="import-history"
      size="small"
      rowKey="id"
      loading={list.loading}
      dataSource={[...(list.data ?? [])].sort((a, b) => b.id - a.id)}
      pagination={{ pageSize: 8, showSizeChanger: false }}
      locale={{ emptyText: 'Chưa có lần nhập nào.' }}
      columns={[
        { title: 'Số', dataIndex: 'id', width: 60 },
        {
          title: 'Thời gian',
          dataIndex: 'createdAt',
          width: 160,
          render: (t: string) => formatDateTime(new Date(t)),
        },
        {
          title: 'Kỳ số liệu',
          width: 170,
          render: (_: unknown, r) => importPeriods(r),
        },
        {
          title: 'Nội dung',
          render: (_: unknown, r) =>
            r.kind === 'manual' ? (r.note ?? 'Sửa tay') : r.files.map((f) => f.name).join(', ') || '–',
        },
        {
          title: 'Mới / thay đổi / không đổi',
          width: 190,
          render: (_: unknown, r) =>
            `${formatCount(r.inserted)} / ${formatCount(r.updated)} / ${formatCount(r.unchanged)}`,
        },
        { title: 'Cảnh báo', dataIndex: 'warnings', width: 90, align: 'right' },
        {
          title: '',
          width: 150,
          render: (_: unknown, r) =>
            r.undoneAt ? (
              <Tag>Đã hoàn tác {new Date(r.undoneAt).toLocaleDateString('vi-VN')}</Tag>
            ) : (
              <Popconfirm
                title={`Hoàn tác lần nhập số ${r.id}?`}
                description={<Typography.Text>Các giá trị sẽ trở về như trước lần nhập này.</Typography.Text>}
                okText="Hoàn tác"
                cancelText="Thôi"
                okButtonProps={{ 'data-testid': 'undo-confirm' }}
                onConfirm={() => undo(r.id)}
              >
                <Button size="small" danger loading={busy === r.id} data-testid={`undo-${r.id}`}>
                  Hoàn tác
                </Button>
              </Popconfirm>
            ),
        },
      ]}
    />
  );
}

/** "Tháng 3/2024", or the first and last period of a history back-fill. */
function importPeriods(r: ImportRecord): string {
  if (!r.periodFrom || !r.periodTo) return '–';
  const from = observationPeriodLabel(r.periodFrom);
  return r.periodFrom === r.periodTo ? from : `${from} – ${observationPeriodLabel(r.periodTo)}`;
}
