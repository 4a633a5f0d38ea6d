import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatPercent, formatRate } from '../../../../shared/format/vi';
import type { TrendRow } from './dashboard-model';

/** Coverage month by month, the year's target as a flat line, the projection dashed to December. */
export function TrendChart({ rows }: { rows: TrendRow[] }) {
  // The line holds rate targets only; under a headcount plan there is none, and no legend entry for it.
  const has = (k: 'bhxhTarget' | 'bhtnTarget') => rows.some((r) => r[k] !== null);
  return (
    <div
      data-testid="trend-chart"
      role="figure"
      aria-label="Tỷ lệ bao phủ BHXH, BHTN theo tháng, chỉ tiêu năm và dự báo đến tháng 12"
      style={{ width: '100%', height: 300 }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart
          data={rows}
          margin={{ top: 8, right: 12, bottom: 8, left: 0 }}
          title="Diễn biến tỷ lệ bao phủ theo tháng"
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" />
          <YAxis
            tickFormatter={(v: number) => formatRate(v).replace(/,00$/, '')}
            unit="%"
            width={48}
            domain={['auto', 'auto']}
          />
          <Tooltip formatter={(v) => formatPercent(typeof v === 'number' ? v : null)} />
          <Legend verticalAlign="top" height={28} />
          <Line dataKey="bhxh" name="BHXH" stroke="#1677ff" strokeWidth={2} connectNulls />
          <Line
            dataKey="bhxhProjected"
            name="BHXH dự báo"
            stroke="#1677ff"
            strokeDasharray="6 4"
            dot={false}
            connectNulls
          />
          {has('bhxhTarget') && (
            <Line dataKey="bhxhTarget" name="Chỉ tiêu BHXH" stroke="#d4380d" dot={false} />
          )}
          <Line dataKey="bhtn" name="BHTN" stroke="#13a8a8" strokeWidth={2} connectNulls />
          <Line
            dataKey="bhtnProjected"
            name="BHTN dự báo"
            stroke="#13a8a8"
            strokeDasharray="6 4"
            dot={false}
            connectNulls
          />
          {has('bhtnTarget') && (
            <Line dataKey="bhtnTarget" name="Chỉ tiêu BHTN" stroke="#fa8c16" dot={false} />
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
