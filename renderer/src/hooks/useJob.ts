/**
 * A long backend job the page starts and can cancel (a transcript import, a corrected version, a
 * Word export). The page chooses the job's id, so it can follow the job's `job.progress` events
 * and cancel it even before the call that runs it has returned (the backend remembers a cancel
 * that arrives before its job starts, so one request is enough).
 */
import { useCallback, useRef } from 'react';
import type { EventMap } from '../../../shared/api/wire';
import { ApiError } from '../../../shared/api/errors';
import { useApi } from '../api/WorkbenchContext';

/** A job id the backend accepts: a UUID, made with the best randomness the page has. */
export function newJobId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface RunningJob {
  id: string;
  /** Throws ApiError 'cancelled' with `message` once Cancel has been pressed: call it between steps. */
  stopIfCancelled(message: string): void;
}

export function useJob() {
  const api = useApi();
  const current = useRef<{ id: string; cancelled: boolean } | null>(null);

  /** Runs `work` as one job, passing its progress events to `onProgress` until it ends. */
  const run = useCallback(
    async <T>(onProgress: (progress: EventMap['job.progress']) => void, work: (job: RunningJob) => Promise<T>): Promise<T> => {
      const state = { id: newJobId(), cancelled: false };
      current.current = state;
      const unsubscribe = api.subscribe('job.progress', (progress) => {
        if (progress.jobId === state.id) onProgress(progress);
      });
      try {
        return await work({
          id: state.id,
          stopIfCancelled(message) {
            if (state.cancelled) throw new ApiError('cancelled', message);
          },
        });
      } finally {
        unsubscribe();
        if (current.current === state) current.current = null;
      }
    },
    [api],
  );

  /** Asks the backend to stop the running job, if there is one. */
  const cancel = useCallback(async (): Promise<void> => {
    const running = current.current;
    if (!running) return;
    running.cancelled = true;
    try {
      await api.call('jobs.cancel', { jobId: running.id });
    } catch {
      // The job's own call reports how it ended.
    }
  }, [api]);

  return { run, cancel };
}
