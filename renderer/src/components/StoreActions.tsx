/**
 * Backing up, restoring and checking the store: reachable from the desktop menu (app.command)
 * and from the Export area. `backup` opens the Backups dialog and makes a backup at once (what
 * "Back up the store" promises); `manageBackups` opens it to restore, check or delete backups;
 * `check` shows the store's integrity check.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { StoreCheck } from '../../../shared/domain/types';
import { useApi } from '../api/WorkbenchContext';
import { describeError } from '../hooks/useSubmit';
import { BackupsDialog } from './backups/BackupsDialog';
import { StoreCheckResult } from './backups/StoreCheckResult';
import { Modal } from './Modal';

interface StoreActions {
  backup: () => void;
  manageBackups: () => void;
  check: () => void;
}

const StoreActionsContext = createContext<StoreActions>({ backup: () => {}, manageBackups: () => {}, check: () => {} });

type Result<T> = { state: 'running' } | { state: 'done'; value: T } | { state: 'failed'; message: string };

export function StoreActionsProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  // A new key each opening, so a dialog opened again starts afresh (and backs up again if asked).
  const [backups, setBackups] = useState<{ key: number; title: string; backUpOnOpen: boolean } | null>(null);
  const [check, setCheck] = useState<Result<StoreCheck> | null>(null);

  const openBackups = useCallback((backUpOnOpen: boolean) => {
    setBackups((previous) => ({ key: (previous?.key ?? 0) + 1, title: backUpOnOpen ? 'Back up the store' : 'Backups', backUpOnOpen }));
  }, []);

  const runCheck = useCallback(() => {
    setCheck({ state: 'running' });
    api.call('store.check', {}).then(
      (value) => setCheck({ state: 'done', value }),
      (error: unknown) => setCheck({ state: 'failed', message: describeError(error).message }),
    );
  }, [api]);

  const actions = useMemo(
    () => ({ backup: () => openBackups(true), manageBackups: () => openBackups(false), check: runCheck }),
    [openBackups, runCheck],
  );

  return (
    <StoreActionsContext.Provider value={actions}>
      {children}
      {backups ? <BackupsDialog key={backups.key} title={backups.title} backUpOnOpen={backups.backUpOnOpen} onClose={() => setBackups(null)} /> : null}
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
