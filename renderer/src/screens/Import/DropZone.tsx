import { Button, Flex, Typography } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useRef, useState } from 'react';
import { platform } from '../../platform/types';
import type { FileInput } from '../../../../shared/api/files';
import { acceptable, readFiles } from './read-files';

/** Drop one or many workbooks, or pick them with the system dialog. */
export function DropZone({
  onFiles,
  onProgress,
  disabled,
  compact,
}: {
  onFiles: (files: FileInput[]) => void;
  onProgress: (f: number | null) => void;
  disabled?: boolean;
  /** Smaller while a preview is shown below it. */
  compact?: boolean;
}) {
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const take = async (list: FileList | File[] | null) => {
    const files = Array.from(list ?? []).filter((f) => acceptable(f.name));
    if (!files.length) return;
    onProgress(0);
    try {
      onFiles(await readFiles(files, onProgress));
    } finally {
      onProgress(null);
    }
  };

  const pick = async () => {
    let kind: string | null = null;
    try {
      kind = platform().kind;
    } catch {
      kind = null;
    }
    // In the desktop app the main process shows the dialog; in a browser the page's own input is the dialog.
    if (kind === 'electron') {
      const files = await platform().pickFiles({ multiple: true, accept: ['xlsx'] });
      if (files?.length) onFiles(files);
    } else {
      input.current?.click();
    }
  };

  return (
    <div
      data-testid="import-drop-zone"
      className={over ? 'drop-zone-active' : undefined}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (!disabled) void take(e.dataTransfer.files);
      }}
      style={{
        border: '2px dashed #bfbfbf',
        borderRadius: 8,
        padding: compact ? 8 : 20,
        textAlign: 'center',
        background: '#fafafa',
      }}
    >
      <Flex vertical={!compact} align="center" justify="center" gap={8}>
        {!compact && <InboxOutlined style={{ fontSize: 36, color: '#1677ff' }} />}
        <Typography.Text>Kéo thả một hoặc nhiều tệp Excel (.xlsx) của các huyện vào đây</Typography.Text>
        <Button type="primary" onClick={pick} disabled={disabled} data-testid="import-pick">
          Chọn tệp…
        </Button>
        <input
          ref={input}
          data-testid="import-file-input"
          type="file"
          multiple
          accept=".xlsx,.xls,.xlsm"
          aria-label="Chọn tệp Excel để nhập"
          style={{ display: 'none' }}
          onChange={(e) => {
            void take(e.target.files);
            e.target.value = '';
          }}
        />
      </Flex>
    </div>
  );
}
