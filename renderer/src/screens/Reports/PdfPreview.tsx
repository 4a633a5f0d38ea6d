import { Skeleton, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { ApiInput } from '../../../../shared/api/contract';
import { call } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';

export type RenderInput = Omit<ApiInput<'reports.render'>, 'format'>;

interface Shown {
  /** The request the answer is for. */
  request: string;
  url: string | null;
  name: string | null;
  error: Error | null;
}

/**
 * The report as it will print: the PDF the core renders for Lưu PDF and In, shown in the browser's own
 * PDF viewer (a blob: URL in a frame; the CSP allows blob: frames for this), not a table drawn apart
 * from it. `data-state` says what is on screen (loading, ready, error) and `data-request` for which
 * choice, so a test waits for the preview it asked for. The previous PDF stays under a spinner while
 * the next one renders.
 */
export function PdfPreview({ input, version }: { input: RenderInput; version: number }) {
  const request = JSON.stringify({ ...input, format: 'pdf' });
  const asked = `${request}|${version}`;
  const [shown, setShown] = useState<Shown | null>(null);

  useEffect(() => {
    let live = true;
    call('reports.render', JSON.parse(request) as ApiInput<'reports.render'>).then(
      (file) => {
        if (!live) return;
        // Copy into a plain ArrayBuffer: the bytes may be a view on a larger buffer.
        const blob = new Blob([file.data.slice().buffer as ArrayBuffer], { type: 'application/pdf' });
        setShown({ request: asked, url: URL.createObjectURL(blob), name: file.name, error: null });
      },
      (error: unknown) =>
        live &&
        setShown({
          request: asked,
          url: null,
          name: null,
          error: error instanceof Error ? error : new Error(String(error)),
        }),
    );
    return () => {
      live = false;
    };
  }, [request, asked]);

  // Each PDF's URL lives as long as it is shown.
  const url = shown?.url ?? null;
  useEffect(() => (url ? () => URL.revokeObjectURL(url) : undefined), [url]);

  // Chromium's PDF viewer takes the keyboard when a document loads: a clerk typing in the unit picker
  // meanwhile would type into the PDF. Give focus back to where it was, unless it was the preview itself.
  const frame = useRef<HTMLIFrameElement>(null);
  const lastFocus = useRef<Element | null>(null);
  useEffect(() => {
    const note = (e: FocusEvent) => {
      if (e.target instanceof Element && e.target !== frame.current) lastFocus.current = e.target;
    };
    document.addEventListener('focusin', note);
    return () => document.removeEventListener('focusin', note);
  }, []);
  const giveFocusBack = () => {
    const before = lastFocus.current;
    if (document.activeElement !== frame.current) return;
    if (before instanceof HTMLElement && before.isConnected) before.focus();
  };

  const loading = shown?.request !== asked;
  const state = loading ? 'loading' : shown?.error ? 'error' : 'ready';
  return (
    <div data-testid="report-preview" data-state={state} data-request={loading ? '' : request}>
      {shown?.error && !loading ? (
        <ApiErrorAlert error={shown.error} what="bản xem trước của báo cáo" />
      ) : !url ? (
        <div data-testid="report-preview-loading">
          <Typography.Text type="secondary">Đang tạo bản xem trước…</Typography.Text>
          <Skeleton active paragraph={{ rows: 8 }} />
        </div>
      ) : (
        <Spin spinning={loading} description="Đang tạo bản xem trước…">
          <iframe
            data-testid="report-preview-pdf"
            title={`Bản xem trước: ${shown?.name ?? 'báo cáo'}`}
            src={url}
            ref={frame}
            onLoad={giveFocusBack}
            style={{ width: '100%', height: '75vh', border: '1px solid #d9d9d9', background: '#f5f5f5' }}
          />
        </Spin>
      )}
    </div>
  );
}
