import { App, Button, Card, Flex, Input, Skeleton, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { call } from '../../api/client';
import { useApi } from '../../hooks/useApi';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { parsePeriod, periodLabel } from '../../../../shared/domain/period';
import { EMPTY_TEXTS, TEXT_SECTIONS, type ReportTexts } from '../../../../shared/reports/texts';

const HINT: Record<keyof ReportTexts, string> = {
  shortcomings: 'Những tồn tại, hạn chế trong kỳ và nguyên nhân (mỗi đoạn một dòng).',
  tasks: 'Nhiệm vụ, giải pháp trong thời gian tới (mỗi đoạn một dòng).',
  proposals: 'Kiến nghị, đề xuất với UBND tỉnh, các sở, ngành (mỗi đoạn một dòng).',
};

/**
 * Sections II–IV of the progress report, written by the office and kept per report period; section I is
 * drafted from the figures. What is saved here goes into the PDF and the Word document.
 */
export function ReportTextsEditor({ period, onSaved }: { period: string; onSaved?: () => void }) {
  const { message } = App.useApp();
  const stored = useApi('reports.texts.get', { period });
  // Edits are kept apart from what is stored, per period: another period starts from its own texts.
  const [edits, setEdits] = useState<{ period: string; texts: Partial<ReportTexts> }>({ period, texts: {} });
  const [saving, setSaving] = useState(false);
  const texts: ReportTexts = {
    ...EMPTY_TEXTS,
    ...stored.data,
    ...(edits.period === period ? edits.texts : {}),
  };
  const setTexts = (t: Partial<ReportTexts>) =>
    setEdits((e) => ({ period, texts: { ...(e.period === period ? e.texts : {}), ...t } }));
  const dirty = !!stored.data && TEXT_SECTIONS.some(({ key }) => texts[key] !== (stored.data?.[key] ?? ''));

  const saveTexts = async () => {
    setSaving(true);
    try {
      setTexts(await call('reports.texts.save', { period, ...texts }));
      stored.reload();
      onSaved?.();
      void message.success(
        `Đã lưu phần II–IV của báo cáo ${periodLabel(parsePeriod(period)).toLowerCase()}.`,
      );
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card size="small" title="Nội dung do cơ quan viết (phần II–IV)" style={{ marginBottom: 12 }}>
      {stored.error ? (
        <ApiErrorAlert error={stored.error} what="Nội dung báo cáo" />
      ) : !stored.data ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={8}>
          {TEXT_SECTIONS.map(({ key, heading }) => (
            <label key={key}>
              <Typography.Text strong>{heading}</Typography.Text>
              <Input.TextArea
                data-testid={`report-texts-${key}`}
                aria-label={heading}
                autoSize={{ minRows: 2, maxRows: 10 }}
                maxLength={20000}
                placeholder={HINT[key]}
                value={texts[key]}
                onChange={(e) => setTexts({ [key]: e.target.value })}
              />
            </label>
          ))}
          <Flex gap={8} align="center">
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={saving}
              disabled={!dirty}
              onClick={() => void saveTexts()}
              data-testid="report-texts-save"
            >
              Lưu nội dung
            </Button>
            <Typography.Text type="secondary" data-testid="report-texts-state">
              {dirty ? 'Có thay đổi chưa lưu.' : 'Đã lưu; phần chưa viết in thành dòng chấm để điền tay.'}
            </Typography.Text>
          </Flex>
        </Flex>
      )}
    </Card>
  );
}
