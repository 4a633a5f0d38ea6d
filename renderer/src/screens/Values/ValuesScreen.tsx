import { Input, Table, Tooltip, Typography } from 'antd';
import { CloseCircleFilled, SearchOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useMemo, useState } from 'react';
import { useApi } from '../../hooks/useApi';
import { usePeriod } from '../../hooks/usePeriod';
import { ScreenHeader } from '../../components/ScreenHeader';
import { PeriodPicker } from '../../components/PeriodPicker';
import { labelOf } from '../../components/period-text';
import type { ValuesRow } from '../../../../shared/api/types';
import type { Indicator } from '../../../../shared/domain/indicators';
import { monthLabel } from '../../../../shared/domain/period';
import { formatCount, formatRate } from '../../../../shared/format/vi';
import { carriedNote, displayOrder, filterRows, formatCell, orderedIndicators } from './values-model';
import { CellDrawer } from './CellDrawer';
import { loadGate } from '../../components/LoadGate';
import { useRoute } from '../../routing/useRoute';

/** Số liệu: every unit × indicator for a period, with rates, targets, carried values and each cell's history. */
export function ValuesScreen() {
  const { period, setPeriod, dataVersion, dataChanged } = usePeriod();
  const values = useApi('values.get', { period }, dataVersion);
  const [search, setSearch] = useState('');
  const v = values.data;
  // The open cell is in the address (a reload or a bookmark reopens it), by codes, not rows: after a
  // correction the drawer must show the reloaded figures. Opening and closing replace the address, so
  // Back leaves the screen instead of stepping through every cell looked at.
  const { route, navigate } = useRoute();
  const setOpen = useCallback(
    (cell: { unit: string; indicator: Indicator } | null) =>
      navigate(
        (r) => ({ section: r.section, period: r.period, unit: cell?.unit, indicator: cell?.indicator.code }),
        { replace: true },
      ),
    [navigate],
  );

  const columns = useMemo<ColumnsType<ValuesRow>>(() => {
    if (!v) return [];
    const cols: ColumnsType<ValuesRow> = [
      {
        title: 'Mã',
        dataIndex: 'unit',
        width: 60,
        fixed: 'left',
        sorter: (a, b) => a.unit.localeCompare(b.unit),
      },
      {
        title: 'Đơn vị',
        dataIndex: 'name',
        width: 160,
        fixed: 'left',
        sorter: (a, b) => a.name.localeCompare(b.name, 'vi'),
        render: (name: string, r) =>
          r.level === 'province' ? (
            <b>{name}</b>
          ) : r.level === 'commune' ? (
            <span style={{ paddingLeft: 16 }}>{name}</span>
          ) : (
            name
          ),
      },
    ];
    for (const ind of orderedIndicators(v)) {
      cols.push({
        key: ind.code,
        title: (
          <Tooltip title={ind.label}>
            {ind.measure === 'percent' ? `${ind.shortLabel} (%)` : ind.shortLabel}
          </Tooltip>
        ),
        align: 'right',
        width: ind.measure === 'percent' ? 84 : 100,
        sorter: (a, b) => (a.cells[ind.code]?.value ?? -1) - (b.cells[ind.code]?.value ?? -1),
        render: (_: unknown, r) => {
          const cell = r.cells[ind.code];
          const note = carriedNote(cell);
          const text = formatCell(ind, cell);
          const mismatch =
            cell?.childrenSum !== undefined
              ? `Khác tổng các đơn vị cấp dưới (${formatCell(ind, { value: cell.childrenSum, source: 'children' })})`
              : null;
          const tip = [note, mismatch, ind.kind === 'entered' ? 'Bấm để xem lịch sử hoặc sửa' : null]
            .filter(Boolean)
            .join('. ');
          const content = (
            <span className={note ? 'cell-carried' : undefined} data-testid={`cell-${r.unit}-${ind.code}`}>
              {text}
              {note && <sup aria-label={note}> *</sup>}
              {mismatch && <sup style={{ color: '#d4380d' }}> !</sup>}
            </span>
          );
          if (ind.kind !== 'entered') return tip ? <Tooltip title={tip}>{content}</Tooltip> : content;
          return (
            <Tooltip title={tip}>
              <Typography.Link
                onClick={() => setOpen({ unit: r.unit, indicator: ind })}
                // A link without href is skipped by Tab: make each figure reachable and openable by keyboard.
                tabIndex={0}
                role="button"
                onKeyDown={(e) => {
                  if (e.key !== 'Enter' && e.key !== ' ') return;
                  e.preventDefault();
                  setOpen({ unit: r.unit, indicator: ind });
                }}
                aria-label={`${r.name}, ${ind.label}: ${text}`}
              >
                {content}
              </Typography.Link>
            </Tooltip>
          );
        },
      });
    }
    for (const [code, label] of [
      ['bhxh_coverage', 'Chỉ tiêu BHXH'],
      ['bhtn_coverage', 'Chỉ tiêu BHTN'],
    ] as const) {
      cols.push({
        key: `target-${code}`,
        title: label,
        align: 'right',
        width: 84,
        render: (_: unknown, r) => {
          const t = r.targets[code];
          return t ? (
            t.kind === 'rate' ? (
              formatRate(t.value)
            ) : (
              formatCount(t.value)
            )
          ) : (
            <Typography.Text type="secondary">–</Typography.Text>
          );
        },
      });
    }
    return cols;
  }, [v, setOpen]);

  const header = (
    <ScreenHeader
      title="Số liệu"
      subtitle={
        v
          ? `${labelOf(v.period)} · số liệu đến hết ${monthLabel(v.month).toLowerCase()}${v.plan ? ` · chỉ tiêu theo KH ${v.plan.number}` : ''}`
          : undefined
      }
      extra={
        <>
          {/* Filters as typed: a search button would do nothing, and had no name for a screen reader. */}
          <Input
            data-testid="values-search"
            placeholder="Tìm đơn vị…"
            allowClear={{ clearIcon: <CloseCircleFilled aria-label="Xóa nội dung tìm" /> }}
            prefix={<SearchOutlined aria-hidden />}
            aria-label="Tìm đơn vị"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: 200 }}
          />
          <PeriodPicker value={period} onChange={setPeriod} />
        </>
      }
    />
  );
  const gate = loadGate(header, values.error, !!v, 'số liệu');
  if (gate || !v) return gate;

  const openRow = route.indicator ? v.rows.find((r) => r.unit === route.unit) : undefined;
  // A cell named by a stale or hand-typed address that this period does not have opens nothing.
  const openIndicator = orderedIndicators(v).find((i) => i.code === route.indicator && i.kind === 'entered');
  return (
    <>
      {header}
      <Table<ValuesRow>
        data-testid="values-table"
        size="small"
        bordered
        rowKey="unit"
        columns={columns}
        dataSource={filterRows(displayOrder(v.rows), search)}
        pagination={false}
        scroll={{ x: 'max-content', y: 'calc(100vh - 230px)' }}
        rowClassName={(r) => (r.level === 'province' ? 'row-province' : '')}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        <span className="cell-carried">Chữ nghiêng *</span>: giá trị chuyển từ kỳ trước (đơn vị chưa gửi số
        liệu kỳ này). Tỷ lệ tính lại từ tổng số, không lấy trung bình.
      </Typography.Paragraph>
      {openRow && openIndicator && (
        <CellDrawer
          row={openRow}
          indicator={openIndicator}
          month={v.month}
          onClose={() => setOpen(null)}
          onSaved={() => dataChanged()}
        />
      )}
    </>
  );
}
