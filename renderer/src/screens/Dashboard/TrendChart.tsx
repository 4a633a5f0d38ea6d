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
import { ChartLegend } from './ChartLegend';

/**
 * A month's point, hollow where its figures are carried from an earlier month (as the PDF's chart draws
 * them): a carried month is not a new measurement and must not read as one.
 */
function dot(series: 'bhxh' | 'bhtn', color: string) {
  const Dot = (props: unknown) => {
    const { cx, cy, payload, index } = props as {
      cx?: number;
      cy?: number;
      payload?: TrendRow;
      index?: number;
    };
    if (cx == null || cy == null || !payload || payload[series] === null)
      return <g key={`${series}-${index}`} />;
    return (
      <circle
        key={`${series}-${index}`}
        cx={cx}
        cy={cy}
        r={payload.carried ? 4.5 : 3.5}
        fill={payload.carried ? '#fff' : color}
        stroke={color}
        strokeWidth={2}
        className={`trend-dot trend-dot-${series}`}
        data-month={payload.month}
        data-carried={payload.carried ? 'true' : 'false'}
      />
    );
  };
  return Dot;
}

const SERIES = {
  bhxh: { name: 'BHXH', color: '#1677ff', targetColor: '#d4380d' },
  bhtn: { name: 'BHTN', color: '#08979c', targetColor: '#fa8c16' },
} as const;

/**
 * One measure's lines: the months, the projection dashed to December, the year's target when it is a
 * rate. An array of <Line>, not a component: recharts reads its series from the chart's direct children.
 */
function seriesLines(series: 'bhxh' | 'bhtn', withTarget: boolean) {
  const { name, color, targetColor } = SERIES[series];
  return [
    <Line
      key={series}
      dataKey={series}
      name={name}
      stroke={color}
      strokeWidth={2}
      connectNulls
      isAnimationActive={false}
      dot={dot(series, color)}
    />,
    <Line
      key={`${series}Projected`}
      dataKey={`${series}Projected`}
      name={`${name} dự báo`}
      stroke={color}
      strokeDasharray="6 4"
      dot={false}
      isAnimationActive={false}
      connectNulls
    />,
    ...(withTarget
      ? [
          <Line
            key={`${series}Target`}
            dataKey={`${series}Target`}
            name={`Chỉ tiêu ${name}`}
            stroke={targetColor}
            dot={false}
            isAnimationActive={false}
          />,
        ]
      : []),
  ];
}

/** Coverage month by month, the year's target as a flat line, the projection dashed to December. */
export function TrendChart({ rows }: { rows: TrendRow[] }) {
  // The line holds rate targets only; under a headcount plan there is none, and no legend entry for it.
  const has = (k: 'bhxhTarget' | 'bhtnTarget') => rows.some((r) => r[k] !== null);
  return (
    <div data-testid="trend-chart">
      <div
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
            <Legend
              verticalAlign="top"
              height={28}
              // Recharts colours the text like the series; the key's words stay near-black (over 4.5:1).
              formatter={(value: string) => <span style={{ color: '#262626' }}>{value}</span>}
            />
            {seriesLines('bhxh', has('bhxhTarget'))}
            {seriesLines('bhtn', has('bhtnTarget'))}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      {rows.some((r) => r.carried) && (
        <ChartLegend
          testId="trend-carried-legend"
          items={[
            {
              key: 'carried',
              swatch: 'hollow',
              color: '#1677ff',
              text: 'Điểm rỗng: tháng chưa có số liệu mới, dùng số liệu của tháng trước đó',
            },
          ]}
        />
      )}
    </div>
  );
}
