/**
 * Transport for the local browser host: same-origin `POST /api/call`, `POST /api/upload?name=…`
 * for a file's bytes, and server-sent events from `/api/events`. Authentication is an HttpOnly cookie the host set when the page was first opened
 * with its token, so every request goes with `credentials: 'same-origin'` and nothing here ever
 * sees the token.
 */
import type { CallResponse, EventMap, EventName } from '../../../shared/api/contract';
import type { Transport } from '../../../shared/api/client';
import type { ConnectionMonitor } from './connection';
import { EVENT_NAMES, failure, isCallResponse } from './wire';

export const HOST_STOPPED_MESSAGE = 'The workbench host has stopped. Start it again with npm start.';
export const HOST_REFUSED_MESSAGE =
  'This page is no longer connected to the workbench host (it was probably restarted). Open the address that npm start printed.';

const CALL_URL = '/api/call';
const UPLOAD_URL = '/api/upload';
const EVENTS_URL = '/api/events';
/** How often to look for the host again while it is unreachable. */
const RETRY_MS = 5000;

type AnyListener = (payload: unknown) => void;

export function createHttpTransport(connection: ConnectionMonitor): Transport {
  const listeners = new Map<EventName, Set<AnyListener>>();
  let source: EventSource | null = null;
  let retryTimer: number | null = null;
  let hadError = false;

  async function invoke(method: string, input: unknown): Promise<CallResponse> {
    let response: Response;
    try {
      response = await fetch(CALL_URL, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ method, input }),
      });
    } catch {
      // fetch rejects only when nothing answered: the host process is gone.
      connection.set('stopped');
      scheduleProbe();
      return failure('store_unavailable', HOST_STOPPED_MESSAGE);
    }

    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return failure('internal', `The workbench host sent back an answer it could not read (HTTP ${response.status}).`);
    }
    if (!isCallResponse(body)) {
      return failure('internal', `The workbench host sent back an answer it could not read (HTTP ${response.status}).`);
    }
    if (!body.ok && body.error.code === 'unauthorised') {
      connection.set('unauthorised');
      return failure('unauthorised', HOST_REFUSED_MESSAGE);
    }
    connection.set('connected');
    return body;
  }

  /**
   * Sends a file's raw bytes to the host's staging area. The answer is a CallResponse whatever the
   * HTTP status (413 when the file is over the import limit), read as JSON like a call's.
   */
  async function upload(fileName: string, bytes: Blob | ArrayBuffer): Promise<CallResponse> {
    let response: Response;
    try {
      response = await fetch(`${UPLOAD_URL}?name=${encodeURIComponent(fileName)}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/octet-stream' },
        body: bytes,
      });
    } catch {
      connection.set('stopped');
      scheduleProbe();
      return failure('store_unavailable', HOST_STOPPED_MESSAGE);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    if (!isCallResponse(body)) {
      if (response.status === 413) {
        return failure('payload_too_large', `${fileName} is too large to import. Ask for a smaller copy (a PDF without scanned images, for example).`);
      }
      return failure('internal', `The workbench host sent back an answer it could not read (HTTP ${response.status}).`);
    }
    if (!body.ok && body.error.code === 'unauthorised') {
      connection.set('unauthorised');
      return failure('unauthorised', HOST_REFUSED_MESSAGE);
    }
    connection.set('connected');
    return body;
  }

  /** While the host is unreachable, ask again now and then so the banner clears by itself. */
  function scheduleProbe(): void {
    if (retryTimer !== null) return;
    retryTimer = window.setTimeout(() => {
      retryTimer = null;
      void invoke('app.info', {}).then((answer) => {
        if (answer.ok) {
          ensureSource();
          notifyReconnected();
        } else if (connection.get() !== 'connected') {
          scheduleProbe();
        }
      });
    }, RETRY_MS);
  }

  /** Events may have been missed while disconnected; tell views to reload. */
  function notifyReconnected(): void {
    const payload: EventMap['store.changed'] = { entities: [], investigationId: null };
    for (const listener of listeners.get('store.changed') ?? []) listener(payload);
  }

  function ensureSource(): void {
    if (source !== null || typeof EventSource === 'undefined') return;
    const current = new EventSource(EVENTS_URL, { withCredentials: true });
    source = current;
    for (const name of EVENT_NAMES) {
      current.addEventListener(name, (event) => {
        let payload: unknown;
        try {
          payload = JSON.parse((event as MessageEvent<string>).data);
        } catch {
          return; // A malformed event is ignored rather than allowed to break the page.
        }
        for (const listener of listeners.get(name) ?? []) listener(payload);
      });
    }
    current.addEventListener('open', () => {
      if (hadError) {
        hadError = false;
        connection.set('connected');
        notifyReconnected();
      }
    });
    current.addEventListener('error', () => {
      hadError = true;
      if (current.readyState === EventSource.CLOSED) {
        // The host refused the stream (e.g. a new token); stop and let the probe decide.
        current.close();
        if (source === current) source = null;
      }
      // Find out whether the host is gone or merely restarting the stream.
      void invoke('app.info', {}).then((answer) => {
        if (!answer.ok) scheduleProbe();
        else if (source === null) window.setTimeout(ensureSource, RETRY_MS);
      });
    });
  }

  return {
    invoke,
    upload,
    subscribe(event, listener) {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      const wrapped = listener as AnyListener;
      set.add(wrapped);
      ensureSource();
      return () => {
        set.delete(wrapped);
      };
    },
  };
}
