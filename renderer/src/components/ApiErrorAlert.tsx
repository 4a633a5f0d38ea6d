import { Alert } from 'antd';

/** A handler another part of the app has not finished yet answers with "chưa sẵn sàng". */
export function isNotReady(error: Error | null | undefined): boolean {
  return !!error && /chưa sẵn sàng/i.test(error.message);
}

/** Shows a failed call in Vietnamese; a "not ready yet" answer is informational, not an error. */
export function ApiErrorAlert({ error, what }: { error: Error | null | undefined; what?: string }) {
  if (!error) return null;
  const notReady = isNotReady(error);
  return (
    <Alert
      type={notReady ? 'info' : 'error'}
      showIcon
      style={{ marginBottom: 12 }}
      title={
        notReady
          ? `${what ?? 'Chức năng này'} chưa sẵn sàng trong phiên bản này.`
          : what
            ? `Không tải được ${what}.`
            : 'Có lỗi xảy ra.'
      }
      description={error.message}
    />
  );
}
