import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { BRIDGE_CHANNELS } from '../../shared/api/bridge';
import type { CoreContext } from '../core/context';
import { dispatch } from '../core/dispatch';
import { openSaved, pickFiles, saveFile } from './files';
import { isTrustedFrame } from './origin';
import { printPdf } from './print-pdf';
import { clerkMessage } from './refusal';

const fileOutput = z.object({
  name: z.string().min(1).max(260),
  mime: z.string().max(200),
  data: z.instanceof(Uint8Array),
});
const pickOptions = z.object({ multiple: z.boolean(), accept: z.array(z.string().max(20)).max(20) });

const NOT_FROM_APP = 'Yêu cầu không đến từ ứng dụng.';

/** Platform calls answer with an envelope so the renderer sees our Vietnamese message, not Electron's wrapper. */
type Outcome = { ok: true; result: unknown } | { ok: false; message: string };

export function registerIpc(getCtx: () => CoreContext): void {
  // The API: validated by the dispatcher against the contract, exactly as the web server does.
  ipcMain.handle(BRIDGE_CHANNELS.invoke, async (event, method: unknown, input: unknown) => {
    if (!isTrustedFrame(event.senderFrame))
      return { ok: false, error: { code: 'refused', message: NOT_FROM_APP } };
    if (typeof method !== 'string')
      return { ok: false, error: { code: 'invalid_input', message: 'Tên chức năng không hợp lệ.' } };
    return dispatch(getCtx(), method, input);
  });
  platform(BRIDGE_CHANNELS.saveFile, (win, file) => saveFile(win, fileOutput.parse(file)));
  platform(BRIDGE_CHANNELS.openSaved, (_win, id) => openSaved(z.string().uuid().parse(id)));
  platform(BRIDGE_CHANNELS.pickFiles, (win, options) => pickFiles(win, pickOptions.parse(options)));
  platform(BRIDGE_CHANNELS.printPdf, (_win, file) => printPdf(fileOutput.parse(file)));
}

function platform(channel: string, run: (win: BrowserWindow, arg: unknown) => Promise<unknown>): void {
  ipcMain.handle(channel, async (event: IpcMainInvokeEvent, arg: unknown): Promise<Outcome> => {
    const win = BrowserWindow.fromWebContents(event.sender);
    if (!win || !isTrustedFrame(event.senderFrame)) return { ok: false, message: NOT_FROM_APP };
    try {
      return { ok: true, result: await run(win, arg) };
    } catch (e) {
      if (e instanceof z.ZodError) return { ok: false, message: 'Dữ liệu gửi lên không hợp lệ.' };
      return { ok: false, message: clerkMessage(e) };
    }
  });
}
