/**
 * Sandboxed preload (built to out/preload/index.cjs). Exposes `window.scrutiny` with exactly the
 * bridge's functions (invoke, subscribe, upload, saveExport, openExport); ipcRenderer itself is
 * never exposed.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

const bridge = createBridge(ipcRenderer);

contextBridge.exposeInMainWorld('scrutiny', {
  invoke: (method: string, input: unknown) => bridge.invoke(method, input),
  subscribe: (event: string, listener: (payload: unknown) => void) => bridge.subscribe(event, listener),
  upload: (fileName: string, bytes: ArrayBuffer) => bridge.upload(fileName, bytes),
  saveExport: (exportId: string, title: string, kind?: 'docx' | 'bundle') => bridge.saveExport(exportId, title, kind),
  openExport: (savedId: string) => bridge.openExport(savedId),
});
