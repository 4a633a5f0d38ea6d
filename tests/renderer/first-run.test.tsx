import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, fakePlatform } from './setup';
import { sampleValues } from './fixtures';
import { App } from '../../renderer/src/App';
import type { ImportRecord } from '../../shared/api/import-types';
import type { TargetInfo } from '../../shared/api/types';

const undone: ImportRecord = {
  id: 1,
  createdAt: '2024-04-05T08:00:00Z',
  kind: 'file',
  files: [{ name: 'tong-hop.xlsx', sha256: 'a', size: 1 }],
  inserted: 68,
  updated: 0,
  unchanged: 0,
  warnings: 0,
  note: null,
  undoneAt: '2024-04-05T09:00:00Z',
};
const target: TargetInfo = {
  planId: 1,
  planNumber: '156/KH-UBND',
  unitCode: '64',
  indicator: 'bhxh_coverage',
  year: 2025,
  value: 16.83,
  kind: 'rate',
  fromDocument: true,
};

function emptyDatabase(imports: ImportRecord[], targets: TargetInfo[]) {
  fakePlatform();
  return fakeApi({
    'values.latestMonth': () => null,
    'values.get': () => ({ ...sampleValues(), rows: [] }),
    'imports.list': () => imports,
    'targets.list': () => targets,
    'indicators.list': () => [],
    'units.list': () => [],
  });
}

describe('first-run checklist', () => {
  it('ticks a step from what the database holds: an undone import does not count, targets do', async () => {
    emptyDatabase([undone], [target]);
    render(<App />);
    await waitFor(() =>
      expect(screen.getByTestId('first-run-import').getAttribute('data-done')).toBe('false'),
    );
    expect(screen.getByTestId('first-run-targets').getAttribute('data-done')).toBe('true');
    expect(screen.getByTestId('first-run-targets').textContent).toContain('Đã có 1 chỉ tiêu (156/KH-UBND)');
    expect((screen.getByTestId('first-run-report-go') as HTMLButtonElement).disabled).toBe(true);
  });

  it('says when there are no targets, and its first button opens the import screen', async () => {
    emptyDatabase([], []);
    render(<App />);
    await waitFor(() =>
      expect(screen.getByTestId('first-run-targets').getAttribute('data-done')).toBe('false'),
    );
    expect(screen.getByTestId('first-run-targets').textContent).toContain('Chưa có chỉ tiêu nào');
    fireEvent.click(screen.getByTestId('first-run-import-go'));
    await screen.findByTestId('import-drop-zone');
    expect(screen.getByRole('main', { name: 'Nhập dữ liệu' })).toBeTruthy();
  });
});
