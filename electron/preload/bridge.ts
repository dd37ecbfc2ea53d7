/**
 * The page-facing API the preload exposes as `window.scrutiny`, built over an ipcRenderer-like
 * object so it can be tested without Electron. Imports nothing: a sandboxed preload can only
 * `require('electron')`, so everything else is inlined by the bundler.
 *
 * Only three functions reach the page:
 *   invoke(method, input) → Promise<CallResponse>   (never rejects)
 *   subscribe(event, listener) → unsubscribe         (known event names only)
 *   upload(fileName, bytes) → Promise<CallResponse>  (a file's bytes for an import; never rejects)
 *   saveExport(exportId, title) → Promise<CallResponse>  ("Save as…" for a finished Word export:
 *                                                    main shows the native dialog; never rejects)
 *   openExport(savedId) → Promise<CallResponse>      (opens a file main saved; never rejects)
 * The IpcRendererEvent (which carries `sender`, i.e. ipcRenderer itself) never reaches the page.
 */

/** Must match the channels in electron/main/security.ts (a test checks). */
export const INVOKE_CHANNEL = 'scrutiny:invoke';
export const EVENT_CHANNEL = 'scrutiny:event';
export const UPLOAD_CHANNEL = 'scrutiny:upload';
/** Must match electron/main/export-files.ts (a test checks). */
export const SAVE_EXPORT_CHANNEL = 'scrutiny:save-export';
export const OPEN_EXPORT_CHANNEL = 'scrutiny:open-export';

/** Must match EVENT_NAMES in shared/api/contract.ts (a test checks). Hard-coded so the preload imports nothing. */
export const KNOWN_EVENTS: readonly string[] = Object.freeze(['store.changed', 'job.progress', 'app.command']);

const MAX_METHOD_NAME_LENGTH = 200;

/** The part of ipcRenderer the bridge uses. */
export interface IpcLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

type ErrorResponse = { ok: false; error: { code: string; message: string } };

export interface ScrutinyBridge {
  invoke(method: string, input: unknown): Promise<unknown>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
  upload(fileName: string, bytes: ArrayBuffer): Promise<unknown>;
  /** Asks main to save a finished export where the clerk chooses (main's own dialog: no path crosses from the page). */
  saveExport(exportId: string, title: string, kind?: 'docx' | 'bundle'): Promise<unknown>;
  /** Asks main to open a file it saved, by the id it answered with. */
  openExport(savedId: string): Promise<unknown>;
}

/** Longest export id, saved-file id or title the bridge passes on; main checks each properly. */
const MAX_ID_LENGTH = 128;
const MAX_TITLE_LENGTH = 2000;

function failure(code: string, message: string): ErrorResponse {
  return { ok: false, error: { code, message } };
}

export function createBridge(ipc: IpcLike): ScrutinyBridge {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let attached = false;

  // One IPC listener for all subscriptions; the event object is dropped here.
  const onEvent = (_event: unknown, name: unknown, payload: unknown) => {
    if (typeof name !== 'string') return;
    const set = listeners.get(name);
    if (!set) return;
    for (const listener of [...set]) {
      try {
        listener(payload);
      } catch (error) {
        console.error(error);
      }
    }
  };

  function attach(): void {
    if (attached) return;
    ipc.on(EVENT_CHANNEL, onEvent);
    attached = true;
  }

  function detachIfIdle(): void {
    if (!attached || listeners.size > 0) return;
    ipc.removeListener(EVENT_CHANNEL, onEvent);
    attached = false;
  }

  return {
    invoke(method: string, input: unknown): Promise<unknown> {
      if (typeof method !== 'string' || method.length === 0 || method.length > MAX_METHOD_NAME_LENGTH) {
        return Promise.resolve(failure('unknown_method', 'The workbench was asked to do something it does not know how to do.'));
      }
      return ipc.invoke(INVOKE_CHANNEL, method, input).catch(() =>
        // Usually: the input held something that cannot be sent (a function, a DOM node).
        failure('invalid_input', 'That request contains something that cannot be sent to the workbench.'),
      );
    },

    upload(fileName: string, bytes: ArrayBuffer): Promise<unknown> {
      if (typeof fileName !== 'string' || fileName.length === 0 || fileName.length > 1000) {
        return Promise.resolve(failure('invalid_input', 'A file to send needs a name.'));
      }
      if (!(bytes instanceof ArrayBuffer)) {
        return Promise.resolve(failure('invalid_input', 'Only a file’s contents can be sent to the workbench.'));
      }
      return ipc.invoke(UPLOAD_CHANNEL, fileName, bytes).catch(() =>
        failure('invalid_input', 'That file could not be sent to the workbench.'),
      );
    },

    saveExport(exportId: string, title: string, kind: 'docx' | 'bundle' = 'docx'): Promise<unknown> {
      if (kind !== 'docx' && kind !== 'bundle') return Promise.resolve(failure('invalid_input', 'The workbench can save a Word document or a bundle, nothing else.'));
      if (typeof exportId !== 'string' || exportId.length === 0 || exportId.length > MAX_ID_LENGTH) {
        return Promise.resolve(failure('invalid_input', 'That is not an export the workbench made.'));
      }
      if (typeof title !== 'string' || title.length > MAX_TITLE_LENGTH) {
        return Promise.resolve(failure('invalid_input', 'The report’s title could not be read.'));
      }
      return ipc.invoke(SAVE_EXPORT_CHANNEL, exportId, title, kind).catch(() =>
        failure('internal', 'The desktop app could not save the document. Restart the app and try again.'),
      );
    },

    openExport(savedId: string): Promise<unknown> {
      if (typeof savedId !== 'string' || savedId.length === 0 || savedId.length > MAX_ID_LENGTH) {
        return Promise.resolve(failure('invalid_input', 'That is not a document saved from the workbench.'));
      }
      return ipc.invoke(OPEN_EXPORT_CHANNEL, savedId).catch(() =>
        failure('internal', 'The desktop app could not open the document. Open it from its folder instead.'),
      );
    },

    subscribe(event: string, listener: (payload: unknown) => void): () => void {
      if (typeof event !== 'string' || !KNOWN_EVENTS.includes(event)) {
        throw new TypeError(`There is no event called ${String(event)}.`);
      }
      if (typeof listener !== 'function') {
        throw new TypeError('subscribe needs a function to call when the event happens.');
      }
      // Each subscription is its own entry, so subscribing the same function twice needs two unsubscribes.
      const wrapped = (payload: unknown) => listener(payload);
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      set.add(wrapped);
      attach();

      let active = true;
      return () => {
        if (!active) return;
        active = false;
        const current = listeners.get(event);
        current?.delete(wrapped);
        if (current && current.size === 0) listeners.delete(event);
        detachIfIdle();
      };
    },
  };
}
