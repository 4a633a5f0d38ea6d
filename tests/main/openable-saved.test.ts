/** The renderer offers "Mở tệp" for the same kinds of saved file the main process agrees to open. */
import { describe, expect, it } from 'vitest';
import { isOpenableExtension } from '../../electron/main/open-policy';
import { canOpenSaved, OPENABLE_SAVED } from '../../shared/api/openable';

describe('openable saved files', () => {
  it('agree between the notice and the main process', () => {
    for (const ext of OPENABLE_SAVED) expect(isOpenableExtension(`/tmp/bao-cao${ext}`)).toBe(true);
    for (const name of ['bhxh.db', 'bao-cao.PDF', 'so-lieu.xlsx', 'x.docx', 'x.exe', 'khong-duoi'])
      expect(canOpenSaved(name), name).toBe(isOpenableExtension(`/tmp/${name}`));
  });
});
