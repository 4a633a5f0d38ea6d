import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, fakePlatform } from './setup';
import { sampleValues } from './fixtures';
import { App } from '../../renderer/src/App';

const base = {
  'values.latestMonth': () => '2024-03',
  'values.get': () => sampleValues(),
  'values.history': () => [
    {
      importId: 1,
      kind: 'file',
      at: '2024-04-02T03:00:00Z',
      oldValue: null,
      newValue: 24000,
      file: 'pleiku.xlsx',
      note: null,
      undone: false,
    },
  ],
};

describe('Số liệu', () => {
  it('shows units × indicators with vi-VN numbers, recomputed rates, targets and carried values marked', async () => {
    fakePlatform();
    fakeApi(base);
    render(<App initial="so-lieu" />);
    const table = await screen.findByTestId('values-table');
    expect(screen.getByTestId('cell-622-labor_force').textContent).toBe('150.000');
    expect(screen.getByTestId('cell-622-bhxh_coverage').textContent).toBe('18,00');
    expect(screen.getByTestId('cell-64-bhxh_coverage').textContent).toBe('15,00');
    const carried = screen.getByTestId('cell-635-bhtn');
    expect(carried.className).toContain('cell-carried');
    expect(carried.textContent).toContain('2.000');
    expect(screen.getByTestId('cell-622-bhtn').className).not.toContain('cell-carried');
    expect(within(table).getAllByText('16,83').length).toBeGreaterThan(0);

    // Search as typed without diacritics.
    fireEvent.change(screen.getByPlaceholderText('Tìm đơn vị…'), { target: { value: 'ia pa' } });
    await waitFor(() => expect(screen.queryByTestId('cell-622-bhtn')).toBeNull());
    expect(screen.getByTestId('cell-635-bhtn')).toBeTruthy();
  });

  it("opens a cell's history and corrects it by hand; warnings hold the save until the user confirms", async () => {
    fakePlatform();
    const api = fakeApi({
      ...base,
      'values.set': (input: { acceptWarnings?: boolean }) => ({
        ok: input.acceptWarnings === true,
        import: input.acceptWarnings ? 9 : null,
        inserted: 0,
        updated: input.acceptWarnings ? 1 : 0,
        unchanged: 0,
        warnings: [
          {
            severity: 'warning',
            file: 'Sửa tay',
            sheet: null,
            cell: null,
            message: 'Thành phố Pleiku: Thay đổi tăng 25,0% so với tháng trước.',
          },
        ],
        errors: [],
      }),
    });
    render(<App initial="so-lieu" />);
    fireEvent.click(await screen.findByTestId('cell-622-bhxh_compulsory'));
    const history = await screen.findByTestId('cell-history');
    await within(history).findByText(/Nhập tệp pleiku\.xlsx/);
    expect(api.of('values.history')[0]).toEqual({
      unit: '622',
      indicator: 'bhxh_compulsory',
      period: '2024-03',
    });
    const input =
      screen.getByTestId('value-edit-input').querySelector('input') ?? screen.getByTestId('value-edit-input');
    fireEvent.change(input, { target: { value: '30000' } });
    fireEvent.click(screen.getByTestId('value-edit-save'));
    await waitFor(() => expect(api.of('values.set')).toHaveLength(1));
    expect(api.of('values.set')[0]).toEqual({
      unit: '622',
      indicator: 'bhxh_compulsory',
      period: '2024-03',
      value: 30000,
    });
    const held = await screen.findByTestId('value-edit-result');
    expect(held.textContent).toContain('Chưa lưu');
    expect(held.textContent).toContain('Thay đổi tăng 25,0%');
    fireEvent.click(screen.getByTestId('value-edit-confirm'));
    await waitFor(() => expect(api.of('values.set')).toHaveLength(2));
    expect(api.of('values.set')[1]).toMatchObject({ value: 30000, acceptWarnings: true });
    await waitFor(() =>
      expect(screen.getByTestId('value-edit-result').textContent).toContain('Đã lưu và ghi nhận'),
    );
  });

  it('sends a labour force correction to the year it is published for', async () => {
    fakePlatform();
    const api = fakeApi({
      ...base,
      'values.set': () => ({
        ok: true,
        import: 9,
        inserted: 0,
        updated: 1,
        unchanged: 0,
        warnings: [],
        errors: [],
      }),
    });
    render(<App initial="so-lieu" />);
    fireEvent.click(await screen.findByTestId('cell-622-labor_force'));
    const input =
      (await screen.findByTestId('value-edit-input')).querySelector('input') ??
      screen.getByTestId('value-edit-input');
    fireEvent.change(input, { target: { value: '151000' } });
    fireEvent.click(screen.getByTestId('value-edit-save'));
    await waitFor(() =>
      expect(api.of('values.set')[0]).toMatchObject({
        indicator: 'labor_force',
        period: '2024',
        value: 151000,
      }),
    );
  });
});
