/**
 * Backing up and checking the store: reachable from the desktop menu (app.command) and from the
 * Export area, with the result shown in a dialog so the clerk can read where the backup went.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { StoreCheck } from '../../../shared/domain/types';
import { useApi } from '../api/WorkbenchContext';
import { describeError } from '../hooks/useSubmit';
import { Modal } from './Modal';

interface StoreActions {
  backup: () => void;
  check: () => void;
}

const StoreActionsContext = createContext<StoreActions>({ backup: () => {}, check: () => {} });

type Result<T> = { state: 'running' } | { state: 'done'; value: T } | { state: 'failed'; message: string };

export function StoreActionsProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [backup, setBackup] = useState<Result<{ path: string; bytes: number }> | null>(null);
  const [check, setCheck] = useState<Result<StoreCheck> | null>(null);

  const runBackup = useCallback(() => {
    setBackup({ state: 'running' });
    api.call('store.backup', {}).then(
      (value) => setBackup({ state: 'done', value }),
      (error: unknown) => setBackup({ state: 'failed', message: describeError(error).message }),
    );
  }, [api]);

  const runCheck = useCallback(() => {
    setCheck({ state: 'running' });
    api.call('store.check', {}).then(
      (value) => setCheck({ state: 'done', value }),
      (error: unknown) => setCheck({ state: 'failed', message: describeError(error).message }),
    );
  }, [api]);

  const actions = useMemo(() => ({ backup: runBackup, check: runCheck }), [runBackup, runCheck]);

  return (
    <StoreActionsContext.Provider value={actions}>
      {children}
      {backup ? (
        <Modal title="Back up the store" onClose={() => setBackup(null)}>
          {backup.state === 'running' ? <p role="status">Making a backup of the store…</p> : null}
          {backup.state === 'failed' ? (
            <p className="notice notice--error" role="alert">
              The backup was not made. {backup.message}
            </p>
          ) : null}
          {backup.state === 'done' ? (
            <div role="status">
              <p>The backup was made and checked. It is saved at:</p>
              <p className="file-path">{backup.value.path}</p>
              <p>Size: {formatBytes(backup.value.bytes)}</p>
            </div>
          ) : null}
          <div className="form-actions">
            <button type="button" className="button" onClick={() => setBackup(null)}>
              Done
            </button>
          </div>
        </Modal>
      ) : null}
      {check ? (
        <Modal title="Check the store" onClose={() => setCheck(null)} wide>
          {check.state === 'running' ? <p role="status">Checking the store…</p> : null}
          {check.state === 'failed' ? (
            <p className="notice notice--error" role="alert">
              The check could not be run. {check.message}
            </p>
          ) : null}
          {check.state === 'done' ? <StoreCheckResult result={check.value} /> : null}
          <div className="form-actions">
            <button type="button" className="button" onClick={() => setCheck(null)}>
              Done
            </button>
          </div>
        </Modal>
      ) : null}
    </StoreActionsContext.Provider>
  );
}

export function useStoreActions(): StoreActions {
  return useContext(StoreActionsContext);
}

function StoreCheckResult({ result }: { result: StoreCheck }) {
  const integrityOk = result.integrity.length === 1 && result.integrity[0] === 'ok';
  return (
    <div role="status">
      <p className={result.ok ? 'notice notice--success' : 'notice notice--error'}>
        {result.ok ? 'The store is in good order.' : 'The store has problems. Make a backup before changing anything, and ask for help.'}
      </p>
      <dl className="facts">
        <div>
          <dt>Store</dt>
          <dd className="file-path">{result.path}</dd>
        </div>
        <div>
          <dt>Integrity</dt>
          <dd>{integrityOk ? 'No problems found' : result.integrity.join('; ')}</dd>
        </div>
        <div>
          <dt>Broken links between records</dt>
          <dd>{result.foreignKeyViolations === 0 ? 'None' : result.foreignKeyViolations.toLocaleString('en-GB')}</dd>
        </div>
        <div>
          <dt>Store schema</dt>
          <dd>
            Version {result.schemaVersion} (this app writes version {result.appSchemaVersion})
          </dd>
        </div>
        <div>
          <dt>Updates waiting</dt>
          <dd>{result.pendingMigrations.length === 0 ? 'None' : result.pendingMigrations.map((n) => `#${n}`).join(', ')}</dd>
        </div>
        <div>
          <dt>Journal mode</dt>
          <dd>{result.journalMode.toUpperCase()}</dd>
        </div>
        <div>
          <dt>Full-text search</dt>
          <dd>{result.fts5 ? 'Available' : 'Not available'}</dd>
        </div>
        <div>
          <dt>SQLite version</dt>
          <dd>{result.sqliteVersion}</dd>
        </div>
      </dl>
    </div>
  );
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
