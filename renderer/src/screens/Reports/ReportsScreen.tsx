import { App, Button, Card, Flex, Select, Skeleton, Space, Typography } from 'antd';
import {
  FileExcelOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  FolderOpenOutlined,
  PrinterOutlined,
} from '@ant-design/icons';
import { useState } from 'react';
import { call } from '../../api/client';
import { useApi } from '../../hooks/useApi';
import { usePeriod } from '../../hooks/usePeriod';
import { useSaveFile } from '../../hooks/useSaveFile';
import { platform } from '../../platform/types';
import { ScreenHeader } from '../../components/ScreenHeader';
import { PeriodPicker } from '../../components/PeriodPicker';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { parsePeriod, resolvePeriodMonth } from '../../../../shared/domain/period';
import { ProgressPreview } from './ProgressPreview';
import { CompletenessPreview, TrendPreview } from './OtherPreviews';
import { ReportTextsEditor } from './ReportTextsEditor';

type Kind = 'progress' | 'trend' | 'completeness';
const KINDS: { value: Kind; label: string }[] = [
  { value: 'progress', label: 'Báo cáo tiến độ (theo huyện)' },
  { value: 'trend', label: 'Diễn biến theo tháng của một đơn vị' },
  { value: 'completeness', label: 'Tình hình gửi số liệu' },
];

/** Month a period stands for, as far as the renderer can tell (a year → December or the latest month). */
function periodMonth(period: string, latest: string | null | undefined): string {
  return resolvePeriodMonth(parsePeriod(period), latest ?? null);
}

/** Báo cáo: choose report and period, preview it, save as PDF or Excel, open it, print it. */
export function ReportsScreen() {
  const { message } = App.useApp();
  const { period, setPeriod, latestMonth, dataVersion } = usePeriod();
  const save = useSaveFile();
  const [kind, setKind] = useState<Kind>('progress');
  const [unit, setUnit] = useState('64');
  const [busy, setBusy] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ id: string; name: string } | null>(null);
  const units = useApi('units.list', {});
  const month = periodMonth(period, latestMonth);
  const year = Number(month.slice(0, 4));
  const progress = useApi('reports.progress', kind === 'progress' ? { period } : null, dataVersion);
  const trend = useApi(
    'reports.trend',
    kind === 'trend' ? { unit, from: `${year}-01`, to: month } : null,
    dataVersion,
  );
  const completeness = useApi('reports.completeness', kind === 'completeness' ? { year } : null, dataVersion);

  const render = async (format: 'pdf' | 'xlsx' | 'docx') =>
    call('reports.render', { kind, format, period, ...(kind === 'trend' ? { unit } : {}) });

  const saveAs = async (format: 'pdf' | 'xlsx' | 'docx') => {
    setBusy(format);
    try {
      const file = await render(format);
      const id = await save(file);
      if (id) setSaved({ id, name: file.name });
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setBusy(null);
    }
  };

  const print = async () => {
    setBusy('print');
    try {
      await platform().printPdf(await render('pdf'));
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setBusy(null);
    }
  };

  const state = kind === 'progress' ? progress : kind === 'trend' ? trend : completeness;
  const isElectron = (() => {
    try {
      return platform().kind === 'electron';
    } catch {
      return false;
    }
  })();

  return (
    <>
      <ScreenHeader title="Báo cáo" />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Flex gap={12} wrap align="center">
          <Select<Kind>
            data-testid="report-kind"
            aria-label="Loại báo cáo"
            style={{ width: 290 }}
            value={kind}
            options={KINDS}
            onChange={setKind}
          />
          <PeriodPicker
            value={period}
            onChange={setPeriod}
            testId="report-period"
            kinds={kind === 'completeness' ? ['year'] : undefined}
          />
          {kind === 'trend' && (
            <Select
              data-testid="report-unit"
              aria-label="Đơn vị"
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 220 }}
              value={unit}
              onChange={setUnit}
              options={(units.data ?? [])
                .filter((u) => u.level !== 'commune')
                .map((u) => ({ value: u.code, label: u.name }))}
            />
          )}
          <Space wrap>
            <Button
              icon={<FilePdfOutlined />}
              type="primary"
              loading={busy === 'pdf'}
              onClick={() => saveAs('pdf')}
              data-testid="report-save-pdf"
            >
              Lưu PDF
            </Button>
            <Button
              icon={<FileExcelOutlined />}
              loading={busy === 'xlsx'}
              onClick={() => saveAs('xlsx')}
              data-testid="report-save-xlsx"
            >
              Lưu Excel
            </Button>
            {kind === 'progress' && (
              <Button
                icon={<FileWordOutlined />}
                loading={busy === 'docx'}
                onClick={() => saveAs('docx')}
                data-testid="report-save-docx"
              >
                Lưu Word
              </Button>
            )}
            <Button
              icon={<PrinterOutlined />}
              loading={busy === 'print'}
              onClick={print}
              data-testid="report-print"
            >
              In
            </Button>
            {saved && isElectron && (
              <Button
                icon={<FolderOpenOutlined />}
                onClick={() => void platform().openSaved(saved.id)}
                data-testid="report-open"
              >
                Mở {saved.name}
              </Button>
            )}
          </Space>
        </Flex>
      </Card>
      {kind === 'progress' && <ReportTextsEditor period={period} onSaved={progress.reload} />}
      <Card size="small" title="Xem trước">
        {state.error ? (
          <ApiErrorAlert error={state.error} what="Báo cáo" />
        ) : state.loading || !state.data ? (
          <Skeleton active />
        ) : kind === 'progress' && progress.data ? (
          <ProgressPreview model={progress.data} />
        ) : kind === 'trend' && trend.data ? (
          <TrendPreview model={trend.data} />
        ) : completeness.data ? (
          <CompletenessPreview model={completeness.data} />
        ) : null}
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          Tên cơ quan, người ký và nơi nhận lấy theo mục Cài đặt.
        </Typography.Paragraph>
      </Card>
    </>
  );
}
