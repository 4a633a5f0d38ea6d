import { Table, Tag } from 'antd';
import type { Problem } from '../../../../shared/api/import-types';
import { where } from './import-model';

/** Errors and warnings with the file, sheet and cell they point at. */
export function ProblemsTable({ problems }: { problems: Problem[] }) {
  return (
    <Table<Problem & { key: number }>
      data-testid="import-problems"
      size="small"
      pagination={problems.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      dataSource={problems.map((p, key) => ({ ...p, key }))}
      columns={[
        {
          title: 'Mức',
          dataIndex: 'severity',
          width: 90,
          render: (s: Problem['severity']) =>
            s === 'error' ? <Tag color="red">Lỗi</Tag> : <Tag color="gold">Cảnh báo</Tag>,
        },
        { title: 'Tệp', dataIndex: 'file', width: 200, ellipsis: true },
        { title: 'Ô', width: 130, render: (_: unknown, p) => where(p) },
        { title: 'Nội dung', dataIndex: 'message' },
      ]}
    />
  );
}
