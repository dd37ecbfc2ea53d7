/**
 * The import worker: bytes in, pages and speaker turns out. Pure work, no store. It stays alive
 * between imports (pdf.js loads once) and answers one request at a time, matched by id.
 */
import { parentPort } from 'node:worker_threads';
import { extractTranscript, preparePdfExtraction } from './extract';
import { segmentTranscript } from './segment';
import { ImportError, type SegmentedTranscript, type TranscriptFormat } from './types';

export interface WorkerRequest {
  bytes: Uint8Array;
  fileName: string;
}

export type WorkerReply =
  | { id: number; type: 'progress'; done: number; total: number | null }
  | { id: number; type: 'done'; result: { document: { format: TranscriptFormat; warnings: string[] }; segmented: SegmentedTranscript } }
  | { id: number; type: 'error'; reason: string; message: string };

const port = parentPort;
// Load and warm pdf.js as soon as the worker starts (while the clerk picks a meeting), so the
// import itself does not pay for it. A failure here resurfaces, with its message, on first use.
void preparePdfExtraction().catch(() => undefined);
port?.on('message', (request: WorkerRequest & { id: number }) => {
  const { id } = request;
  void (async () => {
    try {
      const document = await extractTranscript(request.bytes, request.fileName, {
        onProgress: (done, total) => port.postMessage({ id, type: 'progress', done, total } satisfies WorkerReply),
      });
      const segmented = segmentTranscript(document);
      port.postMessage({ id, type: 'done', result: { document: { format: document.format, warnings: document.warnings }, segmented } } satisfies WorkerReply);
    } catch (error) {
      const reply: WorkerReply =
        error instanceof ImportError
          ? { id, type: 'error', reason: error.reason, message: error.message }
          : { id, type: 'error', reason: 'corrupt', message: `The file could not be read (${(error as Error)?.message ?? String(error)}).` };
      port.postMessage(reply);
    }
  })();
});
