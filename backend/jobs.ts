/**
 * Long jobs (imports now; exports and merges later): each has an id the client chooses, reports
 * progress as `job.progress` events, and can be cancelled with `jobs.cancel`.
 */
import { ApiError } from '../shared/api/errors';
import type { EventMap } from '../shared/api/contract';

export interface Job {
  readonly id: string;
  readonly signal: AbortSignal;
  progress(label: string, done: number, total: number | null): void;
  /** Throws `cancelled` if the user has cancelled. Call between steps. */
  checkCancelled(): void;
}

export class JobRegistry {
  private readonly running = new Map<string, AbortController>();
  /** Cancels that arrived before their job started (the page may cancel during the upload). */
  private readonly cancelledEarly = new Set<string>();

  constructor(private readonly emit: (payload: EventMap['job.progress']) => void) {}

  async run<T>(jobId: string, work: (job: Job) => Promise<T>): Promise<T> {
    if (this.running.has(jobId)) throw new ApiError('conflict', 'That job is already running.');
    const controller = new AbortController();
    this.running.set(jobId, controller);
    if (this.cancelledEarly.delete(jobId)) controller.abort();
    const job: Job = {
      id: jobId,
      signal: controller.signal,
      progress: (label, done, total) => this.emit({ jobId, label, done, total }),
      checkCancelled: () => {
        if (controller.signal.aborted) throw new ApiError('cancelled', 'Cancelled. Nothing was changed.');
      },
    };
    try {
      return await work(job);
    } finally {
      this.running.delete(jobId);
    }
  }

  /**
   * Tells a job to stop. A job that has not started yet is stopped as soon as it does. Returns
   * true if the job was running.
   */
  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    if (controller) {
      controller.abort();
      return true;
    }
    this.cancelledEarly.add(jobId);
    // Keep only recent early cancels; ids are random, so old ones can never match again.
    if (this.cancelledEarly.size > 100) this.cancelledEarly.delete(this.cancelledEarly.values().next().value!);
    return false;
  }
}
