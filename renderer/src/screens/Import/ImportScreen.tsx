import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Flex,
  Progress,
  Row,
  Space,
  Spin,
  Statistic,
  Tabs,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { call } from '../../api/client';
import { useApi } from '../../hooks/useApi';
import { usePeriod } from '../../hooks/usePeriod';
import { useSaveFile } from '../../hooks/useSaveFile';
import { ScreenHeader } from '../../components/ScreenHeader';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PeriodPicker } from '../../components/PeriodPicker';
import type { FileInput } from '../../../../shared/api/files';
import type { ImportPreview, ImportResult } from '../../../../shared/api/import-types';
import { formatCount } from '../../../../shared/format/vi';
import { DropZone } from './DropZone';
import { SheetMapping } from './SheetMapping';
import { ProblemsTable } from './ProblemsTable';
import { ChangesTable } from './ChangesTable';
import { ImportHistory } from './ImportHistory';
import { unsureSheets, withMapping, type Mappings, type UnitChoices as Choices } from './import-model';
import { UnitChoices } from './UnitChoices';

/** Nhập dữ liệu: files in, preview, fix the mapping, commit; past imports with undo; the blank template. */
export function ImportScreen() {
  const { message } = App.useApp();
  const { period, dataVersion, dataChanged } = usePeriod();
  const save = useSaveFile();
  const indicators = useApi('indicators.list', {});
  const units = useApi('units.list', {});
  const history = useApi('imports.list', {}, dataVersion);
  const [files, setFiles] = useState<FileInput[]>([]);
  const [reading, setReading] = useState<number | null>(null);
  const [forcedPeriod, setForcedPeriod] = useState<string | null>(null);
  const [mappings, setMappings] = useState<Mappings>({});
  const [unitChoices, setUnitChoices] = useState<Choices>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState<'preview' | 'commit' | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [acceptWarnings, setAcceptWarnings] = useState(false);
  const [templatePeriod, setTemplatePeriod] = useState(period);

  const runPreview = async (fs: FileInput[], maps: Mappings, p: string | null, choices: Choices) => {
    if (!fs.length) return;
    setBusy('preview');
    setError(null);
    setResult(null);
    setAcceptWarnings(false);
    if (preview) void call('imports.discard', { previewId: preview.previewId }).catch(() => undefined);
    try {
      const input = {
        files: fs,
        ...(p ? { period: p } : {}),
        ...(Object.keys(maps).length ? { mappings: maps } : {}),
        ...(Object.keys(choices).length ? { unitChoices: choices } : {}),
      };
      setPreview(await call('imports.preview', input));
    } catch (e) {
      setPreview(null);
      setError(e as Error);
    } finally {
      setBusy(null);
    }
  };

  const onFiles = (fs: FileInput[]) => {
    setFiles(fs);
    setMappings({});
    setUnitChoices({});
    void runPreview(fs, {}, forcedPeriod, {});
  };

  const commit = async () => {
    if (!preview) return;
    setBusy('commit');
    setError(null);
    try {
      const r = await call('imports.commit', { previewId: preview.previewId });
      setResult(r);
      if (r.ok) {
        void message.success(
          `Đã nhập: ${formatCount(r.inserted)} mới, ${formatCount(r.updated)} thay đổi, ${formatCount(r.unchanged)} không đổi.`,
        );
        setPreview(null);
        setFiles([]);
        dataChanged();
      }
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(null);
    }
  };

  const cancel = () => {
    if (preview) void call('imports.discard', { previewId: preview.previewId }).catch(() => undefined);
    setPreview(null);
    setFiles([]);
    setError(null);
  };

  const saveProblems = async () => {
    if (!preview) return;
    try {
      await save(await call('imports.problemsWorkbook', { previewId: preview.previewId }));
    } catch (e) {
      void message.error((e as Error).message);
    }
  };

  const saveTemplate = async () => {
    try {
      await save(await call('imports.template', { period: templatePeriod }));
    } catch (e) {
      void message.error((e as Error).message);
    }
  };

  const problems = preview ? [...preview.errors, ...preview.warnings] : [];
  const unsure = preview ? unsureSheets(preview) : 0;
  const needsAccept = !!preview && preview.warnings.length > 0;
  const already = preview?.files.filter((f) => f.alreadyImportedAs !== null) ?? [];

  const newImport = (
    <>
      <Row gutter={12}>
        <Col flex="auto">
          <DropZone onFiles={onFiles} onProgress={setReading} disabled={busy !== null} compact={!!preview} />
        </Col>
        <Col flex="300px">
          <Card size="small" title={preview ? undefined : 'Kỳ số liệu'}>
            {/* Under a preview the card shrinks with the drop zone, so the figures are not pushed down. */}
            {preview ? (
              <Typography.Text style={{ marginRight: 8 }}>Kỳ số liệu:</Typography.Text>
            ) : (
              <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                Để trống nếu tệp đã ghi kỳ trong tiêu đề (ví dụ “Tháng 6 năm 2024”).
              </Typography.Paragraph>
            )}
            <DatePicker
              data-testid="import-period"
              aria-label="Kỳ số liệu của tệp"
              picker="month"
              format="MM/YYYY"
              placeholder="Theo tệp"
              value={forcedPeriod ? dayjs(`${forcedPeriod}-01`) : null}
              onChange={(d) => {
                const p = d ? d.format('YYYY-MM') : null;
                setForcedPeriod(p);
                if (files.length) void runPreview(files, mappings, p, unitChoices);
              }}
            />
          </Card>
        </Col>
      </Row>
      {reading !== null && (
        <Progress percent={Math.round(reading * 100)} status="active" aria-label="Đang đọc tệp" />
      )}
      {busy === 'preview' && (
        <Flex align="center" gap={8} style={{ margin: '12px 0' }}>
          <Spin /> Đang đọc và kiểm tra {files.length} tệp (
          {formatCount(files.reduce((s, f) => s + f.data.length, 0) / 1024)} KB)…
        </Flex>
      )}
      <div style={{ marginTop: 12 }}>
        <ApiErrorAlert error={error} what="việc nhập tệp Excel" />
      </div>
      {result && !result.ok && (
        <Alert
          type="error"
          showIcon
          title="Không nhập được: có lỗi."
          description={<ProblemsTable problems={[...result.errors, ...result.warnings]} />}
        />
      )}
      {preview && (
        <div data-testid="import-preview">
          <Flex gap={24} wrap style={{ margin: '8px 0' }}>
            <Statistic title="Giá trị mới" value={formatCount(preview.counts.inserted)} />
            <Statistic title="Thay đổi" value={formatCount(preview.counts.updated)} />
            <Statistic title="Không đổi" value={formatCount(preview.counts.unchanged)} />
            <Statistic
              title="Lỗi"
              value={preview.errors.length}
              styles={{ content: { color: preview.errors.length ? '#cf1322' : undefined } }}
            />
            <Statistic title="Cảnh báo" value={preview.warnings.length} />
          </Flex>
          {already.map((f) => (
            <Alert
              key={f.name}
              type="info"
              showIcon
              style={{ marginBottom: 8 }}
              title={`Tệp ${f.name} đã được nhập (lần nhập số ${f.alreadyImportedAs}); nhập lại sẽ không thay đổi gì.`}
            />
          ))}
          {preview.unresolvedUnits.length > 0 && (
            <UnitChoices
              entries={preview.unresolvedUnits}
              sheets={preview.sheets}
              units={units.data ?? []}
              choices={unitChoices}
              disabled={busy !== null}
              onChoose={(text, code) => {
                const next = { ...unitChoices, [text]: code };
                setUnitChoices(next);
                void runPreview(files, mappings, forcedPeriod, next);
              }}
            />
          )}
          {unsure > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 8 }}
              title="Ứng dụng chưa chắc chắn về một số cột."
              description="Hãy kiểm tra cột nào nhập vào chỉ số nào; lựa chọn của bạn được ghi nhớ cho các lần nhập sau."
            />
          )}
          <Tabs
            // Opened afresh once the last unit is chosen, so the clerk lands on the values, not an empty problems list.
            key={preview.unresolvedUnits.length ? 'units-to-choose' : 'units-placed'}
            items={[
              {
                key: 'changes',
                label: `Giá trị (${formatCount(preview.changesTotal ?? preview.changes.length)})`,
                children: (
                  <>
                    {(preview.changesTotal ?? 0) > preview.changes.length && (
                      <Typography.Paragraph type="secondary">
                        Tệp lớn: chỉ hiển thị {formatCount(preview.changes.length)} trên{' '}
                        {formatCount(preview.changesTotal)} giá trị; tất cả sẽ được ghi.
                      </Typography.Paragraph>
                    )}
                    <ChangesTable changes={preview.changes} indicators={indicators.data ?? []} />
                  </>
                ),
              },
              {
                key: 'problems',
                label: `Lỗi và cảnh báo (${problems.length})`,
                children: problems.length ? (
                  <ProblemsTable problems={problems} />
                ) : (
                  <Typography.Text>Không có lỗi hay cảnh báo.</Typography.Text>
                ),
              },
              {
                key: 'mapping',
                label: `Nhận diện (${preview.sheets.length} trang)`,
                children: preview.sheets.map((s) => (
                  <SheetMapping
                    key={`${s.file}|${s.sheet}`}
                    sheet={s}
                    indicators={indicators.data ?? []}
                    onChange={(col, ind) => {
                      const next = withMapping(mappings, s.fingerprint, col, ind);
                      setMappings(next);
                      void runPreview(files, next, forcedPeriod, unitChoices);
                    }}
                  />
                )),
              },
            ]}
            defaultActiveKey={preview.errors.length ? 'problems' : unsure ? 'mapping' : 'changes'}
          />
          <Flex gap={8} wrap align="center" style={{ marginTop: 8 }}>
            {needsAccept && preview.ok && (
              <Checkbox
                data-testid="import-accept-warnings"
                checked={acceptWarnings}
                onChange={(e) => setAcceptWarnings(e.target.checked)}
              >
                Tôi đã xem {preview.warnings.length} cảnh báo và vẫn nhập
              </Checkbox>
            )}
            <Button
              type="primary"
              data-testid="import-commit"
              disabled={!preview.ok || (needsAccept && !acceptWarnings) || busy !== null}
              loading={busy === 'commit'}
              onClick={commit}
            >
              Ghi vào cơ sở dữ liệu
            </Button>
            <Button onClick={cancel} data-testid="import-cancel">
              Hủy
            </Button>
            {problems.length > 0 && (
              <Button onClick={saveProblems} data-testid="import-save-problems">
                Lưu danh sách lỗi (.xlsx)
              </Button>
            )}
            {!preview.ok && (
              <Typography.Text type="danger">
                {preview.unresolvedUnits.length
                  ? 'Có lỗi: chưa thể ghi. Chọn đơn vị cho các tên chưa nhận ra, hoặc sửa tệp rồi chọn lại.'
                  : 'Có lỗi: chưa thể ghi. Sửa tệp rồi chọn lại.'}
              </Typography.Text>
            )}
          </Flex>
        </div>
      )}
    </>
  );

  return (
    <>
      <ScreenHeader
        title="Nhập dữ liệu"
        extra={
          <Space>
            <Typography.Text>Mẫu trống cho kỳ</Typography.Text>
            <PeriodPicker
              value={templatePeriod}
              onChange={setTemplatePeriod}
              kinds={['month', 'quarter']}
              testId="template-period"
            />
            <Button onClick={saveTemplate} data-testid="import-template">
              Tải mẫu trống cho huyện
            </Button>
          </Space>
        }
      />
      <Tabs
        items={[
          { key: 'new', label: 'Nhập tệp mới', children: newImport },
          {
            key: 'history',
            label: `Các lần nhập${history.data ? ` (${history.data.length})` : ''}`,
            children: <ImportHistory list={history} onUndone={dataChanged} />,
          },
        ]}
      />
    </>
  );
}
