import { Alert, App, Button, Flex, Segmented, Select, Skeleton, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { call } from '../../api/client';
import { useApi } from '../../hooks/useApi';
import { usePeriod } from '../../hooks/usePeriod';
import { platform } from '../../platform/types';
import { ScreenHeader } from '../../components/ScreenHeader';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import type { PlanInfo, UnitInfo } from '../../../../shared/api/types';
import { formatCount, formatDate, formatRate } from '../../../../shared/format/vi';
import { PlanForm } from './PlanForm';
import { TargetCell } from './TargetCell';
import { indexTargets, planYears, TARGET_INDICATORS, targetKey, unitsForYear } from './targets-model';

/** Chỉ tiêu: plans and their targets by unit, indicator and year, edited in a grid or imported. */
export function TargetsScreen() {
  const { message, modal } = App.useApp();
  const { dataChanged, period } = usePeriod();
  const [plansVersion, setPlansVersion] = useState(0);
  const plans = useApi('plans.list', {}, plansVersion);
  const units = useApi('units.list', {});
  const [planId, setPlanId] = useState<number | null>(null);
  const plan = plans.data?.find((p) => p.id === planId) ?? plans.data?.[0] ?? null;
  const targets = useApi('targets.list', plan ? { planId: plan.id } : null);
  const [chosenYear, setYear] = useState<number | null>(null);
  const [kind, setKind] = useState<'rate' | 'count'>('rate');
  const [editing, setEditing] = useState<PlanInfo | null | 'new'>(null);
  const [importing, setImporting] = useState(false);

  // Start on the year being looked at elsewhere in the app, kept within the plan's years.
  const year = plan
    ? Math.min(plan.yearTo, Math.max(plan.yearFrom, chosenYear ?? Number(period.slice(0, 4))))
    : null;

  const byKey = useMemo(() => indexTargets(targets.data ?? []), [targets.data]);
  const rows: UnitInfo[] = useMemo(
    () => (units.data && year ? unitsForYear(units.data, year) : []),
    [units.data, year],
  );

  // The last cell saved, confirmed under it: the cell itself is remounted with the new stored value.
  const [saved, setSaved] = useState<{ key: string; text: string } | null>(null);

  const save = async (
    unit: UnitInfo,
    indicator: (typeof TARGET_INDICATORS)[number],
    value: number | null,
  ): Promise<string | null> => {
    if (!plan || year === null) return 'Chưa chọn kế hoạch.';
    try {
      await call('targets.set', {
        planNumber: plan.number,
        // Typed in Chỉ tiêu: the office's figure, shown with the plan but not credited to it.
        fromDocument: false,
        unit: unit.code,
        indicator: indicator.code,
        year,
        value,
      });
      const shown =
        value === null ? null : indicator.kind === 'rate' ? `${formatRate(value)}%` : formatCount(value);
      setSaved({
        key: targetKey(unit.code, indicator.code, year),
        text: shown === null ? 'Đã xóa chỉ tiêu.' : `Đã lưu: ${shown}.`,
      });
      targets.reload();
      dataChanged();
      return null;
    } catch (e) {
      setSaved(null);
      return (e as Error).message;
    }
  };

  const importAppendix = async () => {
    if (!plan) return;
    const files = await platform().pickFiles({ multiple: false, accept: ['xlsx'] });
    const file = files?.[0];
    if (!file) return;
    setImporting(true);
    try {
      const r = await call('targets.import', { file, planNumber: plan.number });
      targets.reload();
      dataChanged();
      modal.info({
        title: `Đã nhập ${r.count} chỉ tiêu vào kế hoạch ${plan.number}`,
        content: r.problems.length ? (
          <ul data-testid="targets-import-problems">
            {r.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        ) : (
          'Không có vấn đề nào.'
        ),
        okText: 'Đóng',
      });
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setImporting(false);
    }
  };

  const indicators = TARGET_INDICATORS.filter((i) => i.kind === kind);
  const header = (
    <ScreenHeader
      title="Chỉ tiêu"
      subtitle={
        plan ? `${plan.number} ngày ${formatDate(new Date(plan.issuedOn))}: ${plan.title}` : undefined
      }
      extra={
        <>
          <Select
            data-testid="targets-plan"
            aria-label="Kế hoạch"
            style={{ width: 190 }}
            value={plan?.id}
            options={(plans.data ?? []).map((p) => ({ value: p.id, label: `KH ${p.number}` }))}
            onChange={(id: number) => setPlanId(id)}
          />
          <Select
            data-testid="targets-year"
            aria-label="Năm"
            style={{ width: 120 }}
            value={year ?? undefined}
            options={(plan ? planYears(plan) : []).map((y) => ({ value: y, label: `Năm ${y}` }))}
            onChange={(y: number) => setYear(y)}
          />
          <Button onClick={() => setEditing('new')} data-testid="plan-add">
            Thêm kế hoạch
          </Button>
          {plan && <Button onClick={() => setEditing(plan)}>Sửa kế hoạch</Button>}
          <Button onClick={importAppendix} loading={importing} disabled={!plan} data-testid="targets-import">
            Nhập từ phụ lục (.xlsx)
          </Button>
        </>
      }
    />
  );

  const body = () => {
    if (plans.error) return <ApiErrorAlert error={plans.error} what="kế hoạch" />;
    if (!plans.data || !units.data) return <Skeleton active />;
    if (!plan) return <Alert type="info" showIcon title="Chưa có kế hoạch nào. Bấm “Thêm kế hoạch”." />;
    return (
      <>
        <Flex gap={12} align="center" style={{ marginBottom: 8 }}>
          <Segmented<'rate' | 'count'>
            aria-label="Loại chỉ tiêu"
            value={kind}
            onChange={setKind}
            options={[
              { value: 'rate', label: 'Tỷ lệ bao phủ (%)' },
              { value: 'count', label: 'Số người tham gia' },
            ]}
          />
          <Typography.Text type="secondary">
            Gõ số (tỷ lệ như 14,83; số người như 150.000) rồi nhấn Enter hoặc chuyển ô để lưu; Esc để thôi;
            xóa trống để bỏ chỉ tiêu.
          </Typography.Text>
        </Flex>
        <ApiErrorAlert error={targets.error} what="chỉ tiêu" />
        <Table<UnitInfo>
          data-testid="targets-grid"
          size="small"
          bordered
          rowKey="code"
          pagination={false}
          loading={targets.loading}
          scroll={{ y: 'calc(100vh - 260px)' }}
          dataSource={rows}
          columns={[
            { title: 'Mã', dataIndex: 'code', width: 70 },
            {
              title: 'Đơn vị',
              dataIndex: 'name',
              render: (n: string, u) => (u.level === 'province' ? <b>{n}</b> : n),
            },
            ...indicators.map((ind) => ({
              title: `${ind.label} năm ${year ?? ''}`,
              key: ind.code,
              width: 190,
              render: (_: unknown, u: UnitInfo) => (
                <TargetCell
                  key={`${u.code}-${ind.code}-${year}-${byKey.get(targetKey(u.code, ind.code, year ?? 0))?.value ?? ''}`}
                  testId={`target-${u.code}-${ind.code}`}
                  label={`${ind.label}, ${u.name}, năm ${year}`}
                  kind={ind.kind}
                  value={year === null ? null : (byKey.get(targetKey(u.code, ind.code, year))?.value ?? null)}
                  saved={saved?.key === targetKey(u.code, ind.code, year ?? 0) ? saved.text : null}
                  onSave={(v) => save(u, ind, v)}
                />
              ),
            })),
          ]}
        />
      </>
    );
  };

  return (
    <>
      {header}
      {body()}
      {editing && (
        <PlanForm
          plan={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(p) => {
            setEditing(null);
            setPlanId(p.id);
            setPlansVersion((v) => v + 1);
            void message.success(`Đã lưu kế hoạch ${p.number}.`);
          }}
        />
      )}
    </>
  );
}
