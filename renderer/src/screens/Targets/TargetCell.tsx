import { Input, Typography } from 'antd';
import { useId, useState } from 'react';
import { parseTarget, targetText } from '../../../../shared/format/parse-target';

/**
 * One editable target: saved on Enter or when focus leaves, only if it changed; empty deletes it. Text
 * that is not exactly one number is refused next to the cell and the stored target stays. The grid keys
 * the cell by its stored value, so a reload starts a fresh draft; `saved` comes from the grid for that
 * reason, to confirm the save after the remount.
 */
export function TargetCell({
  value,
  kind,
  onSave,
  testId,
  label,
  saved,
}: {
  value: number | null;
  kind: 'rate' | 'count';
  /** Resolves to null when saved, or the reason the core refused it. */
  onSave: (v: number | null) => Promise<string | null>;
  testId: string;
  label: string;
  saved: string | null;
}) {
  const stored = targetText(value, kind);
  const [draft, setDraft] = useState(stored);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // What was last sent: Enter then leaving the cell must not save the same value twice.
  const [sent, setSent] = useState(value);
  const noteId = useId();
  const commit = async () => {
    if (saving) return;
    const parsed = parseTarget(draft, kind);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setError(null);
    if (parsed.value === sent) {
      setDraft(targetText(parsed.value, kind));
      return;
    }
    setSaving(true);
    setSent(parsed.value);
    const refused = await onSave(parsed.value);
    setSaving(false);
    if (refused !== null) {
      setError(refused);
      setSent(value);
    }
  };
  const note = error ?? saved;
  return (
    <div>
      <Input
        data-testid={testId}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={note ? noteId : undefined}
        size="small"
        inputMode="decimal"
        status={error ? 'error' : undefined}
        placeholder="–"
        disabled={saving}
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          if (error) setError(null);
        }}
        onBlur={() => void commit()}
        onPressEnter={() => void commit()}
        onKeyDown={(e) => {
          // Escape gives back the stored target, as a spreadsheet does.
          if (e.key === 'Escape') {
            setDraft(stored);
            setError(null);
          }
        }}
      />
      {note && (
        <Typography.Text
          id={noteId}
          type={error ? 'danger' : 'success'}
          role={error ? 'alert' : 'status'}
          data-testid={`${testId}-${error ? 'error' : 'saved'}`}
          style={{ display: 'block', fontSize: 12, lineHeight: 1.3 }}
        >
          {note}
        </Typography.Text>
      )}
    </div>
  );
}
