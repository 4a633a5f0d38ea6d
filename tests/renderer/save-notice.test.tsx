/**
 * After saving in the desktop app, "Mở tệp" is offered only for what the main process will open (a
 * report or workbook): a .db backup would be refused there, so it is not offered.
 */
import { fireEvent, render, screen } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { describe, expect, it } from 'vitest';
import { fakePlatform } from './setup';
import { useSaveFile } from '../../renderer/src/hooks/useSaveFile';

function Saver({ name }: { name: string }) {
  const save = useSaveFile();
  return (
    <button
      type="button"
      onClick={() => void save({ name, mime: 'application/octet-stream', data: new Uint8Array([1]) })}
    >
      Lưu
    </button>
  );
}

const saveAs = async (name: string) => {
  const { platform } = fakePlatform({ kind: 'electron' });
  render(
    <AntApp>
      <Saver name={name} />
    </AntApp>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
  await screen.findByText('Đã lưu tệp');
  expect(platform.saveFile).toHaveBeenCalledTimes(1);
  return platform;
};

describe('the notice after saving a file', () => {
  it('offers to open a saved report', async () => {
    const platform = await saveAs('bao-cao-2025-06.pdf');
    fireEvent.click(await screen.findByTestId('open-saved'));
    expect(platform.openSaved).toHaveBeenCalledWith('id-1');
  });

  it('does not offer to open a .db backup, which the main process refuses to open', async () => {
    await saveAs('bhxh-2025-06-30.db');
    expect(await screen.findByText('bhxh-2025-06-30.db')).toBeTruthy();
    expect(screen.queryByTestId('open-saved')).toBeNull();
    expect(screen.queryByText('Mở tệp')).toBeNull();
  });
});
