import { Segmented, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import type { ChangeRow } from '../../../../shared/api/import-types';
import type { Indicator } from '../../../../shared/domain/indicators';
import { observationPeriodLabel } from '../../../../shared/domain/period';
import { formatCount } from '../../../../shared/format/vi';
import { STATUS_COLOR, STATUS_TEXT } from './import-model';

type Filter = 'all' | ChangeRow['status'];

/** Each value the import would write: new, changed (old → new) or unchanged. */
export function ChangesTable({ changes, indicators }: { changes: ChangeRow[]; indicators: Indicator[] }) {
  const [filter, setFilter] = useState<Filter>('all');
  const label = useMemo(() => new Map(indicators.map((i) => [i.code, i.shortLabel])), [indicators]);
  const count = (s: ChangeRow['status']) => changes.filter((c) => c.status === s).length;
  const rows = filter === 'all' ? changes : changes.filter((c) => c.status === filter);
  return (
    <>
      <Segmented<Filter>
        style={{ marginBottom: 8 }}
        aria-label="Lọc theo trạng thái"
        value={filter}
        onChange={setFilter}
        options={[
          { value: 'all', label: `Tất cả (${changes.length})` },
          { value: 'new', label: `Mới (${count('new')})` },
          { value: 'changed', label: `Thay đổi (${count('changed')})` },
          { value: 'unchanged', label: `Không đổi (${count('unchanged')})` },
        ]}
      />
      <Table<ChangeRow>
        data-testid="import-changes"
        size="small"
        rowKey={(c) => `${c.file}|${c.sheet}|${c.cell}|${c.unit}|${c.indicator}|${c.period}`}
        dataSource={rows}
        pagination={{ pageSize: 12, showSizeChanger: false }}
        columns={[
          { title: 'Đơn vị', dataIndex: 'unitName', width: 180 },
          { title: 'Chỉ số', dataIndex: 'indicator', width: 130, render: (c: string) => label.get(c) ?? c },
          { title: 'Kỳ', dataIndex: 'period', width: 110, render: (p: string) => observationPeriodLabel(p) },
          {
            title: 'Giá trị cũ',
            dataIndex: 'oldValue',
            align: 'right',
            width: 110,
            render: (v: number | null) => formatCount(v),
          },
          {
            title: 'Giá trị mới',
            dataIndex: 'newValue',
            align: 'right',
            width: 110,
            render: (v: number) => <b>{formatCount(v)}</b>,
          },
          {
            title: 'Trạng thái',
            dataIndex: 'status',
            width: 110,
            render: (s: ChangeRow['status']) => <Tag color={STATUS_COLOR[s]}>{STATUS_TEXT[s]}</Tag>,
          },
          { title: 'Ô', width: 120, render: (_: unknown, c) => `${c.sheet}!${c.cell}` },
        ]}
      />
    </>
  );
}
