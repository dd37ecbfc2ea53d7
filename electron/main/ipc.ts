/**
 * The IPC bridge between the window and the backend: one channel for calls, one for events.
 *
 * Calls arrive on `scrutiny:invoke` as (method, input). Before anything reaches the backend,
 * screenInvoke() checks that the sender is the main frame of our window showing an app://
 * page, that the method is a name and that the input is within MAX_PAYLOAD_BYTES; refusals
 * come back as ordinary `{ok:false, error}` responses. The backend validates the input against
 * the contract itself.
 *
 * Events go out on `scrutiny:event` as (eventName, payload) to the current window: everything the
 * backend pushes (store.changed, job.progress…) and app.command from the native menu.
 *
 * A finished Word export is saved with `scrutiny:save-export` (exportId, title): main shows the
 * native save dialog and has the backend copy the export there atomically; the page never sends a
 * path. `scrutiny:open-export` (savedId) opens a file saved that way, and nothing else. The rules
 * are in export-files.ts.
 */
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { app, dialog, ipcMain, shell, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { Backend } from '../../backend';
import { EVENT_NAMES, type AppCommand, type CallResponse, type EventMap, type EventName } from '../../shared/api/contract';
import { MAX_UPLOAD_BYTES } from '../../backend/uploads';
import { copyBundleTo } from '../../backend/bundles/bundle-area';
import { copyExportTo } from '../../backend/export';
import { EVENT_CHANNEL, INVOKE_CHANNEL, UPLOAD_CHANNEL, failure, isTrustedSender, screenInvoke, type SenderFacts } from './security';
import {
  OPEN_EXPORT_CHANNEL,
  SAVE_EXPORT_CHANNEL,
  SavedExports,
  describeOpenResult,
  describeSaveFailure,
  parseOpenRequest,
  parseSaveRequest,
  resolveSaveTarget,
  saveDialogOptions,
} from './export-files';

export type WindowGetter = () => BrowserWindow | null;

function senderFacts(event: IpcMainInvokeEvent): SenderFacts | null {
  try {
    // Null when the frame has navigated away or gone since it sent the message.
    const frame = event.senderFrame;
    if (!frame) return null;
    const main = event.sender.mainFrame;
    return {
      frameUrl: frame.url,
      isMainFrame: frame.parent === null && frame.processId === main.processId && frame.routingId === main.routingId,
      detached: frame.detached,
      webContentsId: event.sender.id,
    };
  } catch {
    return null;
  }
}

function trustedWebContentsId(getWindow: WindowGetter): number | null {
  const window = getWindow();
  if (!window || window.isDestroyed()) return null;
  return window.webContents.id;
}

/** Sends an event to the window, if there is one that can receive it. */
export function sendEvent<E extends EventName>(getWindow: WindowGetter, event: E, payload: EventMap[E]): void {
  const window = getWindow();
  if (!window || window.isDestroyed() || window.webContents.isDestroyed()) return;
  window.webContents.send(EVENT_CHANNEL, event, payload);
}

export function sendAppCommand(getWindow: WindowGetter, command: AppCommand): void {
  sendEvent(getWindow, 'app.command', { command });
}

/** Registers the call handler and forwards backend events. Returns a function that undoes both. */
export function registerIpc(backend: Backend, getWindow: WindowGetter): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, input: unknown): Promise<CallResponse> => {
    const refusal = screenInvoke(senderFacts(event), trustedWebContentsId(getWindow), method, input);
    if (refusal) return refusal;
    try {
      return await backend.dispatch(method as string, input);
    } catch {
      // The backend promises never to throw; if it does, the window still gets an answer.
      return failure('internal', 'Something went wrong inside the workbench, so that was not done. Please try again.');
    }
  });

  // A file's bytes for an import, from our own main frame only, within the import size limit.
  ipcMain.handle(UPLOAD_CHANNEL, async (event, fileName: unknown, bytes: unknown): Promise<CallResponse> => {
    if (!isTrustedSender(senderFacts(event), trustedWebContentsId(getWindow))) {
      return failure('unauthorised', 'That request did not come from the workbench window, so it was refused.');
    }
    if (typeof fileName !== 'string' || !(bytes instanceof ArrayBuffer || ArrayBuffer.isView(bytes))) {
      return failure('invalid_input', 'Only a named file can be sent to the workbench.');
    }
    const data = bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (data.byteLength > MAX_UPLOAD_BYTES) {
      return failure('payload_too_large', `That file is too large to import (the limit is ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB).`);
    }
    return backend.upload(fileName, data);
  });

  const disposeExportFiles = registerExportFileIpc(backend, getWindow);

  // Every event the backend pushes goes to the window as it is. (The menu's app.command events are
  // sent straight to the window by sendAppCommand, not through the backend.)
  const unsubscribes = EVENT_NAMES.map((name) =>
    backend.subscribe(name, (payload) => sendEvent(getWindow, name, payload)),
  );

  return () => {
    ipcMain.removeHandler(INVOKE_CHANNEL);
    ipcMain.removeHandler(UPLOAD_CHANNEL);
    disposeExportFiles();
    for (const unsubscribe of unsubscribes) unsubscribe();
  };
}

const REFUSED_SENDER = 'That request did not come from the workbench window, so it was refused.';

/** Where the save dialog starts; the dialog's own default when the system has no Documents folder. */
function documentsFolder(): string {
  try {
    return app.getPath('documents');
  } catch {
    return '';
  }
}

/** "Save as…" and "Open in Word" for finished exports. Returns a function that removes both handlers. */
function registerExportFileIpc(backend: Backend, getWindow: WindowGetter): () => void {
  const saved = new SavedExports(randomUUID);
  // One dialog at a time: a second click while the first dialog is open would stack another.
  let saving = false;

  ipcMain.handle(SAVE_EXPORT_CHANNEL, async (event, exportId: unknown, title: unknown, kind: unknown): Promise<CallResponse> => {
    if (!isTrustedSender(senderFacts(event), trustedWebContentsId(getWindow))) return failure('unauthorised', REFUSED_SENDER);
    const request = parseSaveRequest(exportId, title, kind ?? 'docx');
    if (!request.ok) return request.response;
    if (saving) return failure('conflict', 'A save dialog is already open. Finish with it first.');
    saving = true;
    try {
      const options = saveDialogOptions(documentsFolder(), request.defaultFileName, request.kind);
      const window = getWindow();
      const choice = window && !window.isDestroyed() ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { ok: true, result: { saved: false } };
      const target = resolveSaveTarget(choice.filePath, existsSync, request.kind);
      if (!target.ok) return target.response;
      try {
        const copied =
          request.kind === 'bundle' ? copyBundleTo(backend.storePath, request.exportId, target.path) : await copyExportTo(backend, request.exportId, target.path);
        return { ok: true, result: { saved: true, savedId: saved.remember(copied.path), path: copied.path, bytes: copied.bytes } };
      } catch (error) {
        return describeSaveFailure(target.path, error);
      }
    } finally {
      saving = false;
    }
  });

  ipcMain.handle(OPEN_EXPORT_CHANNEL, async (event, savedId: unknown): Promise<CallResponse> => {
    if (!isTrustedSender(senderFacts(event), trustedWebContentsId(getWindow))) return failure('unauthorised', REFUSED_SENDER);
    const request = parseOpenRequest(savedId, saved);
    if (!request.ok) return request.response;
    if (!existsSync(request.path)) {
      return failure('not_found', 'That document is no longer where it was saved (it may have been moved or deleted). Save it again.');
    }
    return describeOpenResult(request.path, await shell.openPath(request.path));
  });

  return () => {
    ipcMain.removeHandler(SAVE_EXPORT_CHANNEL);
    ipcMain.removeHandler(OPEN_EXPORT_CHANNEL);
  };
}
