import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RecoveryGate } from '../../renderer/src/screens/Recovery/RecoveryGate';
import { fakeApi, fakePlatform } from './setup';

const PROBLEM = 'Tệp cơ sở dữ liệu đã bị hỏng. Hãy khôi phục từ một bản sao lưu (Cài đặt → Cơ sở dữ liệu).';
const backup = {
  name: 'bhxh-20240402-101500-000-manual.db',
  createdAt: '2024-04-02T03:15:00.000Z',
  sizeBytes: 204800,
  reason: 'manual',
};

describe('recovery when the database does not open', () => {
  it('shows why, lists the backups, restores the one chosen, then opens the app', async () => {
    fakePlatform();
    let restored = false;
    const api = fakeApi({
      'db.status': () => (restored ? { ok: true, message: null } : { ok: false, message: PROBLEM }),
      'db.info': () => ({ path: '/x/bhxh.db', schemaVersion: 0, sizeBytes: 10, backups: [backup] }),
      'db.restore': () => {
        restored = true;
        return null;
      },
    });
    render(
      <RecoveryGate>
        <div data-testid="app-ready">ứng dụng</div>
      </RecoveryGate>,
    );
    expect((await screen.findByTestId('recovery-problem')).textContent).toContain(PROBLEM);
    expect(screen.queryByTestId('app-ready')).toBeNull();
    const table = await screen.findByTestId('recovery-backups');
    fireEvent.click(await within(table).findByRole('button', { name: 'Khôi phục' }));
    // The confirmation's own button, not the row's.
    const confirm = await waitFor(() => {
      const pop = document.querySelector<HTMLElement>('.ant-popconfirm');
      if (!pop) throw new Error('no confirmation yet');
      return pop;
    });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Khôi phục' }));
    expect((await screen.findByTestId('app-ready')).textContent).toBe('ứng dụng');
    expect(api.of('db.restore')).toEqual([{ name: backup.name }]);
  });

  it('goes straight to the app when the database opened', async () => {
    fakePlatform();
    fakeApi({ 'db.status': () => ({ ok: true, message: null }) });
    render(
      <RecoveryGate>
        <div data-testid="app-ready">ứng dụng</div>
      </RecoveryGate>,
    );
    expect((await screen.findByTestId('app-ready')).textContent).toBe('ứng dụng');
    expect(screen.queryByTestId('recovery-problem')).toBeNull();
  });
});
