import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, fakePlatform } from './setup';
import { sampleValues } from './fixtures';
import { App } from '../../renderer/src/App';
import type { ImportPreview, UnresolvedUnit } from '../../shared/api/import-types';
import type { UnitInfo } from '../../shared/api/types';
import { SEED_INDICATORS } from '../../shared/domain/indicators';

function unit(id: number, code: string, name: string, over: Partial<UnitInfo> = {}): UnitInfo {
  return {
    id,
    code,
    name,
    level: 'district',
    parentId: 1,
    parentCode: '64',
    validFrom: null,
    validTo: null,
    active: true,
    sortOrder: id,
    aliases: [],
    ...over,
  };
}

const UNITS: UnitInfo[] = [
  unit(1, '64', 'Tỉnh Gia Lai', { level: 'province', parentId: null, parentCode: null }),
  unit(2, '622', 'Thành phố Pleiku'),
  unit(3, '627', 'Huyện Chư Păh'),
  unit(4, '635', 'Huyện Ia Pa'),
  unit(5, '637', 'Huyện Krông Pa'),
  unit(6, '639', 'Huyện Chư Pưh'),
  unit(7, '24001', 'Xã Ia Pa', { level: 'commune', parentId: 5, parentCode: '637' }),
  // Not in force in 2024, and switched off: neither is offered.
  unit(8, '52001', 'Phường Mới', { level: 'commune', validFrom: '2025-07-01' }),
  unit(9, '698', 'Huyện Đã Xóa', { active: false }),
];

const CHU_PA: UnresolvedUnit = {
  text: 'Huyện Chư Pa',
  file: 'chu-pah.xlsx',
  sheet: 'Số liệu',
  cell: 'B5',
  reason: 'unknown',
  candidates: [
    { code: '627', name: 'Huyện Chư Păh' },
    { code: '639', name: 'Huyện Chư Pưh' },
  ],
};
const IA_PA: UnresolvedUnit = {
  text: 'Ia Pa',
  file: 'chu-pah.xlsx',
  sheet: 'Số liệu',
  cell: 'B6',
  reason: 'ambiguous',
  candidates: [
    { code: '635', name: 'Huyện Ia Pa' },
    { code: '24001', name: 'Xã Ia Pa' },
  ],
};

function preview(id: string, choices: Record<string, string>): ImportPreview {
  const unresolved = [CHU_PA, IA_PA].filter((u) => !(u.text in choices));
  return {
    previewId: id,
    ok: unresolved.length === 0,
    files: [{ name: 'chu-pah.xlsx', sha256: 'abc', size: 1234, alreadyImportedAs: null }],
    sheets: [
      {
        file: 'chu-pah.xlsx',
        sheet: 'Số liệu',
        headerRow: 3,
        fingerprint: 'fp1',
        columns: [{ column: 'D', header: 'BHXH BB', indicator: 'bhxh_compulsory', confidence: 'exact' }],
        unitColumn: 'B',
        codeColumn: null,
        periodColumn: null,
        period: '2024-06',
        periodSource: 'title',
        rowsRead: 2,
      },
    ],
    changes: [],
    counts: { inserted: 2 - unresolved.length, updated: 0, unchanged: 0 },
    warnings: [],
    errors: unresolved.map((u) => ({
      severity: 'error',
      file: u.file,
      sheet: u.sheet,
      cell: u.cell,
      message: `Không nhận ra đơn vị "${u.text}".`,
    })),
    unresolvedUnits: unresolved,
  };
}

/** The labels of the open dropdown's options, in order. */
function shownOptions(): string[] {
  return [...document.querySelectorAll('.ant-select-item-option')].map((o) => o.getAttribute('title') ?? '');
}

function open(testId: string) {
  const select = screen.getByTestId(testId);
  fireEvent.mouseDown(select.querySelector('.ant-select-selector, .ant-select-content') ?? select);
}

describe('Nhập dữ liệu: tên đơn vị chưa nhận ra', () => {
  it('a choice per unplaced name re-reads the files with unitChoices until nothing is left, then commits', async () => {
    fakePlatform();
    let n = 0;
    const api = fakeApi({
      'values.latestMonth': () => '2024-03',
      'values.get': () => sampleValues(),
      'indicators.list': () => SEED_INDICATORS,
      'units.list': () => UNITS,
      'imports.list': () => [],
      'imports.preview': (input: { unitChoices?: Record<string, string> }) =>
        preview(`p${++n}`, input.unitChoices ?? {}),
      'imports.discard': () => null,
      'imports.commit': () => ({
        ok: true,
        import: 9,
        inserted: 2,
        updated: 0,
        unchanged: 0,
        warnings: [],
        errors: [],
      }),
    });
    render(<App initial="nhap-du-lieu" />);
    fireEvent.change(await screen.findByTestId('import-file-input'), {
      target: { files: [new File([new Uint8Array([80, 75, 3, 4])], 'chu-pah.xlsx')] },
    });
    const box = await screen.findByTestId('unit-choices');
    expect(within(box).getByText('Có 2 tên đơn vị chưa nhận ra: hãy chọn đơn vị tương ứng.')).toBeTruthy();
    expect(box.textContent).toContain('chu-pah.xlsx: Số liệu!B5');
    expect(box.textContent).toContain('Trùng tên');
    expect(api.of('imports.preview')[0]!.unitChoices).toBeUndefined();
    expect((screen.getByTestId('import-commit') as HTMLButtonElement).disabled).toBe(true);

    // The closest names come first, then every unit in force, each once, without the province; last, that
    // the row is no unit at all.
    await waitFor(() => expect(api.of('units.list').length).toBeGreaterThan(0));
    open('unit-choice-0');
    await screen.findByTitle('Huyện Chư Păh (mã 627)');
    expect(shownOptions()).toEqual([
      'Huyện Chư Păh (mã 627)',
      'Huyện Chư Pưh (mã 639)',
      'Thành phố Pleiku (mã 622)',
      'Huyện Ia Pa (mã 635)',
      'Huyện Krông Pa (mã 637)',
      'Xã Ia Pa – Huyện Krông Pa (mã 24001)',
      'Không phải đơn vị – bỏ qua dòng này',
    ]);
    fireEvent.click(screen.getByTitle('Huyện Chư Păh (mã 627)'));
    await waitFor(() => expect(api.of('imports.preview')).toHaveLength(2));
    expect(api.of('imports.preview')[1]!.unitChoices).toEqual({ 'Huyện Chư Pa': '627' });
    // The old preview is discarded, as when a column is corrected.
    expect(api.of('imports.discard')).toEqual([{ previewId: 'p1' }]);
    await screen.findByText('Có 1 tên đơn vị chưa nhận ra: hãy chọn đơn vị tương ứng.');

    // The ambiguous name: search without diacritics, pick the commune.
    open('unit-choice-0');
    const search = document.querySelector('[data-testid="unit-choice-0"] input') as HTMLInputElement;
    fireEvent.change(search, { target: { value: 'xa ia pa' } });
    await waitFor(() => expect(shownOptions()).toEqual(['Xã Ia Pa – Huyện Krông Pa (mã 24001)']));
    fireEvent.click(screen.getByTitle('Xã Ia Pa – Huyện Krông Pa (mã 24001)'));
    await waitFor(() => expect(api.of('imports.preview')).toHaveLength(3));
    expect(api.of('imports.preview')[2]!.unitChoices).toEqual({ 'Huyện Chư Pa': '627', 'Ia Pa': '24001' });

    await waitFor(() => expect(screen.queryByTestId('unit-choices')).toBeNull());
    await waitFor(() =>
      expect((screen.getByTestId('import-commit') as HTMLButtonElement).disabled).toBe(false),
    );
    fireEvent.click(screen.getByTestId('import-commit'));
    await waitFor(() => expect(api.of('imports.commit')).toEqual([{ previewId: 'p3' }]));
  });

  it('new files start without the previous files’ choices', async () => {
    fakePlatform();
    let n = 0;
    const api = fakeApi({
      'values.latestMonth': () => '2024-03',
      'values.get': () => sampleValues(),
      'indicators.list': () => SEED_INDICATORS,
      'units.list': () => UNITS,
      'imports.list': () => [],
      'imports.preview': (input: { unitChoices?: Record<string, string> }) =>
        preview(`p${++n}`, input.unitChoices ?? {}),
      'imports.discard': () => null,
    });
    render(<App initial="nhap-du-lieu" />);
    const drop = () =>
      fireEvent.change(screen.getByTestId('import-file-input'), {
        target: { files: [new File([new Uint8Array([80, 75, 3, 4])], 'chu-pah.xlsx')] },
      });
    await screen.findByTestId('import-file-input');
    drop();
    await screen.findByTestId('unit-choices');
    await waitFor(() => expect(api.of('units.list').length).toBeGreaterThan(0));
    open('unit-choice-1');
    fireEvent.click(await screen.findByTitle('Huyện Ia Pa (mã 635)'));
    await waitFor(() => expect(api.of('imports.preview')[1]?.unitChoices).toEqual({ 'Ia Pa': '635' }));
    await screen.findByText('Có 1 tên đơn vị chưa nhận ra: hãy chọn đơn vị tương ứng.');
    drop();
    await waitFor(() => expect(api.of('imports.preview')).toHaveLength(3));
    expect(api.of('imports.preview')[2]!.unitChoices).toBeUndefined();
  });
});
