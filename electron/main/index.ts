/**
 * The desktop app's main process: one sandboxed window, the core in-process, dialogs and files here.
 * The core (electron/core) is plain Node and knows nothing of Electron.
 */
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { createContextOrRecovery, type CoreContext } from '../core/context';
import { attachHeavyWorker } from '../core/heavy/heavy-worker-host';
import { registerAppScheme, serveApp } from './app-protocol';
import { installContentsGuard } from './guards';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { setResourcesDir } from '../core/reports/fonts';
import { databasePath, resourcesDir } from './paths';
import { createMainWindow, denyPermissions } from './window';

let mainWindow: BrowserWindow | null = null;
let ctx: CoreContext | null = null;

// Two instances writing one SQLite file would fight over it: the second hands over to the first.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  installContentsGuard();
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    void ctx?.heavy?.close();
    if (ctx?.db.open) ctx.db.close();
  });
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  try {
    // A database that cannot be opened starts the app in recovery (its backups), not a quit.
    ctx = createContextOrRecovery(databasePath());
  } catch (e) {
    dialog.showErrorBox(
      'Không mở được cơ sở dữ liệu',
      `${e instanceof Error ? e.message : String(e)}\n\nTệp: ${databasePath()}`,
    );
    app.quit();
    return;
  }
  // Once bundled, the core no longer sits next to resources/: tell the reports where the fonts are.
  setResourcesDir(resourcesDir());
  // Commits, undos and reports run in a worker thread (with the fonts' folder): the window never freezes.
  attachHeavyWorker(ctx, resourcesDir());
  denyPermissions();
  serveApp();
  const current = ctx;
  registerIpc(() => current);
  Menu.setApplicationMenu(buildMenu(() => mainWindow));
  mainWindow = createMainWindow();
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}
