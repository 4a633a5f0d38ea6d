import { Flex, Segmented, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState, type CSSProperties } from 'react';
import type { ChangeRow } from '../../../../shared/api/import-types';
import type { Indicator } from '../../../../shared/domain/indicators';
import { observationPeriodLabel } from '../../../../shared/domain/period';
import { formatCount, formatSignedCount } from '../../../../shared/format/vi';
import { changesGrid, firstFilter, type GridCell, type GridFilter, type GridRow } from './grid-model';

const CELL_STYLE: Record<ChangeRow['status'], CSSProperties> = {
  changed: { background: '#fff1b8' },
  new: { background: '#f6ffed' },
  unchanged: {},
};
const LEGEND: CSSProperties = {
  display: 'inline-block',
  width: 12,
  height: 12,
  verticalAlign: 'middle',
  border: '1px solid #d9d9d9',
};

/**
 * The preview as a unit × indicator grid, opened on the rows with changed figures: a changed cell shows the
 * old figure and the difference, and each row names the file and sheet it comes from.
 */
export function ChangesGrid({ changes, indicators }: { changes: ChangeRow[]; indicators: Indicator[] }) {
  const { rows, indicators: present } = useMemo(() => changesGrid(changes), [changes]);
  const [chosen, setFilter] = useState<GridFilter | null>(null);
  const filter = chosen ?? firstFilter(rows);
  const count = (s: GridFilter) => (s === 'all' ? rows.length : rows.filter((r) => r.status === s).length);
  const shown = filter === 'all' ? rows : rows.filter((r) => r.status === filter);
  const periods = new Set(rows.map((r) => r.period));
  const order = new Map(indicators.map((i, k) => [i.code, k]));
  const columns: ColumnsType<GridRow> = [
    { title: 'Đơn vị', dataIndex: 'unitName', width: 170, fixed: 'left', ellipsis: true },
    ...(periods.size > 1
      ? [
          {
            title: 'Kỳ',
            dataIndex: 'period',
            width: 100,
            render: (p: string) => observationPeriodLabel(p),
          },
        ]
      : []),
    ...[...present]
      .sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99))
      .map((code) => ({
        title: indicators.find((i) => i.code === code)?.shortLabel ?? code,
        key: code,
        align: 'right' as const,
        width: 150,
        onCell: (r: GridRow) => ({ style: r.cells[code] ? CELL_STYLE[r.cells[code].status] : {} }),
        render: (_: unknown, r: GridRow) => <ValueCell row={r} code={code} />,
      })),
    {
      title: 'Tệp, trang',
      key: 'file',
      ellipsis: true,
      render: (_: unknown, r: GridRow) => (
        <span title={`${r.file} – trang ${r.sheet}`}>
          {r.file} <Typography.Text type="secondary">› {r.sheet}</Typography.Text>
        </span>
      ),
    },
  ];
  return (
    <>
      <Flex gap={16} align="center" wrap style={{ marginBottom: 8 }}>
        <Segmented<GridFilter>
          aria-label="Lọc theo trạng thái"
          data-testid="grid-filter"
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'changed', label: `Có thay đổi (${count('changed')})` },
            { value: 'new', label: `Mới (${count('new')})` },
            { value: 'unchanged', label: `Không đổi (${count('unchanged')})` },
            { value: 'all', label: `Tất cả (${count('all')})` },
          ]}
        />
        <Typography.Text type="secondary" data-testid="grid-legend">
          <span style={{ ...LEGEND, ...CELL_STYLE.new }} /> giá trị mới{' '}
          <span style={{ ...LEGEND, ...CELL_STYLE.changed, marginLeft: 12 }} /> thay đổi: số cũ gạch ngang và
          chênh lệch
        </Typography.Text>
      </Flex>
      <Table<GridRow>
        data-testid="import-grid"
        size="small"
        bordered
        rowKey="key"
        dataSource={shown}
        columns={columns}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
        locale={{ emptyText: 'Không có dòng nào ở mục này.' }}
      />
    </>
  );
}

function ValueCell({ row, code }: { row: GridRow; code: string }) {
  const c: GridCell | undefined = row.cells[code];
  if (!c) return <Typography.Text type="secondary">–</Typography.Text>;
  const testId = `grid-${row.unit}-${row.period}-${code}`;
  if (c.status === 'changed') {
    const diff = c.value - (c.old ?? 0);
    return (
      <div data-testid={testId} data-status="changed" title={`Ô ${c.cell}`}>
        <b>{formatCount(c.value)}</b>
        <div style={{ fontSize: 12, lineHeight: '16px' }}>
          <Typography.Text type="secondary" delete>
            {formatCount(c.old)}
          </Typography.Text>{' '}
          <Typography.Text strong type={diff < 0 ? 'danger' : 'success'} data-testid={`${testId}-diff`}>
            {formatSignedCount(diff)}
          </Typography.Text>
        </div>
      </div>
    );
  }
  return (
    <div data-testid={testId} data-status={c.status} title={`Ô ${c.cell}`}>
      {/* One line: the green ground says "new" (see the legend), so a first import keeps its rows short. */}
      {c.status === 'new' ? <b>{formatCount(c.value)}</b> : formatCount(c.value)}
    </div>
  );
}
