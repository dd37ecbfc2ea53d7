/**
 * Runs extraction and segmentation off the calling thread, in a worker, so a 300-page PDF never
 * freezes the desktop window (whose backend lives in Electron's main process) or the host.
 *
 * One worker is kept while imports keep coming (pdf.js then loads once) and stopped after a
 * minute of quiet. Jobs run one at a time. Cancelling, or a file that makes the reader crash or
 * exceed its memory, ends that worker at once; the next job starts a fresh one.
 */
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { ImportError, type ExtractedDocument, type SegmentedTranscript } from './types';
import type { WorkerReply, WorkerRequest } from './worker';

export interface ExtractionResult {
  document: Pick<ExtractedDocument, 'format' | 'warnings'>;
  segmented: SegmentedTranscript;
}

export interface ExtractionOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number | null) => void;
}

const IDLE_MS = 60_000;
/** A hostile file must not take the machine's memory with it. */
const WORKER_HEAP_MB = 1536;

/**
 * From TypeScript sources (tests, the CLI under tsx) the worker starts through a tiny bootstrap
 * that registers tsx; from the desktop bundle it is the bundled `import-worker.js` beside us.
 */
function startWorker(): Worker {
  const here = import.meta.url;
  const fromSources = here.endsWith('.ts');
  const url = fromSources ? new URL('./worker-bootstrap.mjs', here) : new URL('./import-worker.js', here);
  return new Worker(fileURLToPath(url), {
    workerData: { __entry: fromSources ? new URL('./worker.ts', here).href : null },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
}

function cancelled(): ImportError {
  return new ImportError('cancelled', 'Cancelled. Nothing was changed.');
}

export class ExtractionService {
  private worker: Worker | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();

  /** Queues one file; resolves with its pages and turns, or rejects with an ImportError. */
  run(request: WorkerRequest, options: ExtractionOptions = {}): Promise<ExtractionResult> {
    const job = this.queue.then(() => this.runNow(request, options));
    this.queue = job.catch(() => undefined);
    return job;
  }

  private runNow(request: WorkerRequest, options: ExtractionOptions): Promise<ExtractionResult> {
    return new Promise((resolve, reject) => {
      if (options.signal?.aborted) {
        reject(cancelled());
        return;
      }
      if (this.idleTimer) clearTimeout(this.idleTimer);
      const worker = (this.worker ??= startWorker());
      const id = this.nextId++;
      let settled = false;

      const cleanup = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        options.signal?.removeEventListener('abort', onAbort);
      };
      const succeed = (result: ExtractionResult) => {
        if (settled) return;
        settled = true;
        cleanup();
        this.idleTimer = setTimeout(() => this.stop(), IDLE_MS);
        this.idleTimer.unref();
        resolve(result);
      };
      /** Fails the job; `kill` ends the worker too (it may be stuck or spent). */
      const fail = (error: ImportError, kill: boolean) => {
        if (settled) return;
        settled = true;
        cleanup();
        if (kill) this.stop();
        reject(error);
      };

      const onMessage = (reply: WorkerReply) => {
        if (reply.id !== id) return;
        if (reply.type === 'progress') options.onProgress?.(reply.done, reply.total);
        else if (reply.type === 'done') succeed(reply.result);
        else fail(new ImportError(reply.reason as ImportError['reason'], reply.message), false);
      };
      const onError = (error: Error) => {
        const message = /heap|memory/i.test(error.message)
          ? 'This file needs more memory than the workbench allows for one import, so it was not imported.'
          : `The file could not be read (${error.message}).`;
        fail(new ImportError('corrupt', message), true);
      };
      const onExit = (code: number) => fail(new ImportError('corrupt', `The file could not be read (the reader stopped with code ${code}).`), true);
      const onAbort = () => fail(cancelled(), true);

      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      options.signal?.addEventListener('abort', onAbort);
      // The bytes are a copy the caller handed over; transferring them avoids a second copy.
      worker.postMessage({ ...request, id }, [request.bytes.buffer as ArrayBuffer]);
    });
  }

  /** Starts the worker ahead of an import (it warms pdf.js as it starts). */
  prewarm(): void {
    if (this.worker) return;
    this.worker = startWorker();
    this.idleTimer = setTimeout(() => this.stop(), IDLE_MS);
    this.idleTimer.unref();
  }

  /** Ends the worker (idle, cancelled, or the backend is closing). */
  stop(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const worker = this.worker;
    this.worker = null;
    if (worker) void worker.terminate();
  }
}
