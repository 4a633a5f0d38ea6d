import { Alert, Button, Radio, Space, Table, Typography } from 'antd';
import type { CorrectedFigure } from '../../../../shared/api/import-types';
import type { Indicator } from '../../../../shared/domain/indicators';
import { observationPeriodLabel } from '../../../../shared/domain/period';
import { formatCount, formatDateTime } from '../../../../shared/format/vi';

export type CorrectionDecision = 'keep' | 'file';

/**
 * Figures corrected by hand that the file would replace, above everything else in the preview: a
 * re-import must never revert a correction unseen. The clerk decides for each one.
 */
export function HandCorrections({
  corrections,
  indicators,
  decisions,
  disabled,
  onDecide,
}: {
  corrections: CorrectedFigure[];
  indicators: Indicator[];
  decisions: Record<string, CorrectionDecision>;
  disabled: boolean;
  onDecide: (keys: string[], d: CorrectionDecision) => void;
}) {
  const label = new Map(indicators.map((i) => [i.code, i.shortLabel]));
  const all = corrections.map((c) => c.key);
  const open = corrections.filter((c) => !decisions[c.key]).length;
  return (
    <Alert
      data-testid="hand-corrections"
      type="warning"
      showIcon
      style={{ marginBottom: 8 }}
      title={`Tệp sẽ thay ${corrections.length} số liệu đã được sửa tay: hãy chọn giữ số đã sửa hay lấy số của tệp.`}
      description={
        <>
          <Space style={{ marginBottom: 8 }} wrap>
            <Button size="small" disabled={disabled} onClick={() => onDecide(all, 'keep')}>
              Giữ tất cả số đã sửa
            </Button>
            <Button size="small" disabled={disabled} onClick={() => onDecide(all, 'file')}>
              Lấy tất cả số của tệp
            </Button>
            {open > 0 && <Typography.Text type="danger">Còn {open} số chưa chọn.</Typography.Text>}
          </Space>
          <Table<CorrectedFigure>
            size="small"
            rowKey="key"
            pagination={corrections.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
            dataSource={corrections}
            columns={[
              { title: 'Đơn vị', dataIndex: 'unitName' },
              {
                title: 'Chỉ tiêu, kỳ',
                render: (_: unknown, c) =>
                  `${label.get(c.indicator) ?? c.indicator}, ${observationPeriodLabel(c.period)}`,
              },
              {
                title: 'Số đã sửa tay',
                align: 'right',
                render: (_: unknown, c) => (
                  <span title={`${formatDateTime(new Date(c.correctedAt))}${c.note ? `: ${c.note}` : ''}`}>
                    {formatCount(c.corrected)}
                  </span>
                ),
              },
              {
                title: 'Số trong tệp',
                align: 'right',
                render: (_: unknown, c) => (
                  <span title={`${c.file}: ${c.sheet}!${c.cell}`}>
                    {formatCount(c.fileValue)}{' '}
                    <Typography.Text type="secondary">
                      ({c.sheet}!{c.cell})
                    </Typography.Text>
                  </span>
                ),
              },
              {
                title: 'Lý do sửa',
                ellipsis: true,
                render: (_: unknown, c) => reasonOf(c.note),
              },
              {
                title: 'Chọn',
                width: 250,
                render: (_: unknown, c) => (
                  <Radio.Group
                    data-testid={`correction-${c.unit}-${c.indicator}-${c.period}`}
                    aria-label={`${c.unitName}: giữ số đã sửa hay lấy số của tệp`}
                    size="small"
                    disabled={disabled}
                    value={decisions[c.key]}
                    onChange={(e) => onDecide([c.key], e.target.value as CorrectionDecision)}
                    options={[
                      { value: 'keep', label: 'Giữ số đã sửa' },
                      { value: 'file', label: 'Lấy số của tệp' },
                    ]}
                  />
                ),
              },
            ]}
          />
        </>
      }
    />
  );
}

/** The reason a clerk typed, out of the note a correction is recorded with. */
function reasonOf(note: string | null): string {
  if (!note) return '–';
  const i = note.indexOf('Lý do: ');
  return i < 0 ? '–' : note.slice(i + 'Lý do: '.length);
}
