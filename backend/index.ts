/**
 * The backend: the store plus every handler, behind one `dispatch` door.
 *
 * Node only; never imports Electron or the DOM. The desktop shell, the local HTTP host, the CLI and
 * the tests all create one of these and send calls through `dispatch` (or the typed `client`).
 */
import { EventEmitter } from 'node:events';
import path from 'node:path';
import type { EventMap, EventName, CallResponse } from '../shared/api/contract';
import { createClient, type ApiClient } from '../shared/api/client';
import { currentProfile } from '../db/repositories/profiles';
import { openStore, type Store } from '../db/store';
import type { HandlerContext } from './api/context';
import { toErrorShape } from './api/registry';
import { createRegistry } from './handlers';
import { createInProcessTransport } from './transports/in-process';
import { ExtractionService } from './import/run-extraction';
import { UndoHistory } from './evidence/undo';
import { JobRegistry } from './jobs';
import { UploadArea } from './uploads';
import { APP_VERSION } from './version';

export interface Backend {
  readonly storePath: string;
  readonly store: Store;
  /** Validates and runs one call. Never throws: failures come back as `{ok:false,error}`. */
  dispatch(method: string, input: unknown): Promise<CallResponse>;
  /** Stages a file's bytes for a later import; answers `{ok, result: UploadedFile}`. Never throws. */
  upload(fileName: string, bytes: Uint8Array): Promise<CallResponse>;
  /** A typed client over the in-process transport (tests, CLI). */
  readonly client: ApiClient;
  /** Where transports put uploaded files; calls then refer to them by upload id. */
  readonly uploads: UploadArea;
  subscribe<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void;
  /** Pushes an event to every subscriber (the desktop menu uses this for `app.command`). */
  emit<E extends EventName>(event: E, payload: EventMap[E]): void;
  close(): Promise<void>;
}

export interface BackendOptions {
  storePath: string;
  appVersion?: string;
}

export async function createBackend(options: BackendOptions): Promise<Backend> {
  const registry = createRegistry();
  const store = await openStore(options.storePath);
  const events = new EventEmitter();
  events.setMaxListeners(100);
  const emit = <E extends EventName>(event: E, payload: EventMap[E]) => {
    events.emit(event, payload);
  };
  // Files on their way in are staged beside the store; anything left from a crash is cleared.
  const extraction = new ExtractionService();
  const uploads = new UploadArea(path.join(path.dirname(store.path), '.staging', path.basename(store.path)), () => extraction.prewarm());
  uploads.clear();
  let context: HandlerContext;
  try {
    context = {
      store,
      author: currentProfile(store.db),
      appVersion: options.appVersion ?? APP_VERSION,
      emit,
      jobs: new JobRegistry((payload) => emit('job.progress', payload)),
      uploads,
      extraction,
      history: new UndoHistory(),
      reimporting: new Set(),
    };
  } catch (error) {
    store.close();
    throw error;
  }

  // Handlers that write do so in one synchronous transaction, so writes never interleave. Long
  // jobs (imports, backups) await between their steps; closing waits for those still running.
  const inFlight = new Set<Promise<unknown>>();
  let closed = false;

  const backend: Backend = {
    storePath: store.path,
    store,
    uploads,
    dispatch(method, input) {
      if (closed) {
        return Promise.resolve({ ok: false, error: { code: 'store_unavailable', message: 'The workbench is closing; try again after it restarts.' } });
      }
      const run = registry.dispatch(method, input, context);
      inFlight.add(run);
      void run.finally(() => inFlight.delete(run));
      return run;
    },
    async upload(fileName, bytes) {
      try {
        const staged = await uploads.stageBytes(fileName, bytes);
        return { ok: true, result: { uploadId: staged.uploadId, fileName: staged.fileName, size: staged.size } };
      } catch (error) {
        return { ok: false, error: toErrorShape(error) };
      }
    },
    get client() {
      return createClient(createInProcessTransport(backend));
    },
    subscribe(event, listener) {
      events.on(event, listener);
      return () => events.off(event, listener);
    },
    emit,
    async close() {
      if (closed) return;
      closed = true;
      await Promise.allSettled([...inFlight]);
      events.removeAllListeners();
      context.extraction.stop();
      uploads.clear();
      store.close();
    },
  };
  return backend;
}
