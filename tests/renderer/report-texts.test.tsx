import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/App';
import { fakeApi, fakePlatform } from './setup';

describe('Báo cáo: sections II–IV', () => {
  it('loads the texts kept for the period, saves the edited ones and offers the Word document', async () => {
    fakePlatform();
    let stored = { shortcomings: 'Huyện gửi chậm.', tasks: '', proposals: '' };
    const api = fakeApi({
      'values.latestMonth': () => '2024-06',
      'units.list': () => [],
      'reports.progress': () => {
        throw new Error('Chưa có số liệu người tham gia nào đến hết tháng 6/2024: không lập báo cáo.');
      },
      'reports.texts.get': () => stored,
      'reports.texts.save': (input: { shortcomings: string; tasks: string; proposals: string }) => {
        stored = { shortcomings: input.shortcomings, tasks: input.tasks, proposals: input.proposals };
        return stored;
      },
    });
    render(<App initial="bao-cao" />);
    await waitFor(() =>
      expect((screen.getByTestId('report-texts-shortcomings') as HTMLTextAreaElement).value).toBe(
        'Huyện gửi chậm.',
      ),
    );
    expect(api.of('reports.texts.get')[0]).toEqual({ period: '2024-06' });
    const save = screen.getByTestId('report-texts-save');
    expect(save).toHaveProperty('disabled', true);
    fireEvent.change(screen.getByTestId('report-texts-tasks'), {
      target: { value: 'Đẩy mạnh tuyên truyền.' },
    });
    await waitFor(() => expect(screen.getByTestId('report-texts-save')).toHaveProperty('disabled', false));
    expect(screen.getByTestId('report-texts-state').textContent).toBe('Có thay đổi chưa lưu.');
    fireEvent.click(screen.getByTestId('report-texts-save'));
    await waitFor(() => expect(api.of('reports.texts.save')).toHaveLength(1));
    expect(api.of('reports.texts.save')[0]).toEqual({
      period: '2024-06',
      shortcomings: 'Huyện gửi chậm.',
      tasks: 'Đẩy mạnh tuyên truyền.',
      proposals: '',
    });
    await waitFor(() => expect(screen.getByTestId('report-texts-save')).toHaveProperty('disabled', true));
    expect(screen.getByTestId('report-save-docx').textContent).toContain('Lưu Word');
  });
});
