import { DatePicker, Segmented, Space } from 'antd';
import { useLatestMonth } from '../hooks/usePeriod';
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
  const latestMonth = useLatestMonth();
  // A screen may offer fewer kinds than the shared period has (completeness: years only): show it as one of them.
  const own = periodKind(value);
  const kind = kinds.includes(own) ? own : kinds[kinds.length - 1]!;
  const shown = kind === own ? value : convertPeriod(value, kind, latestMonth);
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
          onChange={(k) => onChange(convertPeriod(shown, k, latestMonth))}
        />
      )}
      <DatePicker
        data-testid={testId}
        aria-label="Kỳ số liệu"
        picker={kind}
        format={FORMATS[kind]}
        allowClear={false}
        value={periodToDate(shown)}
        onChange={(d) => d && onChange(dateToPeriod(d, kind))}
        style={{ width: 140 }}
      />
    </Space>
  );
}
