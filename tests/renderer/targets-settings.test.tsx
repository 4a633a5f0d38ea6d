import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, fakePlatform } from './setup';
import { sampleValues } from './fixtures';
import { App } from '../../renderer/src/App';
import { DEFAULT_SETTINGS } from '../../shared/api/types';

const plan = {
  id: 1,
  number: '156/KH-UBND',
  issuedOn: '2023-01-18',
  title: 'Kế hoạch 156',
  yearFrom: 2023,
  yearTo: 2025,
};
const units = [
  {
    id: 1,
    code: '64',
    name: 'Tỉnh Gia Lai',
    level: 'province',
    parentId: null,
    parentCode: null,
    validFrom: null,
    validTo: '2025-06-30',
    active: true,
    sortOrder: 0,
    aliases: [],
  },
  {
    id: 2,
    code: '622',
    name: 'Thành phố Pleiku',
    level: 'district',
    parentId: 1,
    parentCode: '64',
    validFrom: null,
    validTo: '2025-06-30',
    active: true,
    sortOrder: 1,
    aliases: [],
  },
  {
    id: 3,
    code: '52',
    name: 'Tỉnh Gia Lai (mới)',
    level: 'province',
    parentId: null,
    parentCode: null,
    validFrom: '2025-07-01',
    validTo: null,
    active: true,
    sortOrder: 2,
    aliases: [],
  },
];

describe('Chỉ tiêu', () => {
  it("edits a target of the period's year in the grid; only units in force that year are listed", async () => {
    fakePlatform();
    const api = fakeApi({
      'values.latestMonth': () => '2024-03',
      'values.get': () => sampleValues(),
      'plans.list': () => [plan],
      'units.list': () => units,
      'targets.list': () => [
        {
          planId: 1,
          planNumber: plan.number,
          unitCode: '64',
          indicator: 'bhtn_coverage',
          year: 2024,
          value: 9.16,
          kind: 'rate',
        },
      ],
      'targets.set': () => null,
    });
    render(<App initial="chi-tieu" />);
    // The cell is remounted with each stored value, so it is looked up again.
    await waitFor(() =>
      expect((screen.getByTestId('target-64-bhtn_coverage') as HTMLInputElement).value).toBe('9,16'),
    );
    const cell = screen.getByTestId('target-64-bhtn_coverage') as HTMLInputElement;
    expect(screen.queryByText('Tỉnh Gia Lai (mới)')).toBeNull();
    fireEvent.change(cell, { target: { value: '9,5' } });
    fireEvent.keyDown(cell, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(api.of('targets.set')).toHaveLength(1));
    // Typed in Chỉ tiêu: the office's target, shown with the plan but not credited to it.
    expect(api.of('targets.set')[0]).toEqual({
      planNumber: '156/KH-UBND',
      fromDocument: false,
      unit: '64',
      indicator: 'bhtn_coverage',
      year: 2024,
      value: 9.5,
    });
    // Leaving the cell unchanged afterwards does not save twice.
    fireEvent.blur(cell);
    expect(api.of('targets.set')).toHaveLength(1);
  });

  it('refuses what it cannot read exactly next to the cell, keeps the stored target and confirms each save', async () => {
    fakePlatform();
    const api = fakeApi({
      'values.latestMonth': () => '2024-03',
      'values.get': () => sampleValues(),
      'plans.list': () => [plan],
      'units.list': () => units,
      'targets.list': () => [
        {
          planId: 1,
          planNumber: plan.number,
          unitCode: '64',
          indicator: 'bhtn_coverage',
          year: 2024,
          value: 9.16,
          kind: 'rate',
        },
      ],
      'targets.set': () => null,
    });
    render(<App initial="chi-tieu" />);
    await waitFor(() =>
      expect((screen.getByTestId('target-64-bhtn_coverage') as HTMLInputElement).value).toBe('9,16'),
    );
    const cell = () => screen.getByTestId('target-64-bhtn_coverage') as HTMLInputElement;
    const enter = (text: string) => {
      fireEvent.change(cell(), { target: { value: text } });
      fireEvent.keyDown(cell(), { key: 'Enter', code: 'Enter', keyCode: 13 });
      // antd takes one Enter per key press: it waits for the key to come up.
      fireEvent.keyUp(cell(), { key: 'Enter', code: 'Enter', keyCode: 13 });
    };
    enter('1583');
    expect((await screen.findByTestId('target-64-bhtn_coverage-error')).textContent).toMatch(/từ 0 đến 100%/);
    expect(cell().getAttribute('aria-invalid')).toBe('true');
    enter('abc');
    await waitFor(() =>
      expect(screen.getByTestId('target-64-bhtn_coverage-error').textContent).toMatch(/“abc” không phải/),
    );
    fireEvent.blur(cell());
    expect(api.of('targets.set')).toHaveLength(0);

    enter('15,5');
    await waitFor(() => expect(api.of('targets.set')).toHaveLength(1));
    expect(api.of('targets.set')[0]).toMatchObject({ value: 15.5 });
    expect((await screen.findByTestId('target-64-bhtn_coverage-saved')).textContent).toBe('Đã lưu: 15,50%.');
    expect(screen.queryByTestId('target-64-bhtn_coverage-error')).toBeNull();
  });

  it('shows the core’s refusal next to the cell', async () => {
    fakePlatform();
    fakeApi({
      'values.latestMonth': () => '2024-03',
      'values.get': () => sampleValues(),
      'plans.list': () => [plan],
      'units.list': () => units,
      'targets.list': () => [],
      'targets.set': () => {
        throw new Error('Kế hoạch không còn.');
      },
    });
    render(<App initial="chi-tieu" />);
    const cell = (await screen.findByTestId('target-622-bhxh_coverage')) as HTMLInputElement;
    fireEvent.change(cell, { target: { value: '20' } });
    fireEvent.keyDown(cell, { key: 'Enter', code: 'Enter', keyCode: 13 });
    expect((await screen.findByTestId('target-622-bhxh_coverage-error')).textContent).toBe(
      'Kế hoạch không còn.',
    );
  });
});

describe('Cài đặt', () => {
  it('saves the report letterhead with "Nơi nhận" one per line', async () => {
    fakePlatform();
    const api = fakeApi({
      'values.latestMonth': () => '2024-03',
      'settings.get': () => DEFAULT_SETTINGS,
      'settings.save': (input: object) => ({ ...DEFAULT_SETTINGS, ...input }),
      'db.info': () => ({
        path: '/home/a/BHXH/du-lieu.db',
        schemaVersion: 3,
        sizeBytes: 204800,
        backups: [],
      }),
    });
    render(<App initial="cai-dat" />);
    const signer = (await screen.findByTestId('settings-signerName')) as HTMLInputElement;
    expect(screen.getByTestId('db-path').textContent).toContain('/home/a/BHXH/du-lieu.db');
    fireEvent.change(signer, { target: { value: 'Nguyễn Văn A' } });
    fireEvent.change(screen.getByTestId('settings-recipients'), {
      target: { value: 'UBND tỉnh;\n\n  Lưu: VT.  ' },
    });
    fireEvent.change(screen.getByTestId('settings-backupKeep'), { target: { value: '12' } });
    fireEvent.click(screen.getByTestId('settings-save'));
    await waitFor(() => expect(api.of('settings.save')).toHaveLength(1));
    expect(api.of('settings.save')[0]).toMatchObject({
      signerName: 'Nguyễn Văn A',
      recipients: ['UBND tỉnh;', 'Lưu: VT.'],
      autoBackup: true,
      backupKeep: 12,
    });
    await screen.findByText(/Đã lưu cài đặt/);
  });

  it('asks before restoring from a file, naming it, and restores only once confirmed', async () => {
    fakePlatform({
      pickFiles: async () => [{ name: 'ban-sao.db', data: new Uint8Array([1, 2, 3]) }],
    });
    const api = fakeApi({
      'values.latestMonth': () => '2024-03',
      'settings.get': () => DEFAULT_SETTINGS,
      'db.info': () => ({ path: '/home/a/du-lieu.db', schemaVersion: 3, sizeBytes: 204800, backups: [] }),
      'db.restoreUpload': () => null,
    });
    render(<App initial="cai-dat" />);
    fireEvent.click(await screen.findByTestId('db-restore-upload'));
    const dialog = await screen.findByRole('dialog', {
      name: /Khôi phục cơ sở dữ liệu từ tệp “ban-sao\.db”\?/,
    });
    expect(api.of('db.restoreUpload')).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Khôi phục' }));
    await waitFor(() => expect(api.of('db.restoreUpload')).toHaveLength(1));
  });
});
