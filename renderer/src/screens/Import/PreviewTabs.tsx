import { Tabs, Typography } from 'antd';
import type { ImportPreview } from '../../../../shared/api/import-types';
import type { Indicator } from '../../../../shared/domain/indicators';
import { formatCount } from '../../../../shared/format/vi';
import { ChangesGrid } from './ChangesGrid';
import { ProblemsTable } from './ProblemsTable';
import { SheetMapping } from './SheetMapping';

/**
 * A preview's values, problems and column recognition, opened where the clerk has something to do:
 * the problems when there are errors, the columns when some were guessed, else the values.
 */
export function PreviewTabs({
  preview,
  indicators,
  unsure,
  onMapColumn,
}: {
  preview: ImportPreview;
  indicators: Indicator[];
  /** Sheets with a guessed column. */
  unsure: number;
  onMapColumn: (fingerprint: string, column: string, indicator: string | null) => void;
}) {
  const problems = [...preview.errors, ...preview.warnings];
  return (
    <Tabs
      // Opened afresh once the last unit is chosen or the last refused file left out, so the clerk lands on
      // the values, not an empty problems list.
      key={`${preview.unresolvedUnits.length ? 'units-to-choose' : 'units-placed'}|${preview.errors.length ? 'errors' : 'clean'}`}
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
              <ChangesGrid changes={preview.changes} indicators={indicators} />
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
              indicators={indicators}
              onChange={(col, ind) => onMapColumn(s.fingerprint, col, ind)}
            />
          )),
        },
      ]}
      defaultActiveKey={preview.errors.length ? 'problems' : unsure ? 'mapping' : 'changes'}
    />
  );
}
