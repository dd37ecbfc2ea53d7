/**
 * Sandboxed preload (built to out/preload/index.cjs). Exposes `window.scrutiny` with exactly
 * `invoke` and `subscribe`; ipcRenderer itself is never exposed.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

const bridge = createBridge(ipcRenderer);

contextBridge.exposeInMainWorld('scrutiny', {
  invoke: (method: string, input: unknown) => bridge.invoke(method, input),
  subscribe: (event: string, listener: (payload: unknown) => void) => bridge.subscribe(event, listener),
});
