/**
 * A stand-in for the `electron` module: the binary is not installed on CI, so the shell's wiring
 * (window options, navigation guards, IPC checks) is tested against this recorder.
 */
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

export const recorded = {
  windows: [] as FakeWindow[],
  ipc: new Map<string, Listener>(),
  exposed: new Map<string, unknown>(),
  invoked: [] as unknown[][],
  openedExternal: [] as string[],
  saveDialogPath: '' as string,
  openedPaths: [] as string[],
  /** app.getPath answers: tests point 'temp' and 'documents' at their own folders. */
  paths: {} as Record<string, string>,
  appListeners: new Map<string, Listener>(),
};

/** A session's permission handlers, as the guards leave them. */
export class FakeSession {
  permissionRequest: Listener | null = null;
  permissionCheck: Listener | null = null;
  devicePermission: Listener | null = null;
  setPermissionRequestHandler(l: Listener) {
    this.permissionRequest = l;
  }
  setPermissionCheckHandler(l: Listener) {
    this.permissionCheck = l;
  }
  setDevicePermissionHandler(l: Listener) {
    this.devicePermission = l;
  }
}

export class FakeWebContents {
  handlers = new Map<string, Listener>();
  session = new FakeSession();
  windowOpenHandler: Listener | null = null;
  on(event: string, l: Listener) {
    this.handlers.set(event, l);
    return this;
  }
  setWindowOpenHandler(l: Listener) {
    this.windowOpenHandler = l;
  }
}

export class FakeWindow {
  webContents = new FakeWebContents();
  loaded: string | null = null;
  constructor(readonly options: Record<string, unknown>) {
    recorded.windows.push(this);
  }
  once() {
    return this;
  }
  on() {
    return this;
  }
  loadURL(url: string) {
    this.loaded = url;
    return Promise.resolve();
  }
  static fromWebContents() {
    return recorded.windows[0] ?? null;
  }
}

export const electronMock = {
  app: {
    getPath: (name: string) => recorded.paths[name] ?? '/tmp',
    isPackaged: false,
    getVersion: () => '0.1.0',
    on: (event: string, l: Listener) => recorded.appListeners.set(event, l),
    requestSingleInstanceLock: () => true,
    // Never ready: importing the shell's entry wires what must exist before the first window, nothing more.
    whenReady: () => new Promise<void>(() => {}),
    quit: vi.fn(),
  },
  BrowserWindow: FakeWindow,
  ipcMain: { handle: (ch: string, l: Listener) => recorded.ipc.set(ch, l) },
  ipcRenderer: {
    invoke: vi.fn(async (...args: unknown[]) => (recorded.invoked.push(args), { ok: true, result: 'x' })),
  },
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => recorded.exposed.set(key, api) },
  shell: {
    openExternal: (u: string) => (recorded.openedExternal.push(u), Promise.resolve()),
    openPath: (p: string) => (recorded.openedPaths.push(p), Promise.resolve('')),
  },
  dialog: {
    showSaveDialog: async () => ({ canceled: !recorded.saveDialogPath, filePath: recorded.saveDialogPath }),
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  },
  session: { defaultSession: new FakeSession() },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  Menu: { buildFromTemplate: (t: unknown) => t },
};
