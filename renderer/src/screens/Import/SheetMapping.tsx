import { Card, Select, Table, Tag, Typography } from 'antd';
import type { SheetPreview } from '../../../../shared/api/import-types';
import type { Indicator } from '../../../../shared/domain/indicators';
import { observationPeriodLabel } from '../../../../shared/domain/period';

const CONFIDENCE: Record<string, { text: string; color: string }> = {
  exact: { text: 'Chắc chắn', color: 'green' },
  guess: { text: 'Đoán – cần xác nhận', color: 'orange' },
  remembered: { text: 'Đã ghi nhớ', color: 'blue' },
  confirmed: { text: 'Đã xác nhận', color: 'blue' },
  ignored: { text: 'Không nhập', color: 'default' },
};

const PERIOD_SOURCE: Record<string, string> = {
  title: ' (theo tiêu đề)',
  user: ' (do người dùng chọn)',
  header: ' (theo tiêu đề cột)',
};

/** The columns that say which unit or period a row is: not indicators, so not offered for mapping. */
function roleOf(sheet: SheetPreview, column: string): string | null {
  if (column === sheet.unitColumn) return 'Tên đơn vị';
  if (column === sheet.codeColumn) return 'Mã đơn vị';
  if (column === sheet.periodColumn) return 'Kỳ số liệu';
  return null;
}

/** What the reader recognised in one sheet; each column's indicator can be corrected (and is remembered). */
export function SheetMapping({
  sheet,
  indicators,
  onChange,
}: {
  sheet: SheetPreview;
  indicators: Indicator[];
  onChange: (column: string, indicator: string | null) => void;
}) {
  const options = [
    { value: '', label: '— Không nhập —' },
    ...indicators.filter((i) => i.kind === 'entered').map((i) => ({ value: i.code, label: i.label })),
  ];
  const period = sheet.period
    ? `${observationPeriodLabel(sheet.period)}${PERIOD_SOURCE[sheet.periodSource ?? ''] ?? ''}`
    : sheet.periodSource === 'column'
      ? 'theo cột kỳ trong bảng'
      : 'chưa xác định';
  return (
    <Card
      size="small"
      style={{ marginBottom: 8 }}
      title={`${sheet.file} – trang “${sheet.sheet}”`}
      extra={
        <Typography.Text type="secondary">
          Dòng tiêu đề {sheet.headerRow} · {sheet.rowsRead} dòng · Kỳ: {period}
        </Typography.Text>
      }
    >
      <Table
        size="small"
        pagination={false}
        rowKey="column"
        dataSource={sheet.columns}
        columns={[
          { title: 'Cột', dataIndex: 'column', width: 56 },
          {
            title: 'Tiêu đề trong tệp',
            render: (_: unknown, c) => (
              <>
                {c.header}
                {c.note && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {c.confidence === 'ignored' ? 'Không nhập: ' : ''}
                    {c.note}
                  </Typography.Text>
                )}
              </>
            ),
          },
          {
            title: 'Nhập vào chỉ số',
            width: 320,
            render: (_: unknown, c) => {
              const role = roleOf(sheet, c.column);
              if (role) return <Typography.Text strong>{role}</Typography.Text>;
              return (
                <Select
                  data-testid={`mapping-${sheet.fingerprint}-${c.column}`}
                  aria-label={`Chỉ số cho cột ${c.column}`}
                  style={{ width: '100%' }}
                  value={c.indicator ?? ''}
                  options={options}
                  onChange={(val: string) => onChange(c.column, val === '' ? null : val)}
                />
              );
            },
          },
          {
            title: 'Mức chắc chắn',
            width: 170,
            render: (_: unknown, c) =>
              roleOf(sheet, c.column) ? null : (
                <Tag color={CONFIDENCE[c.confidence]?.color}>
                  {CONFIDENCE[c.confidence]?.text ?? c.confidence}
                </Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}
