import { Alert } from 'antd';

/** Shows a failed call in Vietnamese: what could not be loaded, and the core's own message. */
export function ApiErrorAlert({ error, what }: { error: Error | null | undefined; what?: string }) {
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 12 }}
      title={what ? `Không tải được ${what}.` : 'Có lỗi xảy ra.'}
      description={error.message}
    />
  );
}
