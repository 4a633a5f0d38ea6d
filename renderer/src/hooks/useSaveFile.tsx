import { App, Button } from 'antd';
import { useCallback } from 'react';
import { platform } from '../platform/types';
import type { FileOutput } from '../../../shared/api/files';
import { canOpenSaved } from '../../../shared/api/openable';

/**
 * Saves a file the core produced: the desktop app asks where (main-process dialog), the browser downloads.
 * Returns the saved id (to open it later) or null when the user cancelled.
 */
export function useSaveFile(): (file: FileOutput) => Promise<string | null> {
  const { message, notification } = App.useApp();
  return useCallback(
    async (file: FileOutput) => {
      try {
        const id = await platform().saveFile(file);
        if (id === null) return null;
        const p = platform();
        if (p.kind === 'electron') {
          notification.success({
            title: 'Đã lưu tệp',
            description: file.name,
            // A backup (.db) is not something to open: the main process would refuse it.
            actions: canOpenSaved(file.name) ? (
              <Button size="small" data-testid="open-saved" onClick={() => void p.openSaved(id)}>
                Mở tệp
              </Button>
            ) : undefined,
          });
        } else {
          void message.success(`Đã tải xuống ${file.name}`);
        }
        return id;
      } catch (e) {
        void message.error(`Không lưu được tệp: ${(e as Error).message}`);
        return null;
      }
    },
    [message, notification],
  );
}
