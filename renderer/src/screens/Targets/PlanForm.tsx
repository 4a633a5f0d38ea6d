import { DatePicker, Form, Input, InputNumber, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { call } from '../../api/client';
import { useRestoreFocus } from '../../hooks/useRestoreFocus';
import type { PlanInfo } from '../../../../shared/api/types';

interface Values {
  number: string;
  issuedOn: Dayjs;
  title: string;
  yearFrom: number;
  yearTo: number;
}

/** Adds a plan (or edits the one given): number, date, title and the years it covers. */
export function PlanForm({
  plan,
  onClose,
  onSaved,
}: {
  plan: PlanInfo | null;
  onClose: () => void;
  onSaved: (p: PlanInfo) => void;
}) {
  const [form] = Form.useForm<Values>();
  useRestoreFocus();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    // The form shows what is missing; nothing to send until it is filled in.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setSaving(true);
    try {
      onSaved(
        await call('plans.save', {
          number: v.number,
          issuedOn: v.issuedOn.format('YYYY-MM-DD'),
          title: v.title,
          yearFrom: v.yearFrom,
          yearTo: v.yearTo,
        }),
      );
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title={plan ? `Sửa kế hoạch ${plan.number}` : 'Thêm kế hoạch'}
      okText="Lưu"
      cancelText="Hủy"
      onOk={submit}
      onCancel={onClose}
      confirmLoading={saving}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={() => void submit()}
        initialValues={
          plan
            ? { ...plan, issuedOn: dayjs(plan.issuedOn) }
            : { yearFrom: new Date().getFullYear(), yearTo: new Date().getFullYear() }
        }
      >
        <Form.Item
          name="number"
          label="Số hiệu"
          rules={[{ required: true, message: 'Nhập số hiệu kế hoạch, ví dụ 156/KH-UBND.' }]}
        >
          <Input data-testid="plan-number" disabled={!!plan} />
        </Form.Item>
        <Form.Item
          name="issuedOn"
          label="Ngày ban hành"
          rules={[{ required: true, message: 'Chọn ngày ban hành.' }]}
        >
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="title" label="Trích yếu" rules={[{ required: true, message: 'Nhập trích yếu.' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item label="Áp dụng các năm" required style={{ marginBottom: 0 }}>
          <Form.Item
            name="yearFrom"
            rules={[{ required: true, message: 'Năm đầu' }]}
            style={{ display: 'inline-block', marginRight: 8 }}
          >
            <InputNumber min={1990} max={2100} aria-label="Từ năm" />
          </Form.Item>
          <Form.Item
            name="yearTo"
            rules={[{ required: true, message: 'Năm cuối' }]}
            style={{ display: 'inline-block' }}
          >
            <InputNumber min={1990} max={2100} aria-label="Đến năm" />
          </Form.Item>
        </Form.Item>
        {error && <div style={{ color: '#cf1322' }}>{error}</div>}
        {/* Enter in a field saves, as the OK button does. */}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
