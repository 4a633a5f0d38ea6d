import { Alert, Flex, Statistic } from 'antd';
import type { ImportPreview } from '../../../../shared/api/import-types';
import { formatCount } from '../../../../shared/format/vi';

/** What committing a preview would do, in counts, and which files were already imported as they are. */
export function PreviewSummary({ preview }: { preview: ImportPreview }) {
  const already = preview.files.filter((f) => f.alreadyImportedAs !== null);
  return (
    <>
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
    </>
  );
}
