import { electronTransport } from './api/electron-transport';
import { httpTransport, readToken } from './api/http-transport';
import { setTransport } from './api/client';
import { browserPlatform } from './platform/browser';
import { electronPlatform } from './platform/electron';
import { setPlatform } from './platform/types';

/** Picks how the renderer reaches the core: the preload's `window.bhxh` in Electron, HTTP in a browser. */
export function boot(): 'electron' | 'browser' {
  const bridge = window.bhxh;
  if (bridge) {
    setTransport(electronTransport(bridge));
    setPlatform(electronPlatform(bridge));
    return 'electron';
  }
  setTransport(httpTransport(readToken()));
  setPlatform(browserPlatform());
  return 'browser';
}
