import { App, Button, Input, Popconfirm, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useDeferredValue, useMemo, useState, type Key } from 'react';
import { SearchOutlined } from '@ant-design/icons';
import { call } from '../../api/client';
import { useApi } from '../../hooks/useApi';
import { usePeriod } from '../../hooks/usePeriod';
import { platform } from '../../platform/types';
import { ScreenHeader } from '../../components/ScreenHeader';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import type { UnitInfo } from '../../../../shared/api/types';
import { buildTree, isoToVi, LEVEL_LABEL, type UnitNode } from './units-tree';
import { UnitForm } from './UnitForm';
import { searchTree } from './units-search';

/** Đơn vị: the unit tree with codes, aliases and dates in force; edit, deactivate, import a catalogue. */
export function UnitsScreen() {
  const { message } = App.useApp();
  const { dataChanged } = usePeriod();
  const [version, setVersion] = useState(0);
  const units = useApi('units.list', {}, version);
  const [editing, setEditing] = useState<UnitInfo | null | 'new'>(null);
  const tree = useMemo(() => buildTree(units.data ?? []), [units.data]);
  const [query, setQuery] = useState('');
  const searched = useDeferredValue(query);
  const found = useMemo(() => searchTree(tree, searched), [tree, searched]);
  // What the clerk unfolds by hand, for the current search; null: what the search (or opening) unfolds.
  const [opened, setOpened] = useState<{ query: string; keys: readonly Key[] } | null>(null);
  const expanded = opened?.query === searched ? opened.keys : found.open;
  const changed = () => {
    setVersion((v) => v + 1);
    dataChanged();
  };

  const toggle = async (u: UnitInfo) => {
    try {
      await call('units.setActive', { code: u.code, active: !u.active });
      void message.success(u.active ? `Đã ngừng sử dụng ${u.name}.` : `Đã dùng lại ${u.name}.`);
      changed();
    } catch (e) {
      void message.error((e as Error).message);
    }
  };

  const importCatalogue = async () => {
    const files = await platform().pickFiles({ multiple: false, accept: ['xlsx'] });
    const file = files?.[0];
    if (!file) return;
    try {
      const r = await call('units.import', { file });
      void message.success(`Đã nhập danh mục: ${r.inserted} đơn vị mới, ${r.updated} đơn vị cập nhật.`);
      changed();
    } catch (e) {
      void message.error((e as Error).message);
    }
  };

  const loadShipped = async () => {
    try {
      const r = await call('units.loadShipped', {});
      void message.success(
        `Đã nạp danh mục trước 01/07/2025: ${r.inserted} đơn vị mới, ${r.updated} đơn vị cập nhật.`,
      );
      changed();
    } catch (e) {
      void message.error((e as Error).message);
    }
  };

  return (
    <>
      <ScreenHeader
        title="Đơn vị"
        extra={
          <>
            <Button type="primary" onClick={() => setEditing('new')} data-testid="unit-add">
              Thêm đơn vị
            </Button>
            <Button onClick={importCatalogue} data-testid="units-import">
              Nhập danh mục (.xlsx)
            </Button>
            <Popconfirm
              title="Nạp danh mục đơn vị trước 01/07/2025?"
              description="Các xã, phường, thị trấn cũ của tỉnh Gia Lai và tỉnh Bình Định, các huyện của tỉnh Bình Định; dùng khi cần số liệu lịch sử theo xã."
              okText="Nạp"
              cancelText="Thôi"
              onConfirm={loadShipped}
            >
              <Button data-testid="units-load-shipped">Nạp danh mục trước 01/07/2025</Button>
            </Popconfirm>
          </>
        }
      />
      <ApiErrorAlert error={units.error} what="danh mục đơn vị" />
      <Space style={{ marginBottom: 8 }}>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder="Tìm theo tên, tên gọi khác hoặc mã"
          aria-label="Tìm đơn vị"
          style={{ width: 360 }}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="units-search"
        />
        {searched.trim() && (
          <Typography.Text type="secondary" data-testid="units-found">
            {found.matches ? `${found.matches} đơn vị khớp` : 'Không có đơn vị nào khớp'}
          </Typography.Text>
        )}
      </Space>
      {!units.data ? (
        <Skeleton active />
      ) : (
        <Table<UnitNode>
          data-testid="units-table"
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={found.nodes}
          expandable={{
            expandedRowKeys: expanded,
            onExpandedRowsChange: (keys) => setOpened({ query: searched, keys }),
          }}
          scroll={{ y: 'calc(100vh - 240px)' }}
          columns={[
            { title: 'Tên đơn vị', dataIndex: 'name', render: (n: string, u) => (u.active ? n : <s>{n}</s>) },
            { title: 'Mã', dataIndex: 'code', width: 80 },
            {
              title: 'Cấp',
              dataIndex: 'level',
              width: 190,
              render: (l: UnitInfo['level']) => LEVEL_LABEL[l],
            },
            {
              title: 'Tên gọi khác',
              dataIndex: 'aliases',
              render: (a: string[]) => a.map((x) => <Tag key={x}>{x}</Tag>),
            },
            {
              title: 'Hiệu lực',
              width: 200,
              render: (_: unknown, u) =>
                u.validFrom || u.validTo
                  ? `${isoToVi(u.validFrom) || '…'} – ${isoToVi(u.validTo) || 'nay'}`
                  : 'Không giới hạn',
            },
            {
              title: 'Trạng thái',
              width: 120,
              render: (_: unknown, u) =>
                u.active ? <Tag color="green">Đang dùng</Tag> : <Tag>Ngừng dùng</Tag>,
            },
            {
              title: '',
              width: 170,
              render: (_: unknown, u) => (
                <Space>
                  <Button size="small" onClick={() => setEditing(u)} data-testid={`unit-edit-${u.code}`}>
                    Sửa
                  </Button>
                  <Popconfirm
                    title={u.active ? `Ngừng sử dụng ${u.name}?` : `Dùng lại ${u.name}?`}
                    okText="Đồng ý"
                    cancelText="Thôi"
                    onConfirm={() => toggle(u)}
                  >
                    <Button size="small" danger={u.active}>
                      {u.active ? 'Ngừng dùng' : 'Dùng lại'}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      )}
      {editing && units.data && (
        <UnitForm
          unit={editing === 'new' ? null : editing}
          units={units.data}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void message.success('Đã lưu đơn vị.');
            changed();
          }}
        />
      )}
    </>
  );
}
