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
import type { Store } from '../db/store';
import { ApiError } from '../shared/api/errors';
import type { HandlerContext } from './api/context';
import { toErrorShape } from './api/registry';
import { createRegistry } from './handlers';
import { createInProcessTransport } from './transports/in-process';
import { ExtractionService } from './import/run-extraction';
import { UndoHistory } from './evidence/undo';
import { JobRegistry } from './jobs';
import { UploadArea } from './uploads';
import { APP_VERSION } from './version';
import { AutomaticBackups, BackupService, DEFAULT_AUTOMATIC_BACKUPS, openWithBackups, type AutomaticBackupOptions } from './backups';

export interface Backend {
  readonly storePath: string;
  /** The store in use now: a restore replaces it (see `replaceStore` below). */
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
  /** Automatic backups (on start, daily); on by default. The CLI's own backup command turns them off. */
  backups?: Partial<AutomaticBackupOptions>;
}

/** How long a restore waits for calls already running (an import, an export) before giving up. */
const REPLACE_WAIT_MS = 20_000;

export async function createBackend(options: BackendOptions): Promise<Backend> {
  const registry = createRegistry();
  let context: HandlerContext | undefined;
  // Made before the store is opened, so that a backup before a migration joins the rotation.
  // It reads the store in use at the time of each task (after a restore, the restored one).
  const backups = new BackupService(path.resolve(options.storePath), () => context?.store ?? null);
  const store = await openWithBackups(options.storePath, backups);
  const events = new EventEmitter();
  events.setMaxListeners(100);
  const emit = <E extends EventName>(event: E, payload: EventMap[E]) => {
    events.emit(event, payload);
  };
  // Files on their way in are staged beside the store; anything left from a crash is cleared.
  const extraction = new ExtractionService();
  // Only a PDF or Word file will need the import worker; a CSV or a chart image never does.
  const uploads = new UploadArea(path.join(path.dirname(store.path), '.staging', path.basename(store.path)), (staged) => {
    if (/\.(pdf|docx)$/i.test(staged.fileName)) extraction.prewarm();
  });
  uploads.clear();

  // ---- Replacing the store while serving (a restore) -----------------------------------------
  // Calls run side by side whenever one awaits (an import reading its file, a backup copying),
  // though each handler's writes are one synchronous transaction. Replacing the store must run
  // alone: a call still running could otherwise write into the store about to be replaced (and
  // a change acknowledged to the clerk be lost with it) or use a connection already closed. So:
  //  1. `gate` is set: calls arriving from now on wait at the door, then run on the new store;
  //  2. the replacement waits for the calls already past the door to finish — all but one, the
  //     restore call itself — and gives up, changing nothing, if they take too long;
  //  3. the swap runs alone, and `context.store`, which every handler reads afresh on every
  //     call, is set to the new store (with its author; the undo history belonged to the old one);
  //  4. the door opens, and every window is told that everything changed.
  let gate: Promise<void> | null = null;
  let active = 0;
  const othersFinished = async () => {
    const until = Date.now() + REPLACE_WAIT_MS;
    while (active > 1) {
      if (Date.now() > until) {
        throw new ApiError('conflict', 'Something else is still running (an import or an export). Try again when it has finished; nothing was changed.');
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const replaceStore = async (swap: (current: Store) => Promise<Store>) => {
    if (gate) throw new ApiError('conflict', 'The store is already being replaced. Wait for that to finish.');
    const ctx = context!;
    let openDoor!: () => void;
    gate = new Promise<void>((resolve) => (openDoor = resolve));
    try {
      await othersFinished();
      const current = ctx.store;
      let next: Store;
      try {
        next = await swap(current);
      } catch (error) {
        // `swap` promises to leave the store open when it fails; should it not, reopen it here
        // rather than leave the backend holding a closed connection.
        if (!current.db.open) ctx.store = await openWithBackups(current.path, backups, false);
        throw error;
      }
      ctx.store = next;
      ctx.author = currentProfile(next.db);
      ctx.history = new UndoHistory();
    } finally {
      gate = null;
      openDoor();
    }
    emit('store.changed', { entities: [], investigationId: null });
  };

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
      backups,
      replaceStore,
    };
  } catch (error) {
    store.close();
    throw error;
  }
  const live = context;
  // Right after opening: the start-up backup runs in the background, so the first request is
  // not kept waiting for it (the online backup copies a few pages at a time between requests).
  const automatic = new AutomaticBackups(backups);
  automatic.start({ ...DEFAULT_AUTOMATIC_BACKUPS, ...options.backups });

  // Handlers that write do so in one synchronous transaction, so writes never interleave. Long
  // jobs (imports, backups) await between their steps; closing waits for those still running.
  const inFlight = new Set<Promise<unknown>>();
  let closed = false;

  const closing: CallResponse = { ok: false, error: { code: 'store_unavailable', message: 'The workbench is closing; try again after it restarts.' } };
  const backend: Backend = {
    storePath: store.path,
    get store() {
      return live.store;
    },
    uploads,
    dispatch(method, input) {
      if (closed) return Promise.resolve(closing);
      // With no replacement under way this calls the handler at once, exactly as before.
      const run = (async () => {
        while (gate) await gate;
        if (closed) return closing;
        active += 1;
        try {
          return await registry.dispatch(method, input, live);
        } finally {
          active -= 1;
        }
      })();
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
      // Any backup under way finishes before its store is closed; the daily timer stops.
      await automatic.stop();
      events.removeAllListeners();
      live.extraction.stop();
      uploads.clear();
      live.store.close();
    },
  };
  return backend;
}
