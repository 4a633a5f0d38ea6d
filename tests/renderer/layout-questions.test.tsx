import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi } from './setup';
import { sampleValues } from './fixtures';
import { App } from '../../renderer/src/App';
import type { ImportPreview, LayoutQuestion } from '../../shared/api/import-types';
import { SEED_INDICATORS } from '../../shared/domain/indicators';
import { batchFiles } from '../../renderer/src/screens/Import/batch-model';

const COLUMN: LayoutQuestion = {
  kind: 'column',
  file: 'luy-ke.xlsx',
  sheet: 'Số liệu',
  fingerprint: 'fp1',
  indicator: 'bhxh_compulsory',
  message: 'Chưa chắc cột nào là "Số người tham gia BHXH bắt buộc"…',
  proposed: 'E',
  options: [
    { value: 'E', label: 'Cột E: Lũy kế', cell: 'E4', sample: { cell: 'E5', value: 46669 } },
    { value: 'D', label: 'Cột D: Trong tháng', cell: 'D4', sample: { cell: 'D5', value: 30 } },
  ],
};

const PERIOD: LayoutQuestion = {
  kind: 'period',
  file: 'luy-ke.xlsx',
  sheet: 'Số liệu',
  fingerprint: 'fp1',
  indicator: null,
  message: 'Tiêu đề ghi Tháng 6/2024 nhưng…',
  proposed: 'title',
  options: [
    { value: 'title', label: 'Tháng 6/2024 (theo tiêu đề)', cell: null, period: '2024-06' },
    { value: 'header', label: 'Tháng 5/2024 (theo tiêu đề cột C)', cell: 'C4', period: '2024-05' },
  ],
};

function preview(id: string, questions: LayoutQuestion[]): ImportPreview {
  return {
    previewId: id,
    ok: questions.length === 0,
    files: [
      {
        name: 'luy-ke.xlsx',
        sha256: 'x',
        size: 10,
        alreadyImportedAs: null,
        counts: { inserted: 4, updated: 0, unchanged: 0 },
      },
    ],
    sheets: [],
    changes: [],
    counts: { inserted: 4, updated: 0, unchanged: 0 },
    warnings: [],
    errors: questions.map((q) => ({
      severity: 'error' as const,
      file: q.file,
      sheet: q.sheet,
      cell: q.options[1]!.cell,
      message: q.message,
    })),
    unresolvedUnits: [],
    ...(questions.length ? { questions } : {}),
  };
}

describe('layout questions in the Import screen', () => {
  it('a file waiting for an answer is not called refused', () => {
    const [f] = batchFiles(preview('p', [COLUMN, PERIOD]));
    expect(f).toMatchObject({ status: 'asks', errors: 2, questions: 2 });
  });

  it('shows the proposal and the alternative with a figure each; one click keeps it; another option answers with it', async () => {
    const api = fakeApi({
      'values.get': () => sampleValues(),
      'indicators.list': () => SEED_INDICATORS,
      'units.list': () => [],
      'imports.list': () => [],
      'imports.preview': (input: { mappings?: unknown; periodChoices?: unknown }) =>
        input.periodChoices
          ? preview('p3', [])
          : input.mappings
            ? preview('p2', [PERIOD])
            : preview('p1', [COLUMN]),
      'imports.discard': () => null,
    });
    render(<App initial="nhap-du-lieu" />);
    fireEvent.change(await screen.findByTestId('import-file-input'), {
      target: { files: [new File([new Uint8Array([1])], 'luy-ke.xlsx')] },
    });
    const box = await screen.findByTestId('layout-questions');
    expect(box.textContent).toContain('Cột nào là “Số người tham gia BHXH bắt buộc”?');
    expect(box.textContent).toContain('Cột E: Lũy kế — ví dụ 46.669 ở ô E5');
    expect(box.textContent).toContain('Cột D: Trong tháng — ví dụ 30 ở ô D5');
    expect(screen.getByTestId('import-commit').hasAttribute('disabled')).toBe(true);
    expect(screen.getByTestId('import-blocked').textContent).toContain('hãy trả lời 1 câu hỏi');
    expect(screen.getByTestId('file-status-luy-ke.xlsx').textContent).toBe('Chờ trả lời: 1 câu hỏi');

    fireEvent.click(screen.getByTestId('layout-keep-0'));
    await waitFor(() => expect(api.of('imports.preview')).toHaveLength(2));
    expect(api.of('imports.preview')[1]!.mappings).toEqual({ fp1: { E: 'bhxh_compulsory', D: null } });

    // The period question next: the other option is the answer.
    await screen.findByText('Số liệu thuộc kỳ nào?');
    fireEvent.click(screen.getByText('Tháng 5/2024 (theo tiêu đề cột C)'));
    await waitFor(() => expect(api.of('imports.preview')).toHaveLength(3));
    expect(api.of('imports.preview')[2]).toMatchObject({
      mappings: { fp1: { E: 'bhxh_compulsory', D: null } },
      periodChoices: { fp1: 'header' },
    });
    await waitFor(() => expect(screen.queryByTestId('layout-questions')).toBeNull());
    await waitFor(() => expect(screen.getByTestId('import-commit').hasAttribute('disabled')).toBe(false));
  });
});
