import { Alert, Flex, Spin, Tabs } from 'antd';
import { useEffect, useRef } from 'react';
import { useApi } from '../../hooks/useApi';
import { usePeriod } from '../../hooks/usePeriod';
import { ScreenHeader } from '../../components/ScreenHeader';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatCount } from '../../../../shared/format/vi';
import { BatchFiles } from './BatchFiles';
import { CommitBar } from './CommitBar';
import { FileIntake } from './FileIntake';
import { ImportDone } from './ImportDone';
import { HandCorrections } from './HandCorrections';
import { ImportHistory } from './ImportHistory';
import { LayoutQuestions } from './LayoutQuestions';
import { unsureSheets } from './import-model';
import { PreviewSummary } from './PreviewSummary';
import { PreviewTabs } from './PreviewTabs';
import { ProblemsTable } from './ProblemsTable';
import { TemplateDownload } from './TemplateDownload';
import { UnitChoices } from './UnitChoices';
import { useImportSession } from './useImportSession';

/** Nhập dữ liệu: files in, preview, fix the mapping, commit; past imports with undo; the blank template. */
export function ImportScreen() {
  const { dataVersion, dataChanged } = usePeriod();
  const indicators = useApi('indicators.list', {});
  const units = useApi('units.list', {});
  const history = useApi('imports.list', {}, dataVersion);
  const s = useImportSession();
  const { preview, busy, files, result } = s;
  const unsure = preview ? unsureSheets(preview) : 0;
  const previewRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const lastFocus = useRef<Element | null>(null);
  useEffect(() => {
    const note = (e: FocusEvent) => (lastFocus.current = e.target as Element);
    document.addEventListener('focusin', note);
    return () => document.removeEventListener('focusin', note);
  }, []);
  // Focus went with the element that had it (the unit picker once every name is placed, the commit
  // button with its preview): the page body is no place for a keyboard user.
  const focusGone = () => focusLost() && lastFocus.current !== null && !lastFocus.current.isConnected;
  // New files: their preview is the clerk's next task. A re-read after a choice: only if focus was lost.
  const focusedFor = useRef<unknown>(null);
  useEffect(() => {
    if (!preview || (focusedFor.current === files && !focusGone())) return;
    focusedFor.current = files;
    previewRef.current?.focus();
  }, [preview, files]);
  useEffect(() => {
    if (result?.ok && focusLost()) doneRef.current?.focus();
  }, [result]);

  const newImport = (
    <>
      <FileIntake
        onFiles={s.onFiles}
        period={s.forcedPeriod}
        onPeriod={s.choosePeriod}
        disabled={busy !== null}
        compact={!!preview}
      />
      {busy === 'preview' && (
        <Flex align="center" gap={8} style={{ margin: '12px 0' }}>
          <Spin /> Đang đọc và kiểm tra {files.length} tệp (
          {formatCount(files.reduce((sum, f) => sum + f.data.length, 0) / 1024)} KB)…
        </Flex>
      )}
      <div style={{ marginTop: 12 }}>
        <ApiErrorAlert error={s.error} what="việc nhập tệp Excel" />
      </div>
      {result?.ok && !preview && busy === null && (
        <ImportDone
          result={result}
          files={s.written}
          onUndone={dataChanged}
          onClose={s.closeResult}
          focusRef={doneRef}
        />
      )}
      {result && !result.ok && (
        <Alert
          type="error"
          showIcon
          title="Không nhập được: có lỗi."
          description={<ProblemsTable problems={[...result.errors, ...result.warnings]} />}
        />
      )}
      {preview && (
        <div
          data-testid="import-preview"
          ref={previewRef}
          tabIndex={-1}
          role="region"
          aria-label="Xem trước khi ghi"
          style={{ outline: 'none' }}
        >
          <PreviewSummary preview={preview} />
          {(preview.questions?.length ?? 0) > 0 && (
            <LayoutQuestions
              questions={preview.questions!}
              indicators={indicators.data ?? []}
              disabled={busy !== null}
              onAnswer={s.answer}
            />
          )}
          <BatchFiles preview={preview} disabled={busy !== null} onDrop={s.dropFiles} />
          {(preview.corrections?.length ?? 0) > 0 && (
            <HandCorrections
              corrections={preview.corrections!}
              indicators={indicators.data ?? []}
              decisions={s.decisions}
              disabled={busy !== null}
              onDecide={s.decide}
            />
          )}
          {preview.unresolvedUnits.length > 0 && (
            <UnitChoices
              entries={preview.unresolvedUnits}
              sheets={preview.sheets}
              units={units.data ?? []}
              choices={s.unitChoices}
              disabled={busy !== null}
              onChoose={s.chooseUnit}
            />
          )}
          {unsure > 0 && !preview.questions?.length && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 8 }}
              title="Ứng dụng chưa chắc chắn về một số cột."
              description="Hãy kiểm tra cột nào nhập vào chỉ số nào; lựa chọn của bạn được ghi nhớ cho các lần nhập sau."
            />
          )}
          <PreviewTabs
            preview={preview}
            indicators={indicators.data ?? []}
            unsure={unsure}
            onMapColumn={s.mapColumn}
          />
          <CommitBar
            preview={preview}
            busy={busy}
            acceptWarnings={s.acceptWarnings}
            undecided={(preview.corrections ?? []).filter((c) => !s.decisions[c.key]).length}
            onAcceptWarnings={s.setAcceptWarnings}
            onCommit={s.commit}
            onCancel={s.cancel}
            onSaveProblems={s.saveProblems}
          />
        </div>
      )}
    </>
  );

  return (
    <>
      <ScreenHeader title="Nhập dữ liệu" extra={<TemplateDownload />} />
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

function focusLost(): boolean {
  return !document.activeElement || document.activeElement === document.body;
}
