/**
 * Transport for the desktop app: the sandboxed preload's `window.scrutiny` bridge, which carries
 * the same `{method, input}` → CallResponse exchange over IPC.
 */
import type { CallResponse } from '../../../shared/api/contract';
import type { Transport } from '../../../shared/api/client';
import { ApiError, ERROR_CODES, type ErrorCode } from '../../../shared/api/errors';
import { failure, isCallResponse } from './wire';

export function createElectronTransport(bridge: ScrutinyBridge): Transport {
  return {
    async invoke(method: string, input: unknown): Promise<CallResponse> {
      try {
        const answer = await bridge.invoke(method, input);
        if (isCallResponse(answer)) return answer;
        return failure('internal', 'The desktop app sent back an answer it could not read. Restart the app and try again.');
      } catch {
        return failure('internal', 'The desktop app could not pass this request on. Restart the app and try again.');
      }
    },
    subscribe(event, listener) {
      return bridge.subscribe(event, (payload) => listener(payload as never));
    },
    async upload(fileName: string, bytes: Blob | ArrayBuffer): Promise<CallResponse> {
      if (!bridge.upload) {
        return failure('internal', 'This version of the desktop app cannot receive files. Update the app and try again.');
      }
      let buffer: ArrayBuffer;
      try {
        // Structured clone carries an ArrayBuffer over IPC; a Blob would arrive empty.
        buffer = bytes instanceof ArrayBuffer ? bytes : await bytes.arrayBuffer();
      } catch {
        return failure('invalid_input', `${fileName} could not be read. Check that the file is still there and try again.`);
      }
      try {
        const answer = await bridge.upload(fileName, buffer);
        if (isCallResponse(answer)) return answer;
        return failure('internal', 'The desktop app sent back an answer it could not read. Restart the app and try again.');
      } catch {
        return failure('internal', 'The desktop app could not receive this file. Restart the app and try again.');
      }
    },
  };
}

// ---- Saving and opening a finished Word export (desktop only) ---------------------------------

/** A Word export saved where the clerk chose, in this session. */
export interface SavedExport {
  /** Names the file to main for "Open in Word"; the page never sends a path. */
  savedId: string;
  /** Where it was saved, to show the clerk. */
  path: string;
}

export interface DesktopExportFiles {
  /** Shows the native save dialog (main's own); null when the clerk cancelled it. Throws ApiError. */
  saveAs(exportId: string, title: string, kind?: 'docx' | 'bundle'): Promise<SavedExport | null>;
  /** Opens a file saved by saveAs in the program for .docx files. Throws ApiError. */
  open(savedId: string): Promise<void>;
}

/** The bridge functions added for exports; absent from desktop builds older than Word export. */
interface ExportBridge {
  saveExport?(exportId: string, title: string, kind?: 'docx' | 'bundle'): Promise<unknown>;
  openExport?(savedId: string): Promise<unknown>;
}

/** What the desktop app offers for a finished export, or null when the bridge lacks it. */
export function createDesktopExportFiles(bridge: ScrutinyBridge): DesktopExportFiles | null {
  const exports = bridge as ScrutinyBridge & ExportBridge;
  if (typeof exports.saveExport !== 'function' || typeof exports.openExport !== 'function') return null;
  const saveExport = exports.saveExport.bind(bridge);
  const openExport = exports.openExport.bind(bridge);
  return {
    async saveAs(exportId, title, kind = 'docx') {
      const result = unwrap(await answer(() => saveExport(exportId, title, kind)));
      if (isSaved(result)) return { savedId: result.savedId, path: result.path };
      if (typeof result === 'object' && result !== null && (result as { saved?: unknown }).saved === false) return null;
      throw new ApiError('internal', 'The desktop app sent back an answer it could not read. Restart the app and try again.');
    },
    async open(savedId) {
      unwrap(await answer(() => openExport(savedId)));
    },
  };
}

/** Any failure to reach main becomes an ordinary error answer, as invoke() does. */
async function answer(send: () => Promise<unknown>): Promise<CallResponse> {
  try {
    const response = await send();
    if (isCallResponse(response)) return response;
    return failure('internal', 'The desktop app sent back an answer it could not read. Restart the app and try again.');
  } catch {
    return failure('internal', 'The desktop app could not pass this request on. Restart the app and try again.');
  }
}

function unwrap(response: CallResponse): unknown {
  if (response.ok) return response.result;
  const { code, message } = response.error;
  throw new ApiError((ERROR_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : 'internal', message);
}

function isSaved(value: unknown): value is { saved: true; savedId: string; path: string } {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { saved?: unknown; savedId?: unknown; path?: unknown };
  return candidate.saved === true && typeof candidate.savedId === 'string' && typeof candidate.path === 'string';
}
