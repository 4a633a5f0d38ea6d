import { Checkbox, DatePicker, Flex, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { call } from '../../api/client';
import { useRestoreFocus } from '../../hooks/useRestoreFocus';
import type { UnitInfo } from '../../../../shared/api/types';
import { LEVEL_LABEL, parentOptions } from './units-tree';

interface Values {
  code: string;
  name: string;
  level: UnitInfo['level'];
  parentCode: string | null;
  validFrom: Dayjs | null;
  validTo: Dayjs | null;
  active: boolean;
  aliases: string;
}

/** Adds or edits a unit: code, name, level, parent, dates in force, aliases (one per line). */
export function UnitForm({
  unit,
  units,
  onClose,
  onSaved,
}: {
  unit: UnitInfo | null;
  units: UnitInfo[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  useRestoreFocus();
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    // The form shows what is missing; nothing to send until it is filled in.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await call('units.save', {
        code: v.code,
        name: v.name,
        level: v.level,
        parentCode: v.parentCode ?? null,
        validFrom: v.validFrom ? v.validFrom.format('YYYY-MM-DD') : null,
        validTo: v.validTo ? v.validTo.format('YYYY-MM-DD') : null,
        active: v.active,
        aliases: v.aliases
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
      });
      onSaved();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <Modal
      open
      title={unit ? `Sửa đơn vị ${unit.name}` : 'Thêm đơn vị'}
      okText="Lưu"
      cancelText="Hủy"
      onOk={submit}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'unit-save' }}
      // At 768 px the Lưu button must stay on screen: the form scrolls inside, the footer does not.
      style={{ top: 24 }}
      width={640}
      styles={{ body: { maxHeight: 'calc(100vh - 190px)', overflowY: 'auto' } }}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={() => void submit()}
        initialValues={{
          code: unit?.code ?? '',
          name: unit?.name ?? '',
          level: unit?.level ?? 'district',
          parentCode: unit?.parentCode ?? null,
          validFrom: unit?.validFrom ? dayjs(unit.validFrom) : null,
          validTo: unit?.validTo ? dayjs(unit.validTo) : null,
          active: unit?.active ?? true,
          aliases: (unit?.aliases ?? []).join('\n'),
        }}
      >
        <Flex gap={12}>
          <Form.Item
            name="code"
            label="Mã đơn vị"
            style={{ width: 160 }}
            rules={[{ required: true, message: 'Nhập mã đơn vị.' }]}
          >
            <Input disabled={!!unit} data-testid="unit-code" />
          </Form.Item>
          <Form.Item
            name="name"
            label="Tên"
            style={{ flex: 1 }}
            rules={[{ required: true, message: 'Nhập tên đơn vị.' }]}
          >
            <Input data-testid="unit-name" />
          </Form.Item>
        </Flex>
        <Flex gap={12}>
          <Form.Item name="level" label="Cấp" style={{ width: 160 }}>
            <Select options={Object.entries(LEVEL_LABEL).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item name="parentCode" label="Đơn vị cấp trên" style={{ flex: 1 }}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={parentOptions(units, unit?.code)}
            />
          </Form.Item>
        </Flex>
        <Form.Item label="Thời gian hiệu lực" style={{ marginBottom: 0 }}>
          <Form.Item name="validFrom" style={{ display: 'inline-block', marginRight: 8 }}>
            <DatePicker format="DD/MM/YYYY" placeholder="Từ ngày" />
          </Form.Item>
          <Form.Item name="validTo" style={{ display: 'inline-block' }}>
            <DatePicker format="DD/MM/YYYY" placeholder="Đến ngày" />
          </Form.Item>
        </Form.Item>
        <Form.Item name="aliases" label="Tên gọi khác (mỗi dòng một tên)">
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="active" valuePropName="checked">
          <Checkbox>Đang sử dụng</Checkbox>
        </Form.Item>
        {error && <div style={{ color: '#cf1322' }}>{error}</div>}
        {/* Enter in a field saves, as the OK button does. */}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
