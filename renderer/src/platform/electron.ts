import type { BhxhBridge } from '../../../shared/api/bridge';
import type { Platform } from './types';

/** Desktop app: dialogs, writing and opening files happen in the main process. */
export function electronPlatform(bridge: BhxhBridge): Platform {
  return {
    kind: 'electron',
    saveFile: (file) => bridge.saveFile(file),
    openSaved: (id) => bridge.openSaved(id),
    pickFiles: (options) => bridge.pickFiles(options),
    printPdf: (file) => bridge.printPdf(file),
  };
}
