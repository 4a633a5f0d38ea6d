import {
  Alert,
  Button,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { useApi } from '../../hooks/useApi';
import { useRestoreFocus } from '../../hooks/useRestoreFocus';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import type { ImportResult } from '../../../../shared/api/import-types';
import type { ValuesRow } from '../../../../shared/api/types';
import type { Indicator } from '../../../../shared/domain/indicators';
import { observationPeriodLabel } from '../../../../shared/domain/period';
import { formatCount, formatDateTime } from '../../../../shared/format/vi';
import { carriedNote, correctionPeriod, formatCell } from './values-model';

/** A cell's history (which import set it, the value before) and a correction by hand. */
export function CellDrawer({
  row,
  indicator,
  month,
  onClose,
  onSaved,
}: {
  row: ValuesRow;
  indicator: Indicator;
  month: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  useRestoreFocus();
  const cell = row.cells[indicator.code];
  const target = correctionPeriod(indicator, month, cell);
  const [version, setVersion] = useState(0);
  const history = useApi(
    'values.history',
    { unit: row.unit, indicator: indicator.code, period: cell?.period ?? target },
    version,
  );
  const [value, setValue] = useState<number | null>(cell?.source === 'own' ? (cell.value ?? null) : null);
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<Error | null>(null);

  const save = async (acceptWarnings = false) => {
    if (value === null) return;
    setSaving(true);
    setError(null);
    try {
      const r = await call('values.set', {
        unit: row.unit,
        indicator: indicator.code,
        period: target,
        value,
        ...(note ? { note } : {}),
        ...(acceptWarnings ? { acceptWarnings } : {}),
      });
      setResult(r);
      if (r.ok) {
        setVersion((x) => x + 1);
        onSaved();
      }
    } catch (e) {
      setError(e as Error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer open title={`${row.name} – ${indicator.label}`} onClose={onClose} size={460} destroyOnHidden>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label="Giá trị">{formatCell(indicator, cell)}</Descriptions.Item>
        <Descriptions.Item label="Kỳ của số liệu">
          {cell?.period ? observationPeriodLabel(cell.period) : '–'}
        </Descriptions.Item>
        {carriedNote(cell) && <Descriptions.Item label="Ghi chú">{carriedNote(cell)}</Descriptions.Item>}
        {cell?.source === 'children' && (
          <Descriptions.Item label="Nguồn">Tổng các đơn vị cấp dưới</Descriptions.Item>
        )}
        {cell?.sourceFile && (
          <Descriptions.Item label="Từ tệp">
            {cell.sourceFile}
            {cell.sourceCell ? ` (ô ${cell.sourceCell})` : ''}
          </Descriptions.Item>
        )}
      </Descriptions>

      <Typography.Title level={5} style={{ marginTop: 16 }}>
        Lịch sử
      </Typography.Title>
      <ApiErrorAlert error={history.error} what="lịch sử" />
      {history.loading && <Spin size="small" />}
      {history.data?.length === 0 && (
        <Typography.Text type="secondary">Chưa có lần nhập nào.</Typography.Text>
      )}
      <ul className="plain-list" data-testid="cell-history">
        {(history.data ?? []).map((h) => (
          <li key={`${h.importId}-${h.at}`}>
            <Space orientation="vertical" size={0}>
              <span>
                {h.kind === 'manual' ? 'Sửa tay' : `Nhập tệp ${h.file ?? ''}`} (lần nhập số {h.importId}){' '}
                {h.undone && <Tag>Đã hoàn tác</Tag>}
              </span>
              <Typography.Text type="secondary">
                {formatDateTime(new Date(h.at))}: {formatCount(h.oldValue, 'trống')} →{' '}
                {formatCount(h.newValue, 'trống')}
              </Typography.Text>
              {h.kind === 'manual' && h.note && (
                <Typography.Text type="secondary" data-testid="cell-history-note">
                  {h.note}
                </Typography.Text>
              )}
            </Space>
          </li>
        ))}
      </ul>

      {cell?.source === 'children' ? (
        <Alert
          style={{ marginTop: 16 }}
          type="info"
          showIcon
          data-testid="value-edit-summed"
          title="Số liệu này là tổng của các đơn vị trực thuộc nên không sửa tay được."
          description="Hãy sửa số liệu của đơn vị trực thuộc; tổng sẽ tự tính lại."
        />
      ) : (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            Sửa số liệu ({observationPeriodLabel(target)})
          </Typography.Title>
          <Form layout="vertical" onFinish={() => void save()}>
            <Form.Item label="Giá trị mới (người)" required>
              <InputNumber<number>
                data-testid="value-edit-input"
                style={{ width: '100%' }}
                min={0}
                value={value}
                onChange={(x) => setValue(x)}
                formatter={(x) => (x === undefined ? '' : formatCount(Number(x)))}
                parser={(x) => Number((x ?? '').replace(/\./g, '').replace(',', '.'))}
              />
            </Form.Item>
            <Form.Item label="Lý do sửa">
              <Input
                data-testid="value-edit-note"
                value={note}
                onChange={(e) => setNote(e.target.value)}
                maxLength={500}
              />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              loading={saving}
              disabled={value === null}
              data-testid="value-edit-save"
            >
              Lưu
            </Button>
          </Form>
        </>
      )}
      {error && (
        <div style={{ marginTop: 12 }}>
          <ApiErrorAlert error={error} />
        </div>
      )}
      {result && needsConfirmation(result) && (
        <Alert
          style={{ marginTop: 12 }}
          type="warning"
          showIcon
          data-testid="value-edit-result"
          title="Chưa lưu: số liệu có điểm bất thường, hãy kiểm tra lại."
          description={
            <>
              {result.warnings.map((p, i) => (
                <div key={i}>{p.message}</div>
              ))}
              <Space style={{ marginTop: 8 }}>
                <Button
                  size="small"
                  danger
                  loading={saving}
                  onClick={() => void save(true)}
                  data-testid="value-edit-confirm"
                >
                  Vẫn lưu
                </Button>
                <Button size="small" onClick={() => setResult(null)}>
                  Sửa lại
                </Button>
              </Space>
            </>
          }
        />
      )}
      {result && !needsConfirmation(result) && (
        <Alert
          style={{ marginTop: 12 }}
          type={result.ok ? (result.warnings.length ? 'warning' : 'success') : 'error'}
          showIcon
          data-testid="value-edit-result"
          title={
            result.ok
              ? result.unchanged
                ? 'Giá trị không thay đổi.'
                : 'Đã lưu và ghi nhận như một lần nhập.'
              : 'Không lưu được.'
          }
          description={
            // Without problems an empty description would leave a blank band under the title.
            result.errors.length + result.warnings.length
              ? [...result.errors, ...result.warnings].map((p, i) => <div key={i}>{p.message}</div>)
              : undefined
          }
        />
      )}
    </Drawer>
  );
}

/** The core refused only for warnings: the user may read them and save anyway. */
function needsConfirmation(r: ImportResult): boolean {
  return !r.ok && r.errors.length === 0 && r.warnings.length > 0;
}
