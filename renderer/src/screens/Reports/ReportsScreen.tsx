import { App, Button, Card, Flex, Select, Space, Typography } from 'antd';
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
import { PdfPreview, type RenderInput } from './PdfPreview';
import { ReportTextsEditor } from './ReportTextsEditor';
import type { ReportKind } from '../../routing/route';
import { useRoute } from '../../routing/useRoute';

type Kind = ReportKind;
const KINDS: { value: Kind; label: string }[] = [
  { value: 'progress', label: 'Báo cáo tiến độ (theo huyện)' },
  { value: 'trend', label: 'Diễn biến theo tháng của một đơn vị' },
  { value: 'completeness', label: 'Tình hình gửi số liệu' },
  { value: 'evaluation', label: 'Đánh giá kết quả thực hiện kế hoạch (cả kỳ kế hoạch)' },
];

/** Báo cáo: choose report and period, preview it, save as PDF or Excel, open it, print it. */
export function ReportsScreen() {
  const { message } = App.useApp();
  const { period, setPeriod, dataVersion } = usePeriod();
  const save = useSaveFile();
  // The report and its unit are in the address: Back returns to the previous choice, a bookmark opens it.
  const { route, navigate } = useRoute();
  const kind = route.report ?? 'progress';
  // Only a dien-bien address names a unit: the one chosen last waits here for the clerk's way back to it.
  const [trendUnit, setTrendUnit] = useState(route.unit ?? '64');
  const unit = route.unit ?? trendUnit;
  const setKind = (k: Kind) => {
    if (kind === 'trend') setTrendUnit(unit);
    navigate({ ...route, report: k, unit: k === 'trend' ? unit : undefined });
  };
  const setUnit = (u: string) => navigate({ ...route, unit: u });
  const [busy, setBusy] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ id: string; name: string } | null>(null);
  // Sections II–IV are part of the document: saving them renders the preview again (both counters only grow).
  const [textsSaved, setTextsSaved] = useState(0);
  const units = useApi('units.list', {});
  // The preview is the very document Lưu PDF and In produce: one choice for all three.
  const choice: RenderInput = { kind, period, ...(kind === 'trend' ? { unit } : {}) };

  const render = async (format: 'pdf' | 'xlsx' | 'docx') => call('reports.render', { ...choice, format });

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
            kinds={kind === 'completeness' || kind === 'evaluation' ? ['year'] : undefined}
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
      {kind === 'progress' && (
        <ReportTextsEditor period={period} onSaved={() => setTextsSaved((n) => n + 1)} />
      )}
      <Card size="small" title="Xem trước">
        <PdfPreview input={choice} version={dataVersion + textsSaved} />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          Tên cơ quan, người ký và nơi nhận lấy theo mục Cài đặt.
        </Typography.Paragraph>
      </Card>
    </>
  );
}
