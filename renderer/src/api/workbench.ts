/**
 * Chooses the transport once, at start: the Electron bridge when the preload exposed one,
 * otherwise the local HTTP host that served this page.
 */
import { createClient, type ApiClient } from '../../../shared/api/client';
import { createConnectionMonitor, type ConnectionMonitor } from './connection';
import { createElectronTransport } from './electron-transport';
import { createHttpTransport } from './http-transport';

export interface Workbench {
  api: ApiClient;
  connection: ConnectionMonitor;
  host: 'desktop' | 'browser';
}

export function connectWorkbench(): Workbench {
  const connection = createConnectionMonitor();
  const bridge = window.scrutiny;
  if (bridge) {
    return { api: createClient(createElectronTransport(bridge)), connection, host: 'desktop' };
  }
  return { api: createClient(createHttpTransport(connection)), connection, host: 'browser' };
}
