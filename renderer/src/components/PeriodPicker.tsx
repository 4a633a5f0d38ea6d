import { DatePicker, Segmented, Space } from 'antd';
import { convertPeriod, dateToPeriod, periodKind, periodToDate, type PeriodKind } from './period-text';

const FORMATS: Record<PeriodKind, string> = { month: 'MM/YYYY', quarter: '[Quý] Q/YYYY', year: 'YYYY' };

/** Month, quarter or year, as the reports accept (SPEC §2 "Periods"). */
export function PeriodPicker({
  value,
  onChange,
  kinds = ['month', 'quarter', 'year'],
  testId = 'period-picker',
}: {
  value: string;
  onChange: (p: string) => void;
  kinds?: PeriodKind[];
  testId?: string;
}) {
  const kind = periodKind(value);
  return (
    <Space size={8} wrap>
      {kinds.length > 1 && (
        <Segmented<PeriodKind>
          data-testid={`${testId}-kind`}
          aria-label="Loại kỳ"
          value={kind}
          options={kinds.map((k) => ({
            value: k,
            label: k === 'month' ? 'Tháng' : k === 'quarter' ? 'Quý' : 'Năm',
          }))}
          onChange={(k) => onChange(convertPeriod(value, k))}
        />
      )}
      <DatePicker
        data-testid={testId}
        aria-label="Kỳ số liệu"
        picker={kind}
        format={FORMATS[kind]}
        allowClear={false}
        value={periodToDate(value)}
        onChange={(d) => d && onChange(dateToPeriod(d, kind))}
        style={{ width: 140 }}
      />
    </Space>
  );
}
