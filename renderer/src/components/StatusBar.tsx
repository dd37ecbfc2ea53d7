/**
 * The foot of the window: which store is open and who is recorded as the author of changes
 * (every row carries an author), plus the progress of any long job.
 */
import { useEffect, useState } from 'react';
import type { EventMap } from '../../../shared/api/contract';
import { useApi } from '../api/WorkbenchContext';
import { useApiQuery } from '../hooks/useApiQuery';

/** How long a job may stay silent before the status bar stops showing it. */
const JOB_QUIET_MS = 15_000;

export function StatusBar() {
  const api = useApi();
  const info = useApiQuery('app-info', (client) => client.call('app.info', {}));
  const [job, setJob] = useState<EventMap['job.progress'] | null>(null);

  useEffect(() => {
    let quiet: number | null = null;
    const clearLater = () => {
      if (quiet !== null) window.clearTimeout(quiet);
      // A job that reports no end (its last step has no total) is taken as finished once it goes quiet.
      quiet = window.setTimeout(() => setJob(null), JOB_QUIET_MS);
    };
    const offProgress = api.subscribe('job.progress', (progress) => {
      setJob(progress.total !== null && progress.done >= progress.total ? null : progress);
      clearLater();
    });
    // A finished import changes the store: whatever it was doing is done.
    const offChanged = api.subscribe('store.changed', () => setJob(null));
    return () => {
      offProgress();
      offChanged();
      if (quiet !== null) window.clearTimeout(quiet);
    };
  }, [api]);

  return (
    <footer className="status-bar">
      {info.data ? (
        <dl className="status-bar__facts">
          <div>
            <dt>Store</dt>
            <dd className="status-bar__path" title={info.data.storePath}>
              {info.data.storePath}
            </dd>
          </div>
          <div>
            <dt>Author</dt>
            <dd>{info.data.authorName}</dd>
          </div>
          <div>
            <dt>Version</dt>
            <dd>
              {info.data.appVersion} (store schema {info.data.schemaVersion})
            </dd>
          </div>
        </dl>
      ) : (
        <p>{info.error ? 'Store details are not available.' : 'Reading store details…'}</p>
      )}
      {job ? (
        <p className="status-bar__job">
          {job.label}
          {job.total !== null ? ` — ${job.done} of ${job.total}` : ''}
          {job.total !== null ? <progress max={job.total} value={job.done} aria-label={job.label} /> : null}
        </p>
      ) : null}
    </footer>
  );
}
