import { Alert, Select, Table, Tag } from 'antd';
import type { SheetPreview, UnresolvedUnit } from '../../../../shared/api/import-types';
import type { UnitInfo } from '../../../../shared/api/types';
import { foldVietnamese } from '../../../../shared/units/names';
import { unitChoiceOptions, where, type UnitChoices as Choices, type UnitOption } from './import-model';

/**
 * Names in the file that match no unit, or more than one: the clerk places each on a unit instead of
 * editing the district's file. A choice re-reads the files and is remembered for that layout.
 */
export function UnitChoices({
  entries,
  sheets,
  units,
  choices,
  disabled,
  onChoose,
}: {
  entries: UnresolvedUnit[];
  sheets: SheetPreview[];
  units: UnitInfo[];
  choices: Choices;
  disabled: boolean;
  onChoose: (text: string, code: string) => void;
}) {
  const periodOf = (e: UnresolvedUnit) =>
    sheets.find((s) => s.file === e.file && s.sheet === e.sheet)?.period ?? null;
  return (
    <Alert
      data-testid="unit-choices"
      type="error"
      showIcon
      style={{ marginBottom: 8 }}
      title={`Có ${entries.length} tên đơn vị chưa nhận ra: hãy chọn đơn vị tương ứng.`}
      description={
        <>
          <div style={{ marginBottom: 8 }}>
            Lựa chọn được ghi nhớ cho tệp cùng mẫu ở các kỳ sau, nên không cần sửa tệp của huyện.
          </div>
          <Table<UnresolvedUnit & { key: number }>
            size="small"
            pagination={entries.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
            dataSource={entries.map((e, key) => ({ ...e, key }))}
            columns={[
              { title: 'Tên trong tệp', dataIndex: 'text', render: (t: string) => <strong>{t}</strong> },
              {
                title: 'Ở ô',
                width: 220,
                ellipsis: true,
                render: (_: unknown, e) => `${e.file}: ${where(e)}`,
              },
              {
                title: 'Lý do',
                width: 130,
                render: (_: unknown, e) =>
                  e.reason === 'ambiguous' ? (
                    <Tag color="orange">Trùng tên</Tag>
                  ) : (
                    <Tag color="red">Không nhận ra</Tag>
                  ),
              },
              {
                title: 'Đơn vị đúng',
                width: 360,
                render: (_: unknown, e) => (
                  <Select<string>
                    data-testid={`unit-choice-${e.key}`}
                    aria-label={`Đơn vị cho tên “${e.text}”`}
                    style={{ width: '100%' }}
                    placeholder="Chọn đơn vị…"
                    disabled={disabled}
                    value={choices[e.text]}
                    options={unitChoiceOptions(e, units, periodOf(e))}
                    showSearch={{
                      // Folded both sides, so "chu pah" finds Chư Păh; group headers carry no search text.
                      filterOption: (input, option) =>
                        !!(option as UnitOption | undefined)?.search?.includes(foldVietnamese(input)),
                    }}
                    onChange={(code) => onChoose(e.text, code)}
                  />
                ),
              },
            ]}
          />
        </>
      }
    />
  );
}
