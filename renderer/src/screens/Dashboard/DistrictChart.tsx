import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatPercent, formatRate } from '../../../../shared/format/vi';
import type { DistrictBar } from './dashboard-model';

/** Coverage by district with each district's target as a marker (none where no target was set). */
export function DistrictChart({ data, which }: { data: DistrictBar[]; which: 'bhxh' | 'bhtn' }) {
  const target = which === 'bhxh' ? 'bhxhTarget' : 'bhtnTarget';
  const label = which === 'bhxh' ? 'Tỷ lệ BHXH' : 'Tỷ lệ BHTN';
  return (
    <div
      data-testid={`district-chart-${which}`}
      role="figure"
      aria-label={`${label} (%) của từng huyện so với chỉ tiêu`}
      style={{ width: '100%', height: 300 }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart
          data={data}
          margin={{ top: 8, right: 8, bottom: 40, left: 0 }}
          title={`${label} theo huyện`}
          desc={`Cột: ${label.toLowerCase()} của từng huyện; dấu: chỉ tiêu của huyện.`}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="name"
            interval={0}
            angle={-40}
            textAnchor="end"
            tick={{ fontSize: 11 }}
            height={60}
          />
          <YAxis tickFormatter={(v: number) => formatRate(v).replace(/,00$/, '')} unit="%" width={48} />
          <Tooltip formatter={(v) => formatPercent(typeof v === 'number' ? v : null)} />
          <Legend verticalAlign="top" height={28} />
          <Bar dataKey={which} name={label} fill={which === 'bhxh' ? '#1677ff' : '#13a8a8'} />
          {/* Only rate targets are drawn: a headcount plan leaves no marker, and no empty legend entry. */}
          {data.some((d) => d[target] !== null) && (
            <Scatter dataKey={target} name="Chỉ tiêu" fill="#d4380d" shape="diamond" />
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
