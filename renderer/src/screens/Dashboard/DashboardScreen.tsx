import { Alert, Card, Col, Empty, Row, Segmented, Skeleton, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useApi } from '../../hooks/useApi';
import { usePeriod } from '../../hooks/usePeriod';
import { ScreenHeader } from '../../components/ScreenHeader';
import { PeriodPicker } from '../../components/PeriodPicker';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { labelOf } from '../../components/period-text';
import { BHTN_COVERAGE, BHXH_COVERAGE, LABOR_FORCE } from '../../../../shared/domain/indicators';
import { monthLabel, splitMonth } from '../../../../shared/domain/period';
import { formatPercent } from '../../../../shared/format/vi';
import { CoverageCard } from './CoverageCard';
import {
  coverageSummary,
  districtBars,
  missingDistricts,
  nextTarget,
  NUMERATOR,
  provinceLine,
  provinceRow,
  trendRows,
  type CoverageKey,
} from './dashboard-model';
import { useTrend } from './useTrend';
import { loadGate } from '../../components/LoadGate';
import { FirstRunChecklist } from '../../components/FirstRunChecklist';

const WHICH = { bhxh: BHXH_COVERAGE, bhtn: BHTN_COVERAGE } as const;

// The charts (recharts, the largest library here) load after the figures: the first screen stays small.
const DistrictChart = lazy(async () => ({ default: (await import('./DistrictChart')).DistrictChart }));
const TrendChart = lazy(async () => ({ default: (await import('./TrendChart')).TrendChart }));

/** Tổng quan: where the province and its districts stand against the plan for the chosen period. */
export function DashboardScreen() {
  const { period, setPeriod, latestMonth, dataVersion } = usePeriod();
  // One call paints the screen (figures and the plan's targets); the report and the trend follow.
  const dashboard = useApi('dashboard.get', { period }, dataVersion);
  const progress = useApi('reports.progress', { period }, dataVersion);
  const [which, setWhich] = useState<'bhxh' | 'bhtn'>('bhxh');
  const v = dashboard.data?.values;
  const province = v ? provinceRow(v) : undefined;
  const trend = useTrend(province?.unit ?? '64', v?.month ?? null, dataVersion);
  // A plan sets either the rate or (after 2025) the headcount of a coverage: both are its targets.
  const otherYears = (indicator: CoverageKey) =>
    (dashboard.data?.targets ?? [])
      .filter(
        (t) =>
          t.unitCode === province?.unit &&
          (t.indicator === indicator || t.indicator === NUMERATOR[indicator]),
      )
      .map((t) => ({ year: t.year, value: t.value, kind: t.kind }));

  const header = (
    <ScreenHeader
      title="Tổng quan"
      subtitle={
        v
          ? `Số liệu đến hết ${monthLabel(v.month).toLowerCase()}${v.period === v.month ? '' : ` (${labelOf(v.period)})`}`
          : undefined
      }
      extra={<PeriodPicker value={period} onChange={setPeriod} />}
    />
  );
  const gate = loadGate(header, dashboard.error, !!v, 'số liệu');
  if (gate || !v) return gate;

  const year = splitMonth(v.month).year;
  // The report for the month shown: a stale one (another period) never lends its verdict.
  const report = progress.data && progress.data.month === v.month ? progress.data : null;
  const reportOf = (indicator: CoverageKey) =>
    report ? (indicator === BHXH_COVERAGE ? report.province.bhxh : report.province.bhtnCoverage) : null;
  const nextOf = (indicator: CoverageKey) =>
    province
      ? nextTarget({
          month: v.month,
          targets: otherYears(indicator),
          laborForce: province.cells[LABOR_FORCE]?.value ?? null,
          participants: province.cells[NUMERATOR[indicator]]?.value ?? null,
          coverage: province.cells[indicator]?.value ?? null,
          achieved: reportOf(indicator)?.pace.achieved ?? null,
        })
      : null;
  const cardProps = (indicator: CoverageKey) => ({
    year,
    planNumber: v.plan?.number ?? null,
    otherYears: otherYears(indicator),
    report: reportOf(indicator),
    comparedWith: report?.comparedWith ?? null,
    next: nextOf(indicator),
  });
  const bhxh = coverageSummary(v, BHXH_COVERAGE);
  const bhtn = coverageSummary(v, BHTN_COVERAGE);
  const missing = missingDistricts(v);
  const trendData = trend.points ? trendRows(trend.points, year, trend.projected) : null;
  const empty = latestMonth === null;

  return (
    <>
      {header}
      {empty && (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title="Chưa có số liệu nào."
            description="Ba bước dưới đây dẫn tới báo cáo đầu tiên."
          />
          <FirstRunChecklist />
        </>
      )}
      {!v.plan && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`Chưa có kế hoạch nào áp dụng cho năm ${year}.`}
        />
      )}
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          {bhxh && <CoverageCard summary={bhxh} {...cardProps(BHXH_COVERAGE)} />}
        </Col>
        <Col xs={24} lg={12}>
          {bhtn && <CoverageCard summary={bhtn} {...cardProps(BHTN_COVERAGE)} />}
        </Col>
        {progress.data && progress.data.summary.length > 0 && (
          <Col span={24}>
            <Card size="small" title="Nhận xét">
              {progress.data.summary.map((s, i) => (
                <Typography.Paragraph key={i} style={{ marginBottom: 4 }} data-testid="progress-summary">
                  {s}
                </Typography.Paragraph>
              ))}
            </Card>
          </Col>
        )}
        <Col xs={24} xl={14}>
          <Card
            size="small"
            title="Tỷ lệ bao phủ theo huyện so với chỉ tiêu"
            extra={
              <Segmented<'bhxh' | 'bhtn'>
                size="small"
                aria-label="Chọn chỉ số"
                value={which}
                onChange={setWhich}
                options={[
                  { value: 'bhxh', label: 'BHXH' },
                  { value: 'bhtn', label: 'BHTN' },
                ]}
              />
            }
          >
            <Suspense fallback={<Skeleton active />}>
              <DistrictChart
                data={districtBars(v, report)}
                which={which}
                province={province ? provinceLine(province, which, year, nextOf(WHICH[which])) : null}
              />
            </Suspense>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card
            size="small"
            title={`Chưa gửi số liệu ${monthLabel(v.month).toLowerCase()}`}
            data-testid="missing-districts"
          >
            {missing.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Tất cả các huyện đã gửi số liệu." />
            ) : (
              <ul className="plain-list" style={{ maxHeight: 260, overflow: 'auto' }}>
                {missing.map((m) => (
                  <li key={m.unit}>
                    <span>{m.name}</span>
                    <Typography.Text type="secondary">
                      {m.lastMonth ? `số liệu gần nhất: ${labelOf(m.lastMonth)}` : 'chưa có số liệu'}
                    </Typography.Text>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </Col>
        <Col span={24}>
          <Card size="small" title={`Diễn biến tỷ lệ bao phủ toàn tỉnh năm ${year}`}>
            {trend.error && <ApiErrorAlert error={trend.error} what="diễn biến" />}
            {trendData ? (
              <>
                <Suspense fallback={<Skeleton active />}>
                  <TrendChart rows={trendData.rows} />
                </Suspense>
                <Typography.Text data-testid="projection">
                  Dự báo cuối năm {year}: BHXH {formatPercent(trendData.projected.bhxh, 'chưa đủ số liệu')},
                  BHTN {formatPercent(trendData.projected.bhtn, 'chưa đủ số liệu')}
                </Typography.Text>
              </>
            ) : (
              <Skeleton active />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
