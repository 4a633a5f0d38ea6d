import { App, Button, Form, Input, InputNumber, Skeleton, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { useApi } from '../../hooks/useApi';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import type { ReportSettings } from '../../../../shared/api/types';

type Values = Omit<ReportSettings, 'recipients'> & { recipients: string };

const TEXT_FIELDS: { name: keyof ReportSettings; label: string; help?: string; required?: boolean }[] = [
  { name: 'parentAgency', label: 'Cơ quan chủ quản (dòng đầu góc trái)' },
  { name: 'agencyName', label: 'Tên cơ quan ban hành', required: true },
  { name: 'place', label: 'Địa danh (dòng “…, ngày … tháng … năm …”)', required: true },
  { name: 'documentNumber', label: 'Số hiệu văn bản', help: 'Ví dụ: Số:        /BC-BHXH' },
  { name: 'signerAuthority', label: 'Thẩm quyền ký', help: 'Ví dụ: KT. GIÁM ĐỐC; để trống nếu Giám đốc ký.' },
  { name: 'signerTitle', label: 'Chức vụ người ký' },
  { name: 'signerName', label: 'Họ tên người ký' },
];

/** Agency names, place, signer and "Nơi nhận" printed on every report; automatic backups. */
export function SettingsForm() {
  const { message } = App.useApp();
  const settings = useApi('settings.get', {});
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (settings.data)
      form.setFieldsValue({ ...settings.data, recipients: settings.data.recipients.join('\n') });
  }, [settings.data, form]);

  const submit = async (v: Values) => {
    setSaving(true);
    try {
      const saved = await call('settings.save', {
        ...v,
        recipients: v.recipients
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
      });
      form.setFieldsValue({ ...saved, recipients: saved.recipients.join('\n') });
      void message.success('Đã lưu cài đặt. Các báo cáo từ nay dùng thông tin mới.');
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setSaving(false);
    }
  };

  if (settings.error) return <ApiErrorAlert error={settings.error} what="cài đặt" />;
  if (!settings.data) return <Skeleton active />;
  return (
    <Form form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 640 }}>
      {TEXT_FIELDS.map((f) => (
        <Form.Item
          key={f.name}
          name={f.name}
          label={f.label}
          extra={f.help}
          rules={f.required ? [{ required: true, message: 'Không được để trống.' }] : []}
          style={{ marginBottom: 12 }}
        >
          <Input data-testid={`settings-${f.name}`} />
        </Form.Item>
      ))}
      <Form.Item name="recipients" label="Nơi nhận (mỗi dòng một nơi)" style={{ marginBottom: 12 }}>
        <Input.TextArea rows={4} data-testid="settings-recipients" />
      </Form.Item>
      <Form.Item
        name="autoBackup"
        label="Tự động sao lưu trước mỗi lần nhập, hoàn tác và nạp danh mục đơn vị"
        valuePropName="checked"
      >
        <Switch data-testid="settings-autoBackup" />
      </Form.Item>
      <Form.Item
        name="backupKeep"
        label="Số bản sao lưu giữ lại"
        extra="Khi có bản mới, các bản cũ nhất vượt quá số này được xóa."
        rules={[{ required: true, message: 'Cần giữ ít nhất 1 bản sao lưu.' }]}
      >
        <InputNumber min={1} max={500} precision={0} data-testid="settings-backupKeep" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving} data-testid="settings-save">
        Lưu cài đặt
      </Button>
    </Form>
  );
}
