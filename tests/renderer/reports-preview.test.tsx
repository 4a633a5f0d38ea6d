import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/src/App';
import { PdfPreview } from '../../renderer/src/screens/Reports/PdfPreview';
import { fakeApi, fakePlatform } from './setup';

const pdfBytes = (label: string) => new TextEncoder().encode(`%PDF-1.7\n% ${label}\n%%EOF\n`);

/** jsdom has no object URLs: record what the preview makes and revokes. */
let made: { url: string; blob: Blob }[];
let revoked: string[];
beforeEach(() => {
  made = [];
  revoked = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:http://127.0.0.1/pdf-${made.length + 1}`;
    made.push({ url, blob });
    return url;
  });
  URL.revokeObjectURL = vi.fn((url: string) => void revoked.push(url));
});
afterEach(() => vi.restoreAllMocks());

type RenderIn = { kind: string; format: string; period: string; unit?: string };

describe('the report preview', () => {
  it('shows the rendered PDF itself, after a loading state', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const api = fakeApi({
      'reports.render': async (input: RenderIn) => {
        await gate;
        return {
          name: `bao-cao-${input.period}.pdf`,
          mime: 'application/pdf',
          data: pdfBytes(input.period),
        };
      },
    });
    render(<PdfPreview input={{ kind: 'progress', period: '2024-06' }} version={0} />);
    const box = screen.getByTestId('report-preview');
    expect(box.dataset.state).toBe('loading');
    expect(screen.getByText('Đang tạo bản xem trước…')).toBeTruthy();
    release();
    await waitFor(() => expect(box.dataset.state).toBe('ready'));
    expect(api.of('reports.render')).toEqual([{ kind: 'progress', period: '2024-06', format: 'pdf' }]);
    const frame = screen.getByTestId('report-preview-pdf') as HTMLIFrameElement;
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('src')).toBe(made.at(-1)!.url);
    expect(frame.title).toBe('Bản xem trước: bao-cao-2024-06.pdf');
    const blob = made.at(-1)!.blob;
    expect(blob.type).toBe('application/pdf');
    expect(new TextDecoder().decode(await blob.arrayBuffer())).toContain('% 2024-06');
  });

  it('renders the next choice and lets go of the previous PDF', async () => {
    fakeApi({
      'reports.render': async (input: RenderIn) => ({
        name: `${input.kind}.pdf`,
        mime: 'application/pdf',
        data: pdfBytes(input.kind),
      }),
    });
    const { rerender } = render(<PdfPreview input={{ kind: 'progress', period: '2024-06' }} version={0} />);
    const box = screen.getByTestId('report-preview');
    await waitFor(() => expect(box.dataset.state).toBe('ready'));
    const first = (screen.getByTestId('report-preview-pdf') as HTMLIFrameElement).getAttribute('src')!;
    rerender(<PdfPreview input={{ kind: 'trend', period: '2024-06', unit: '622' }} version={0} />);
    await waitFor(() => expect(box.dataset.request).toContain('"kind":"trend"'));
    const second = (screen.getByTestId('report-preview-pdf') as HTMLIFrameElement).getAttribute('src')!;
    expect(second).not.toBe(first);
    expect(revoked).toContain(first);
    expect(revoked).not.toContain(second);
  });

  it('says in Vietnamese when the report cannot be made', async () => {
    fakeApi({
      'reports.render': async () => {
        throw new Error('Chưa có số liệu của tháng 6/2024.');
      },
    });
    render(<PdfPreview input={{ kind: 'progress', period: '2024-06' }} version={0} />);
    const box = screen.getByTestId('report-preview');
    await waitFor(() => expect(box.dataset.state).toBe('error'));
    expect(screen.getByText('Không tải được bản xem trước của báo cáo.')).toBeTruthy();
    expect(screen.getByText('Chưa có số liệu của tháng 6/2024.')).toBeTruthy();
    expect(screen.queryByTestId('report-preview-pdf')).toBeNull();
  });
});

describe('the Báo cáo screen', () => {
  it('previews the same document that Lưu PDF saves', async () => {
    const { saved } = fakePlatform();
    const api = fakeApi({
      'values.latestMonth': async () => '2024-06',
      'units.list': async () => [],
      'reports.render': async (input: RenderIn) => ({
        name: `bao-cao-tien-do-${input.period}.${input.format}`,
        mime: input.format === 'pdf' ? 'application/pdf' : 'application/octet-stream',
        data: pdfBytes(input.period),
      }),
    });
    render(<App initial="bao-cao" />);
    const box = await screen.findByTestId('report-preview');
    await waitFor(() => expect(box.dataset.state).toBe('ready'));
    expect(screen.getByTestId('report-preview-pdf')).toBeTruthy();
    fireEvent.click(screen.getByTestId('report-save-pdf'));
    await waitFor(() => expect(saved).toEqual(['bao-cao-tien-do-2024-06.pdf']));
    const [preview, save] = api.of('reports.render');
    expect(save).toEqual(preview);
    // The old table previews are gone: the screen asks for no report model.
    expect(api.calls.some((c) => c.method === 'reports.progress')).toBe(false);
  });
});
