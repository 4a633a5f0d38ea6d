import {
  Bar,
  CartesianGrid,
  ComposedChart,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { VERDICT_LABEL, type Verdict } from '../../../../shared/domain/progress';
import { formatPercent, formatRate } from '../../../../shared/format/vi';
import { sortedBars, type DistrictBar } from './dashboard-model';
import { STATUS_COLOR, ChartLegend } from './ChartLegend';

const PROVINCE_COLOR = '#1d39c4';
const TARGET_COLOR = '#ad2102';

/**
 * Coverage by district, highest first, each bar coloured by its status against its own target, with the
 * province's coverage and target drawn across: where each district stands at a glance.
 */
export function DistrictChart({
  data,
  which,
  province,
}: {
  data: DistrictBar[];
  which: 'bhxh' | 'bhtn';
  province: { value: number | null; target: number | null; targetYear: number } | null;
}) {
  const target = which === 'bhxh' ? 'bhxhTarget' : 'bhtnTarget';
  const status = which === 'bhxh' ? 'bhxhStatus' : 'bhtnStatus';
  const label = which === 'bhxh' ? 'Tỷ lệ BHXH' : 'Tỷ lệ BHTN';
  const rows = sortedBars(data, which);
  const statuses = new Set(rows.map((r) => r[status]));
  return (
    <div data-testid={`district-chart-${which}`}>
      <div
        role="figure"
        aria-label={`${label} (%) của từng huyện so với chỉ tiêu`}
        style={{ width: '100%', height: 300 }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart
            data={rows}
            margin={{ top: 8, right: 8, bottom: 40, left: 0 }}
            title={`${label} theo huyện`}
            desc={`Cột: ${label.toLowerCase()} của từng huyện, cao nhất trước; màu: đạt hay chưa đạt chỉ tiêu của huyện; đường ngang: toàn tỉnh và chỉ tiêu tỉnh.`}
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
            <Bar
              dataKey={which}
              name={label}
              isAnimationActive={false}
              shape={(props: unknown) => {
                const p = props as {
                  x: number;
                  y: number;
                  width: number;
                  height: number;
                  payload: DistrictBar;
                };
                const s: Verdict = p.payload[status];
                return (
                  <rect
                    x={p.x}
                    y={p.y}
                    width={Math.max(0, p.width)}
                    height={Math.max(0, p.height)}
                    fill={STATUS_COLOR[s]}
                    data-unit={p.payload.unit}
                    data-status={s}
                    className="district-bar"
                  />
                );
              }}
            />
            {/* Only rate targets are drawn: a headcount plan leaves no marker. */}
            {rows.some((d) => d[target] !== null) && (
              <Scatter
                dataKey={target}
                name="Chỉ tiêu"
                fill="#262626"
                shape="diamond"
                isAnimationActive={false}
              />
            )}
            {province?.value != null && (
              <ReferenceLine
                y={province.value}
                stroke={PROVINCE_COLOR}
                strokeWidth={2}
                className="province-line"
                ifOverflow="extendDomain"
              />
            )}
            {province?.target != null && (
              <ReferenceLine
                y={province.target}
                stroke={TARGET_COLOR}
                strokeWidth={2}
                strokeDasharray="6 4"
                className="province-target-line"
                ifOverflow="extendDomain"
              />
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <ChartLegend
        testId={`district-legend-${which}`}
        items={[
          ...(['met', 'on_track', 'behind', 'not_met', 'no_pace', 'no_target', 'no_data'] as const)
            .filter((s) => statuses.has(s))
            .map((s) => ({ key: s, swatch: 'box' as const, color: STATUS_COLOR[s], text: STATUS_TEXT[s] })),
          ...(rows.some((d) => d[target] !== null)
            ? [{ key: 'target', swatch: 'diamond' as const, color: '#262626', text: 'Chỉ tiêu của huyện' }]
            : []),
          ...(province?.value != null
            ? [
                {
                  key: 'province',
                  swatch: 'line' as const,
                  color: PROVINCE_COLOR,
                  text: `Toàn tỉnh: ${formatPercent(province.value)}`,
                },
              ]
            : []),
          ...(province?.target != null
            ? [
                {
                  key: 'province-target',
                  swatch: 'dash' as const,
                  color: TARGET_COLOR,
                  text: `Chỉ tiêu toàn tỉnh năm ${province.targetYear}: ${formatPercent(province.target)}`,
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}

// The report's words for each verdict; a grey bar says why it is grey.
const STATUS_TEXT: Record<Verdict, string> = {
  ...VERDICT_LABEL,
  met: 'Đạt chỉ tiêu của huyện',
  not_met: 'Chưa đạt chỉ tiêu của huyện',
  no_target: 'Huyện chưa có chỉ tiêu',
};
