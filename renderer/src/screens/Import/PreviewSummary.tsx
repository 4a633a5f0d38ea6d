import { Flex, Statistic } from 'antd';
import type { ImportPreview } from '../../../../shared/api/import-types';
import { formatCount } from '../../../../shared/format/vi';

/** What committing a preview would do, in counts; each file's part is in BatchFiles. */
export function PreviewSummary({ preview }: { preview: ImportPreview }) {
  return (
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
  );
}
