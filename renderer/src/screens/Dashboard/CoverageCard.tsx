import { Card, Flex, Progress as Bar, Tag, Typography } from 'antd';
import { formatCount, formatPercent, formatRate, formatSignedRate } from '../../../../shared/format/vi';
import { STATUS_LABEL } from '../../../../shared/domain/progress';
import type { CoverageSummary } from './dashboard-model';

const TITLES = { bhxh_coverage: 'Tỷ lệ bao phủ BHXH', bhtn_coverage: 'Tỷ lệ bao phủ BHTN' } as const;
const IDS = { bhxh_coverage: 'bhxh', bhtn_coverage: 'bhtn' } as const;

/** The province's coverage against the plan's target for the year, people still needed, districts met. */
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
  otherYears?: { year: number; value: number }[];
}) {
  const { progress: p } = summary;
  const id = IDS[summary.indicator];
  const color = p.status === 'met' ? 'green' : p.status === 'not_met' ? 'orange' : 'default';
  return (
    <Card
      size="small"
      title={`${TITLES[summary.indicator]} toàn tỉnh`}
      extra={<Tag color={color}>{STATUS_LABEL[p.status]}</Tag>}
    >
      <Flex align="baseline" gap={12} wrap>
        <span className="figure-big" data-testid={`province-${id}-coverage`}>
          {formatPercent(p.actual)}
        </span>
        <Typography.Text>
          Chỉ tiêu năm {year}:{' '}
          <b data-testid={`province-${id}-target`}>
            {p.target === null ? 'chưa có' : formatPercent(p.target)}
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
            ` (${otherYears.map((o) => `năm ${o.year}: ${formatPercent(o.value)}`).join('; ')})`}
          . Nhập chỉ tiêu ở mục “Chỉ tiêu”.
        </Typography.Paragraph>
      )}
      <Flex vertical gap={2} style={{ marginTop: 4 }}>
        {p.gap !== null && <span>Chênh lệch so với chỉ tiêu: {formatSignedRate(p.gap)} điểm %</span>}
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
