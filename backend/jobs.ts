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

  constructor(private readonly emit: (payload: EventMap['job.progress']) => void) {}

  async run<T>(jobId: string, work: (job: Job) => Promise<T>): Promise<T> {
    if (this.running.has(jobId)) throw new ApiError('conflict', 'That job is already running.');
    const controller = new AbortController();
    this.running.set(jobId, controller);
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

  /** True if a job of that id was running and has been told to stop. */
  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    controller?.abort();
    return controller !== undefined;
  }
}
