import { Card, Flex, Progress as Bar, Tag, Typography } from 'antd';
import {
  formatCount,
  formatPercent,
  formatRate,
  formatSignedCount,
  formatSignedRate,
} from '../../../../shared/format/vi';
import { STATUS_LABEL, type TargetKind } from '../../../../shared/domain/progress';
import type { CoverageSummary } from './dashboard-model';

const WHAT = { bhxh_coverage: 'BHXH', bhtn_coverage: 'BHTN' } as const;
const IDS = { bhxh_coverage: 'bhxh', bhtn_coverage: 'bhtn' } as const;

const people = (n: number | null) => `${formatCount(n)} người`;
const inUnit = (kind: TargetKind, n: number | null) => (kind === 'count' ? people(n) : formatPercent(n));

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
}: {
  summary: CoverageSummary;
  year: number;
  planNumber: string | null;
  /** The plan's targets for other years, shown when this year has none (the app never invents one). */
  otherYears?: { year: number; value: number; kind: TargetKind }[];
}) {
  const { progress: p, kind } = summary;
  const id = IDS[summary.indicator];
  const what = WHAT[summary.indicator];
  const count = kind === 'count';
  const color = p.status === 'met' ? 'green' : p.status === 'not_met' ? 'orange' : 'default';
  return (
    <Card
      size="small"
      title={count ? `Số người tham gia ${what} toàn tỉnh` : `Tỷ lệ bao phủ ${what} toàn tỉnh`}
      extra={
        <Tag color={color} data-testid={`province-${id}-status`}>
          {STATUS_LABEL[p.status]}
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
        <span data-testid={`districts-met-${id}`}>
          {summary.districtsWithTarget === 0
            ? `Chưa có chỉ tiêu cho ${summary.districts} huyện, thị xã, thành phố.`
            : `${summary.districtsMet}/${summary.districtsWithTarget} huyện, thị xã, thành phố có chỉ tiêu đã đạt.`}
        </span>
      </Flex>
    </Card>
  );
}
