import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, fakePlatform } from './setup';
import { sampleValues } from './fixtures';
import { App } from '../../renderer/src/App';
import type { ImportPreview } from '../../shared/api/import-types';
import { SEED_INDICATORS } from '../../shared/domain/indicators';

const KEY = '633|bhxh_compulsory|2024-03';

function preview(corrected: boolean): ImportPreview {
  return {
    previewId: 'p1',
    ok: true,
    files: [{ name: 'tinh.xlsx', sha256: 'abc', size: 1234, alreadyImportedAs: null }],
    sheets: [],
    changes: [
      {
        unit: '633',
        unitName: 'Huyện Chư Sê',
        indicator: 'bhxh_compulsory',
        period: '2024-03',
        oldValue: 4900,
        newValue: 4812,
        status: 'changed',
        file: 'tinh.xlsx',
        sheet: 'Biểu 01',
        cell: 'D23',
      },
    ],
    counts: { inserted: 0, updated: 1, unchanged: 0 },
    warnings: corrected
      ? [
          {
            severity: 'warning',
            file: 'tinh.xlsx',
            sheet: 'Biểu 01',
            cell: 'D23',
            message: 'Huyện Chư Sê đã được sửa tay thành 4.900; tệp ghi 4.812.',
          },
        ]
      : [],
    errors: [],
    unresolvedUnits: [],
    corrections: corrected
      ? [
          {
            key: KEY,
            unit: '633',
            unitName: 'Huyện Chư Sê',
            indicator: 'bhxh_compulsory',
            period: '2024-03',
            corrected: 4900,
            fileValue: 4812,
            note: 'Sửa tay: Huyện Chư Sê, BHXH bắt buộc, tháng 3/2024. Lý do: công văn đính chính',
            correctedAt: '2024-04-03T02:00:00Z',
            file: 'tinh.xlsx',
            sheet: 'Biểu 01',
            cell: 'D23',
          },
        ]
      : [],
  };
}

function setUp(corrected: boolean) {
  fakePlatform();
  return fakeApi({
    'values.latestMonth': () => '2024-03',
    'values.get': () => sampleValues(),
    'indicators.list': () => SEED_INDICATORS,
    'units.list': () => [],
    'imports.list': () => [],
    'imports.preview': () => preview(corrected),
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
}

async function pick() {
  const input = (await screen.findByTestId('import-file-input')) as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([new Uint8Array([80, 75, 3, 4])], 'tinh.xlsx')] } });
}

describe('Nhập dữ liệu at the clerk’s desk', () => {
  it('asks, per hand correction the file would replace, to keep it or take the file’s figure', async () => {
    const api = setUp(true);
    render(<App initial="nhap-du-lieu" />);
    await pick();
    const box = await screen.findByTestId('hand-corrections');
    expect(box.textContent).toContain('Tệp sẽ thay 1 số liệu đã được sửa tay');
    expect(box.textContent).toContain('4.900');
    expect(box.textContent).toContain('4.812');
    expect(box.textContent).toContain('công văn đính chính');
    fireEvent.click(screen.getByTestId('import-accept-warnings'));
    const commit = screen.getByTestId('import-commit') as HTMLButtonElement;
    expect(commit.disabled).toBe(true);
    expect(screen.getByTestId('import-undecided').textContent).toContain('1 số đã sửa tay');

    fireEvent.click(
      within(screen.getByTestId('correction-633-bhxh_compulsory-2024-03')).getByText('Giữ số đã sửa'),
    );
    await waitFor(() => expect(commit.disabled).toBe(false));
    fireEvent.click(commit);
    await waitFor(() =>
      expect(api.of('imports.commit')).toEqual([{ previewId: 'p1', keepCorrections: [KEY] }]),
    );
  });

  it('takes the file’s figure when the clerk says so', async () => {
    const api = setUp(true);
    render(<App initial="nhap-du-lieu" />);
    await pick();
    await screen.findByTestId('hand-corrections');
    fireEvent.click(screen.getByTestId('import-accept-warnings'));
    fireEvent.click(screen.getByText('Lấy tất cả số của tệp'));
    const commit = screen.getByTestId('import-commit') as HTMLButtonElement;
    await waitFor(() => expect(commit.disabled).toBe(false));
    fireEvent.click(commit);
    await waitFor(() => expect(api.of('imports.commit')).toEqual([{ previewId: 'p1', keepCorrections: [] }]));
  });

  it('puts focus on the preview, then on what the commit did, never on the page body', async () => {
    const api = setUp(false);
    render(<App initial="nhap-du-lieu" />);
    (document.activeElement as HTMLElement | null)?.blur();
    await pick();
    const pv = await screen.findByTestId('import-preview');
    await waitFor(() => expect(document.activeElement).toBe(pv));
    expect(pv.getAttribute('aria-label')).toBe('Xem trước khi ghi');
    // The commit button goes with the preview: focus must not fall to the body.
    fireEvent.click(screen.getByTestId('import-commit'));
    await waitFor(() => expect(api.of('imports.commit')).toEqual([{ previewId: 'p1' }]));
    const done = await screen.findByTestId('import-done');
    await waitFor(() => expect(document.activeElement).toBe(done));
    expect(done.textContent).toMatch(/lần nhập số 7/i);
  });
});
