import { Alert, Button, Card, Flex, Radio, Tag, Typography } from 'antd';
import type { LayoutOption, LayoutQuestion } from '../../../../shared/api/import-types';
import type { Indicator } from '../../../../shared/domain/indicators';
import { formatCount } from '../../../../shared/format/vi';

/**
 * What the reader was not sure of — which column holds an indicator, which period the figures are for —
 * above everything else in the preview: what it took, the other candidates with a figure each, and one
 * click to keep the proposal. Nothing is written until every question is answered.
 */
export function LayoutQuestions({
  questions,
  indicators,
  disabled,
  onAnswer,
}: {
  questions: LayoutQuestion[];
  indicators: Indicator[];
  disabled: boolean;
  onAnswer: (q: LayoutQuestion, value: string) => void;
}) {
  const label = new Map(indicators.map((i) => [i.code, i.label]));
  return (
    <Alert
      data-testid="layout-questions"
      type="warning"
      showIcon
      style={{ marginBottom: 8 }}
      title={`Cần bạn xác nhận ${questions.length} điều trước khi ghi: ứng dụng chưa chắc chắn nên không tự đoán.`}
      description={
        <Flex vertical gap={8} style={{ marginTop: 4 }}>
          {questions.map((q, n) => (
            <Card
              key={`${q.fingerprint}-${q.kind}-${q.indicator ?? ''}`}
              size="small"
              data-testid={`layout-question-${n}`}
              title={
                q.kind === 'column'
                  ? `Cột nào là “${label.get(q.indicator ?? '') ?? q.indicator}”?`
                  : 'Số liệu thuộc kỳ nào?'
              }
              extra={
                <Typography.Text type="secondary">
                  {q.file} – trang “{q.sheet}”
                </Typography.Text>
              }
            >
              <Radio.Group
                aria-label={q.kind === 'column' ? 'Chọn cột cần nhập' : 'Chọn kỳ của số liệu'}
                disabled={disabled}
                value={q.proposed}
                onChange={(e) => onAnswer(q, e.target.value as string)}
              >
                <Flex vertical gap={4}>
                  {q.options.map((o) => (
                    <Radio key={o.value} value={o.value} data-testid={`layout-option-${n}-${o.value}`}>
                      <OptionText option={o} proposed={o.value === q.proposed} />
                    </Radio>
                  ))}
                </Flex>
              </Radio.Group>
              <Flex gap={8} align="center" wrap style={{ marginTop: 8 }}>
                <Button
                  type="primary"
                  size="small"
                  disabled={disabled}
                  data-testid={`layout-keep-${n}`}
                  onClick={() => onAnswer(q, q.proposed)}
                >
                  Giữ lựa chọn đề xuất
                </Button>
                <Typography.Text type="secondary">
                  hoặc chọn phương án khác ở trên; lựa chọn được ghi nhớ cho tệp cùng mẫu ở các kỳ sau.
                </Typography.Text>
              </Flex>
            </Card>
          ))}
        </Flex>
      }
    />
  );
}

function OptionText({ option, proposed }: { option: LayoutOption; proposed: boolean }) {
  return (
    <span>
      {option.label}
      {option.sample && (
        <Typography.Text type="secondary">
          {' '}
          — ví dụ <strong>{formatCount(option.sample.value)}</strong> ở ô {option.sample.cell}
        </Typography.Text>
      )}
      {proposed && (
        <Tag color="orange" style={{ marginLeft: 8 }}>
          Đề xuất – đang dùng trong bản xem trước
        </Tag>
      )}
    </span>
  );
}
