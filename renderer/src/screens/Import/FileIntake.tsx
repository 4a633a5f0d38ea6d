import { Card, Col, DatePicker, Progress, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { FileInput } from '../../../../shared/api/files';
import { DropZone } from './DropZone';

/** Where files come in, beside the period they are for when their titles do not say. */
export function FileIntake({
  onFiles,
  period,
  onPeriod,
  disabled,
  compact,
}: {
  onFiles: (files: FileInput[]) => void;
  /** The period chosen for the files (`YYYY-MM`), null to take it from each file. */
  period: string | null;
  onPeriod: (period: string | null) => void;
  disabled: boolean;
  /** A preview is shown below. */
  compact: boolean;
}) {
  const [reading, setReading] = useState<number | null>(null);
  return (
    <>
      <Row gutter={12}>
        <Col flex="auto">
          <DropZone onFiles={onFiles} onProgress={setReading} disabled={disabled} compact={compact} />
        </Col>
        <Col flex="300px">
          <Card size="small" title={compact ? undefined : 'Kỳ số liệu'}>
            {/* Under a preview the card shrinks with the drop zone, so the figures are not pushed down. */}
            {compact ? (
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
              value={period ? dayjs(`${period}-01`) : null}
              onChange={(d) => onPeriod(d ? d.format('YYYY-MM') : null)}
            />
          </Card>
        </Col>
      </Row>
      {reading !== null && (
        <Progress percent={Math.round(reading * 100)} status="active" aria-label="Đang đọc tệp" />
      )}
    </>
  );
}
