import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, fakePlatform } from './setup';
import { sampleValues } from './fixtures';
import { App } from '../../renderer/src/App';
import type { ChangeRow, FilePreview, ImportPreview } from '../../shared/api/import-types';
import { SEED_INDICATORS } from '../../shared/domain/indicators';
import { batchFiles, batchNotice } from '../../renderer/src/screens/Import/batch-model';
import { changesGrid, firstFilter } from '../../renderer/src/screens/Import/grid-model';

const change = (over: Partial<ChangeRow>): ChangeRow => ({
  unit: '622',
  unitName: 'Thành phố Pleiku',
  indicator: 'labor_force',
  period: '2024-03',
  oldValue: null,
  newValue: 100,
  status: 'new',
  file: 'pleiku.xlsx',
  sheet: 'Số liệu',
  cell: 'C5',
  ...over,
});

const file = (name: string, counts: FilePreview['counts'], already: number | null = null): FilePreview => ({
  name,
  sha256: name,
  size: 10,
  alreadyImportedAs: already,
  counts,
});

function preview(id: string, files: FilePreview[], errorFiles: string[] = []): ImportPreview {
  return {
    previewId: id,
    ok: errorFiles.length === 0,
    files,
    sheets: [],
    changes: [
      change({ indicator: 'labor_force', status: 'unchanged', oldValue: 100 }),
      change({
        indicator: 'bhxh_compulsory',
        status: 'changed',
        oldValue: 46669,
        newValue: 47000,
        cell: 'D5',
      }),
      change({ unit: '633', unitName: 'Huyện Chư Sê', file: 'chu-se.xlsx', status: 'new' }),
    ],
    counts: { inserted: 1, updated: 1, unchanged: 1 },
    warnings: [],
    errors: errorFiles.map((f) => ({
      severity: 'error',
      file: f,
      sheet: 'Số liệu',
      cell: 'D5',
      message: 'Giá trị số âm (-5) — số người không thể âm.',
    })),
    unresolvedUnits: [],
  };
}

describe('batch and grid models', () => {
  it('puts refused files first and says so once for the batch', () => {
    const p = preview(
      'p',
      [
        file('a.xlsx', { inserted: 0, updated: 0, unchanged: 4 }, 1),
        file('b.xlsx', { inserted: 0, updated: 0, unchanged: 4 }, 1),
        file('bad.xlsx', { inserted: 4, updated: 0, unchanged: 0 }),
        file('c.xlsx', { inserted: 4, updated: 0, unchanged: 0 }),
      ],
      ['bad.xlsx', 'bad.xlsx'],
    );
    const rows = batchFiles(p);
    expect(rows.map((r) => [r.name, r.status, r.errors])).toEqual([
      ['bad.xlsx', 'refused', 2],
      ['c.xlsx', 'ready', 0],
      ['a.xlsx', 'same', 0],
      ['b.xlsx', 'same', 0],
    ]);
    expect(batchNotice(rows)).toEqual({
      type: 'error',
      lines: [
        'Tệp bad.xlsx bị từ chối nên chưa ghi được tệp nào. Bỏ tệp này để ghi 3 tệp còn lại, hoặc sửa rồi chọn lại.',
        '2 tệp không mang số liệu nào mới hay thay đổi (đã được nhập trước đây); ghi cùng các tệp khác cũng không sao.',
      ],
    });
    expect(batchNotice(rows.filter((r) => r.status === 'ready'))).toBeNull();
  });

  it('pivots changes into unit rows whose status is their most telling cell, opening on the changed ones', () => {
    const { rows, indicators } = changesGrid(preview('p', []).changes);
    expect(rows.map((r) => [r.unit, r.file, r.status])).toEqual([
      ['622', 'pleiku.xlsx', 'changed'],
      ['633', 'chu-se.xlsx', 'new'],
    ]);
    expect(rows[0]!.cells.bhxh_compulsory).toEqual({
      value: 47000,
      old: 46669,
      status: 'changed',
      cell: 'Số liệu!D5',
    });
    expect(indicators).toEqual(['labor_force', 'bhxh_compulsory']);
    expect(firstFilter(rows)).toBe('changed');
    expect(firstFilter(rows.slice(1))).toBe('new');
    expect(firstFilter([])).toBe('all');
  });
});

describe('Nhập dữ liệu: a batch', () => {
  it('leaves a refused file out by reading the rest again, commits, then offers the report screen', async () => {
    fakePlatform();
    const two = [
      file('pleiku.xlsx', { inserted: 0, updated: 1, unchanged: 1 }),
      file('chu-se.xlsx', { inserted: 1, updated: 0, unchanged: 0 }),
    ];
    const api = fakeApi({
      'values.latestMonth': () => '2024-03',
      'values.get': () => sampleValues(),
      'indicators.list': () => SEED_INDICATORS,
      'imports.list': () => [],
      'imports.preview': (input: { files: { name: string }[] }) =>
        input.files.length === 2 ? preview('p1', two, ['chu-se.xlsx']) : preview('p2', [two[0]!]),
      'imports.discard': () => null,
      'imports.commit': () => ({
        ok: true,
        import: 4,
        inserted: 0,
        updated: 1,
        unchanged: 1,
        warnings: [],
        errors: [],
      }),
      'reports.progress': () => {
        throw new Error('Chưa có số liệu.');
      },
    });
    render(<App initial="nhap-du-lieu" />);
    fireEvent.change(await screen.findByTestId('import-file-input'), {
      target: {
        files: [
          new File([new Uint8Array([1])], 'pleiku.xlsx'),
          new File([new Uint8Array([2])], 'chu-se.xlsx'),
        ],
      },
    });
    const refused = await screen.findByTestId('file-status-chu-se.xlsx');
    expect(refused.getAttribute('data-status')).toBe('refused');
    expect(screen.getByTestId('batch-notice').textContent).toContain('Tệp chu-se.xlsx bị từ chối');

    fireEvent.click(screen.getByTestId('file-drop-chu-se.xlsx'));
    await waitFor(() => expect(api.of('imports.preview')).toHaveLength(2));
    expect((api.of('imports.preview')[1]!.files as { name: string }[]).map((f) => f.name)).toEqual([
      'pleiku.xlsx',
    ]);
    await waitFor(() => expect(screen.queryByTestId('file-status-chu-se.xlsx')).toBeNull());
    // Nothing refused now: the grid opens on Pleiku's changed figure, with its difference.
    expect((await screen.findByTestId('grid-622-2024-03-bhxh_compulsory-diff')).textContent).toBe('+331');
    await waitFor(() =>
      expect((screen.getByTestId('import-commit') as HTMLButtonElement).disabled).toBe(false),
    );
    fireEvent.click(screen.getByTestId('import-commit'));
    const done = await screen.findByTestId('import-done');
    expect(within(done).getByTestId('import-done-title').textContent).toBe(
      'Đã nhập: 0 mới, 1 thay đổi, 1 không đổi.',
    );
    expect(done.textContent).toContain('Lần nhập số 4 gồm tệp pleiku.xlsx.');
    fireEvent.click(within(done).getByTestId('import-done-report'));
    await screen.findByRole('main', { name: 'Báo cáo' });
  });
});
