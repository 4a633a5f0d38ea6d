import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, fakePlatform } from './setup';
import { sampleValues } from './fixtures';
import { App } from '../../renderer/src/App';

const record = (id: number, periodFrom: string | null, periodTo: string | null) => ({
  id,
  createdAt: '2024-04-05T08:00:00Z',
  kind: 'file',
  files: [{ name: `tep-${id}.xlsx`, sha256: String(id), size: 1 }],
  inserted: 68,
  updated: 0,
  unchanged: 0,
  warnings: 0,
  note: null,
  undoneAt: null,
  periodFrom,
  periodTo,
});

describe('Các lần nhập', () => {
  it('shows the period of each import', async () => {
    fakePlatform();
    fakeApi({
      'values.latestMonth': () => '2024-03',
      'values.get': () => sampleValues(),
      'indicators.list': () => [],
      'units.list': () => [],
      'imports.list': () => [record(2, '2022-01', '2024-03'), record(1, '2024-03', '2024-03')],
    });
    render(<App initial="nhap-du-lieu" />);
    fireEvent.click(await screen.findByRole('tab', { name: /Các lần nhập/ }));
    const table = await screen.findByTestId('import-history');
    const rows = await within(table).findAllByRole('row');
    const text = rows.map((r) => r.textContent ?? '');
    expect(text.some((t) => t.includes('tep-2.xlsx') && t.includes('Tháng 1/2022 – Tháng 3/2024'))).toBe(
      true,
    );
    expect(text.some((t) => t.includes('tep-1.xlsx') && t.includes('Tháng 3/2024'))).toBe(true);
    expect(within(table).getByText('Kỳ số liệu')).toBeTruthy();
  });
});
