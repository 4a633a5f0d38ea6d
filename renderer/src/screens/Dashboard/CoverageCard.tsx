import { Card, Flex, Progress as Bar, Tag, Typography } from 'antd';
import {
  formatCount,
  formatPercent,
  formatRate,
  formatSignedCount,
  formatSignedRate,
} from '../../../../shared/format/vi';
import { VERDICT_LABEL, type TargetKind, type Verdict } from '../../../../shared/domain/progress';
import type { CoverageProgress } from '../../../../shared/reports/model';
import type { CoverageSummary, NextTarget } from './dashboard-model';

const WHAT = { bhxh_coverage: 'BHXH', bhtn_coverage: 'BHTN' } as const;
const IDS = { bhxh_coverage: 'bhxh', bhtn_coverage: 'bhtn' } as const;

const people = (n: number | null) => `${formatCount(n)} người`;
const inUnit = (kind: TargetKind, n: number | null) => (kind === 'count' ? people(n) : formatPercent(n));
const perMonth = (n: number | null) => `${formatCount(n === null ? null : Math.round(n))} người/tháng`;

const VERDICT_COLOR: Partial<Record<Verdict, string>> = {
  met: 'green',
  on_track: 'green',
  not_met: 'red',
  behind: 'orange',
};

/** "tăng 0,37 điểm %" / "giảm 120 người" / "không đổi". */
function change(kind: TargetKind, n: number): string {
  if (Math.abs(n) < 1e-9) return 'không đổi';
  const word = n > 0 ? 'tăng' : 'giảm';
  return kind === 'count'
    ? `${word} ${formatCount(Math.abs(n))} người`
    : `${word} ${formatRate(Math.abs(n))} điểm %`;
}

/**
 * The province against the plan's target for the year, people still needed, districts met. A rate plan
 * (2023–2025) compares coverage in %; a headcount plan (after 2025) compares participants in people, the
 * coverage rate then shown beside them for reference.
 */
export function CoverageCard({
  summary,
  year,
  planNumber,
  otherYears = [],
  report = null,
  comparedWith = null,
  next = null,
}: {
  summary: CoverageSummary;
  year: number;
  planNumber: string | null;
  /** The plan's targets for other years, shown when this year has none (the app never invents one). */
  otherYears?: { year: number; value: number; kind: TargetKind }[];
  /** The signed report's figures for this coverage: its verdict (pace before December) and its change. */
  report?: CoverageProgress | null;
  /** The last earlier month with figures, as the report names it ("tháng 3/2024"). */
  comparedWith?: { month: string; label: string } | null;
  /** The plan's next year with a target, when this year has none. */
  next?: NextTarget | null;
}) {
  const { progress: p, kind } = summary;
  const id = IDS[summary.indicator];
  const what = WHAT[summary.indicator];
  const count = kind === 'count';
  // The report's verdict when it has come: before December it judges the pace, as the signed report does.
  const verdict: Verdict = p.target === null && next ? next.verdict : (report?.pace.verdict ?? p.status);
  const badge =
    p.target === null && next ? `${VERDICT_LABEL[verdict]} (chỉ tiêu ${next.year})` : VERDICT_LABEL[verdict];
  const pace = p.target !== null ? report?.pace : undefined;
  return (
    <Card
      size="small"
      title={count ? `Số người tham gia ${what} toàn tỉnh` : `Tỷ lệ bao phủ ${what} toàn tỉnh`}
      extra={
        <Tag color={VERDICT_COLOR[verdict] ?? 'default'} data-testid={`province-${id}-status`}>
          {badge}
        </Tag>
      }
    >
      <Flex align="baseline" gap={12} wrap>
        {count ? (
          <>
            <span className="figure-big" data-testid={`province-${id}-participants`}>
              {people(summary.participants)}
            </span>
            <Typography.Text type="secondary">
              tỷ lệ bao phủ{' '}
              <span data-testid={`province-${id}-coverage`}>{formatPercent(summary.coverage)}</span>
            </Typography.Text>
          </>
        ) : (
          <span className="figure-big" data-testid={`province-${id}-coverage`}>
            {formatPercent(p.actual)}
          </span>
        )}
        <Typography.Text>
          Chỉ tiêu năm {year}:{' '}
          <b data-testid={`province-${id}-target`}>
            {p.target === null ? 'chưa có' : inUnit(kind, p.target)}
          </b>
          {planNumber && p.target !== null && (
            <Typography.Text type="secondary"> (KH {planNumber})</Typography.Text>
          )}
        </Typography.Text>
      </Flex>
      {p.target !== null && p.actual !== null && (
        <Bar
          percent={Math.min(100, p.shareReached ?? 0)}
          format={() => `${formatRate(p.shareReached)}%`}
          status={p.status === 'met' ? 'success' : 'active'}
          aria-label="Mức đạt so với chỉ tiêu"
          data-testid={`province-${id}-share`}
        />
      )}
      {p.target === null && (
        <Typography.Paragraph
          type="secondary"
          style={{ margin: '4px 0' }}
          data-testid={`province-${id}-target-hint`}
        >
          {planNumber
            ? `Kế hoạch ${planNumber} chưa có chỉ tiêu năm ${year}`
            : `Chưa có kế hoạch cho năm ${year}`}
          {otherYears.length > 0 &&
            ` (${otherYears.map((o) => `năm ${o.year}: ${inUnit(o.kind, o.value)}`).join('; ')})`}
          . Nhập chỉ tiêu ở mục “Chỉ tiêu”.
        </Typography.Paragraph>
      )}
      <Flex vertical gap={2} style={{ marginTop: 4 }}>
        {p.gap !== null && (
          <span data-testid={`province-${id}-gap`}>
            Chênh lệch so với chỉ tiêu:{' '}
            {count ? `${formatSignedCount(p.gap)} người` : `${formatSignedRate(p.gap)} điểm %`}
          </span>
        )}
        {p.target !== null && (
          <span>
            Cần phát triển thêm: <b data-testid={`province-${id}-needed`}>{formatCount(p.peopleNeeded)}</b>{' '}
            người
          </span>
        )}
        {pace && pace.required !== null && (
          <span data-testid={`province-${id}-pace`}>
            Cần bình quân <b>{perMonth(pace.required)}</b> trong {pace.monthsLeft} tháng còn lại; đã đạt{' '}
            {perMonth(pace.achieved)}.
          </span>
        )}
        {p.target === null && next && (
          <span data-testid={`province-${id}-next`}>
            Đến chỉ tiêu năm {next.year} ({inUnit(next.kind, next.target)}): cần thêm{' '}
            <b>{people(next.needed)}</b>
            {next.required !== null &&
              `, bình quân ${perMonth(next.required)} trong ${next.monthsLeft} tháng; đã đạt ${perMonth(next.achieved)}`}
            .
          </span>
        )}
        {report && report.changeSincePreviousMonth !== null && comparedWith && (
          <span data-testid={`province-${id}-change`}>
            So với {comparedWith.label}: {change(report.targetKind ?? kind, report.changeSincePreviousMonth)}
          </span>
        )}
        <span data-testid={`districts-met-${id}`}>
          {summary.districtsWithTarget === 0
            ? `Chưa có chỉ tiêu cho ${summary.districts} huyện, thị xã, thành phố.`
            : `${summary.districtsMet}/${summary.districtsWithTarget} huyện, thị xã, thành phố có chỉ tiêu đã đạt.`}
        </span>
      </Flex>
    </Card>
  );
}
