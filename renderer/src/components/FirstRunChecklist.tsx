import { CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useApi } from '../hooks/useApi';
import { useGoTo } from '../routing/useRoute';
import { usePeriod } from '../hooks/usePeriod';
import type { SectionKey } from '../routing/route';
import { formatCount } from '../../../shared/format/vi';

interface Step {
  key: string;
  title: string;
  done: boolean;
  detail: string;
  action: { label: string; section: SectionKey };
}

/**
 * The first things to do in an empty database, each ticked from what the database holds (an import not
 * undone, targets of a plan), with a button to the screen where it is done.
 */
export function FirstRunChecklist() {
  const { dataVersion } = usePeriod();
  const goTo = useGoTo();
  const imports = useApi('imports.list', {}, dataVersion);
  const targets = useApi('targets.list', {}, dataVersion);
  const imported = (imports.data ?? []).filter((i) => i.undoneAt === null && i.kind === 'file').length;
  const targetCount = targets.data?.length ?? 0;
  const planNames = [...new Set((targets.data ?? []).map((t) => t.planNumber))];
  const loaded = imports.data !== undefined && targets.data !== undefined;

  const steps: Step[] = [
    {
      key: 'import',
      title: 'Nhập số liệu của các huyện, thị xã, thành phố',
      done: imported > 0,
      detail:
        imported > 0
          ? `Đã có ${formatCount(imported)} lần nhập.`
          : 'Kéo thả các tệp Excel các huyện gửi lên; xem trước rồi mới ghi.',
      action: { label: 'Nhập dữ liệu', section: 'nhap-du-lieu' },
    },
    {
      key: 'targets',
      title: 'Kiểm tra chỉ tiêu kế hoạch',
      done: targetCount > 0,
      detail:
        targetCount > 0
          ? `Đã có ${formatCount(targetCount)} chỉ tiêu (${planNames.join(', ')}); xem lại cho đúng kế hoạch đang thực hiện.`
          : 'Chưa có chỉ tiêu nào: nhập chỉ tiêu để báo cáo so sánh được với kế hoạch.',
      action: { label: 'Mở Chỉ tiêu', section: 'chi-tieu' },
    },
    {
      key: 'report',
      title: 'Lập báo cáo tiến độ',
      done: false,
      detail:
        imported > 0
          ? 'In hoặc lưu báo cáo (PDF, Excel) cho kỳ đã nhập.'
          : 'Làm được sau khi đã nhập số liệu.',
      action: { label: 'Lập báo cáo', section: 'bao-cao' },
    },
  ];

  return (
    <Card size="small" title="Bắt đầu sử dụng" data-testid="first-run" style={{ marginBottom: 12 }}>
      {steps.map((s, n) => (
        <Flex
          key={s.key}
          align="center"
          gap={12}
          style={{ padding: '6px 0' }}
          data-testid={`first-run-${s.key}`}
          data-done={loaded ? String(s.done) : undefined}
        >
          <StepMark done={s.done} />
          <div style={{ flex: 1 }}>
            <Typography.Text strong>
              {n + 1}. {s.title}
            </Typography.Text>
            <br />
            <Typography.Text type="secondary">{s.detail}</Typography.Text>
          </div>
          {goTo && (
            <Button
              type={!s.done && steps.slice(0, n).every((p) => p.done) ? 'primary' : 'default'}
              disabled={s.key === 'report' && imported === 0}
              data-testid={`first-run-${s.key}-go`}
              onClick={() => goTo(s.action.section)}
            >
              {s.action.label}
            </Button>
          )}
        </Flex>
      ))}
    </Card>
  );
}

function StepMark({ done }: { done: boolean }): ReactNode {
  return done ? (
    <CheckCircleFilled style={{ color: '#52c41a', fontSize: 20 }} aria-label="Đã xong" />
  ) : (
    <ClockCircleOutlined style={{ color: '#bfbfbf', fontSize: 20 }} aria-label="Chưa làm" />
  );
}
