import { InputNumber } from 'antd';
import { useState } from 'react';

/**
 * One editable target: saved on Enter or when focus leaves, only if it changed; empty deletes it. The grid
 * keys it by its stored value, so a reload starts a fresh draft.
 */
export function TargetCell({
  value,
  kind,
  onSave,
  testId,
  label,
}: {
  value: number | null;
  kind: 'rate' | 'count';
  onSave: (v: number | null) => Promise<boolean>;
  testId: string;
  label: string;
}) {
  const [draft, setDraft] = useState<number | null>(value);
  const [saving, setSaving] = useState(false);
  // What was last sent: Enter then leaving the cell must not save the same value twice.
  const [sent, setSent] = useState<number | null>(value);
  const commit = async () => {
    if (draft === sent || saving) return;
    setSaving(true);
    setSent(draft);
    const ok = await onSave(draft);
    setSaving(false);
    if (!ok) {
      setDraft(value);
      setSent(value);
    }
  };
  return (
    <InputNumber<number>
      data-testid={testId}
      aria-label={label}
      size="small"
      style={{ width: '100%' }}
      min={0}
      max={kind === 'rate' ? 100 : undefined}
      precision={kind === 'rate' ? 2 : 0}
      decimalSeparator={kind === 'rate' ? ',' : undefined}
      placeholder="–"
      disabled={saving}
      value={draft}
      onChange={(v) => setDraft(v ?? null)}
      onBlur={() => void commit()}
      onPressEnter={() => void commit()}
    />
  );
}
