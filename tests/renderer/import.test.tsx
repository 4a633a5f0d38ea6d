import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, fakePlatform } from './setup';
import { sampleValues } from './fixtures';
import { App } from '../../renderer/src/App';
import type { ImportPreview } from '../../shared/api/import-types';
import { SEED_INDICATORS } from '../../shared/domain/indicators';

function preview(confirmed: boolean, id: string): ImportPreview {
  return {
    previewId: id,
    ok: true,
    files: [{ name: 'pleiku.xlsx', sha256: 'abc', size: 1234, alreadyImportedAs: null }],
    sheets: [
      {
        file: 'pleiku.xlsx',
        sheet: 'Số liệu',
        headerRow: 5,
        fingerprint: 'fp1',
        columns: [
          { column: 'C', header: 'LLLĐ', indicator: 'labor_force', confidence: 'exact' },
          {
            column: 'F',
            header: 'Cột lạ',
            indicator: confirmed ? 'bhtn' : null,
            confidence: confirmed ? 'confirmed' : 'guess',
          },
        ],
        unitColumn: 'B',
        codeColumn: null,
        periodColumn: null,
        period: '2024-04',
        periodSource: 'title',
        rowsRead: 1,
      },
    ],
    changes: [
      {
        unit: '622',
        unitName: 'Thành phố Pleiku',
        indicator: 'bhxh_compulsory',
        period: '2024-04',
        oldValue: 46669,
        newValue: 47000,
        status: 'changed',
        file: 'pleiku.xlsx',
        sheet: 'Số liệu',
        cell: 'D7',
      },
    ],
    counts: { inserted: 0, updated: 1, unchanged: 0 },
    warnings: [
      {
        severity: 'warning',
        file: 'pleiku.xlsx',
        sheet: 'Số liệu',
        cell: 'D7',
        message: 'Thay đổi tăng 25,0% so với tháng trước.',
      },
    ],
    errors: [],
    unresolvedUnits: [],
  };
}

describe('Nhập dữ liệu', () => {
  it('previews dropped files, lets the user fix a guessed column, asks to accept warnings, then commits', async () => {
    fakePlatform();
    let n = 0;
    const api = fakeApi({
      'values.latestMonth': () => '2024-03',
      'values.get': () => sampleValues(),
      'indicators.list': () => SEED_INDICATORS,
      'imports.list': () => [],
      'imports.preview': (input: { mappings?: Record<string, Record<string, string | null>> }) =>
        preview(!!input.mappings, `p${++n}`),
      'imports.discard': () => null,
      'imports.commit': () => ({
        ok: true,
        import: 7,
        inserted: 0,
        updated: 1,
        unchanged: 0,
        warnings: [],
        errors: [],
      }),
    });
    render(<App initial="nhap-du-lieu" />);
    const input = (await screen.findByTestId('import-file-input')) as HTMLInputElement;
    const file = new File([new Uint8Array([80, 75, 3, 4])], 'pleiku.xlsx');
    fireEvent.change(input, { target: { files: [file] } });

    const pv = await screen.findByTestId('import-preview');
    expect(api.of('imports.preview')[0]!.files).toHaveLength(1);
    expect(within(pv).getByText('Ứng dụng chưa chắc chắn về một số cột.')).toBeTruthy();
    const commit = screen.getByTestId('import-commit') as HTMLButtonElement;
    // A warning must be acknowledged before writing.
    expect(commit.disabled).toBe(true);

    fireEvent.click(within(pv).getByRole('tab', { name: /Nhận diện/ }));
    const select = await screen.findByTestId('mapping-fp1-F');
    fireEvent.mouseDown(select.querySelector('.ant-select-selector, .ant-select-content') ?? select);
    fireEvent.click(await screen.findByTitle('Số người tham gia BHTN'));
    await waitFor(() => expect(api.of('imports.preview')).toHaveLength(2));
    expect(api.of('imports.preview')[1]!.mappings).toEqual({ fp1: { F: 'bhtn' } });
    // The first preview is discarded when it is read again.
    expect(api.of('imports.discard')).toEqual([{ previewId: 'p1' }]);
    await screen.findByText('Đã xác nhận');

    fireEvent.click(screen.getByTestId('import-accept-warnings'));
    await waitFor(() =>
      expect((screen.getByTestId('import-commit') as HTMLButtonElement).disabled).toBe(false),
    );
    fireEvent.click(screen.getByTestId('import-commit'));
    await waitFor(() => expect(api.of('imports.commit')).toEqual([{ previewId: 'p2' }]));
    await screen.findByText(/Đã nhập: 0 mới, 1 thay đổi, 0 không đổi/);
    expect(screen.queryByTestId('import-preview')).toBeNull();
  });

  it('refuses to commit a preview with errors and offers the problems as a workbook', async () => {
    const { saved } = fakePlatform();
    const bad: ImportPreview = {
      ...preview(true, 'bad'),
      ok: false,
      errors: [
        {
          severity: 'error',
          file: 'pleiku.xlsx',
          sheet: 'Số liệu',
          cell: 'E9',
          message: 'Số âm (-5) — số người không thể âm.',
        },
      ],
    };
    fakeApi({
      'values.latestMonth': () => '2024-03',
      'values.get': () => sampleValues(),
      'indicators.list': () => SEED_INDICATORS,
      'imports.list': () => [],
      'imports.preview': () => bad,
      'imports.problemsWorkbook': () => ({ name: 'loi-nhap.xlsx', mime: 'x', data: new Uint8Array([1]) }),
    });
    render(<App initial="nhap-du-lieu" />);
    fireEvent.change(await screen.findByTestId('import-file-input'), {
      target: { files: [new File([new Uint8Array([1])], 'pleiku.xlsx')] },
    });
    await screen.findByTestId('import-preview');
    expect((screen.getByTestId('import-commit') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('import-problems').textContent).toContain('Số liệu!E9');
    fireEvent.click(screen.getByTestId('import-save-problems'));
    await waitFor(() => expect(saved).toEqual(['loi-nhap.xlsx']));
  });

  it('undoes a past import after confirmation', async () => {
    fakePlatform();
    const api = fakeApi({
      'values.latestMonth': () => '2024-03',
      'values.get': () => sampleValues(),
      'indicators.list': () => SEED_INDICATORS,
      'imports.list': () => [
        {
          id: 3,
          createdAt: '2024-04-05T08:00:00Z',
          kind: 'file',
          files: [{ name: 'tong-hop.xlsx', sha256: 'a', size: 1 }],
          inserted: 68,
          updated: 0,
          unchanged: 0,
          warnings: 0,
          note: null,
          undoneAt: null,
        },
      ],
      'imports.undo': () => ({ restored: 68 }),
    });
    render(<App initial="nhap-du-lieu" />);
    fireEvent.click(await screen.findByRole('tab', { name: /Các lần nhập/ }));
    fireEvent.click(await screen.findByTestId('undo-3'));
    fireEvent.click(await screen.findByTestId('undo-confirm'));
    await waitFor(() => expect(api.of('imports.undo')).toEqual([{ id: 3 }]));
    await screen.findByText(/Đã hoàn tác lần nhập số 3: khôi phục 68 giá trị/);
  });
});
