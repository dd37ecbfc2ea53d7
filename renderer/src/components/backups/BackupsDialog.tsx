/**
 * The Backups dialog: back up now, the list of backups (restore, check, delete), how many
 * automatic ones to keep, and the store's integrity check. Opened from the desktop menu (File ›
 * Back up the store…, which backs up at once) and from the store actions in the app.
 */
import { useEffect, useRef, useState } from 'react';
import { describeBackupReason, formatBackupSize, formatBackupTime, type BackupEntry, type RestoreResult } from '../../../../shared/domain/backups';
import type { StoreCheck } from '../../../../shared/domain/types';
import { useApi } from '../../api/WorkbenchContext';
import { useApiQuery } from '../../hooks/useApiQuery';
import { describeError } from '../../hooks/useSubmit';
import { useAnnounce } from '../Announcer';
import { ConfirmDialog } from '../ConfirmDialog';
import { TextField } from '../Field';
import { Modal } from '../Modal';
import { BackupTable } from './BackupTable';
import { KeepSetting } from './KeepSetting';
import { RestoreConfirm } from './RestoreConfirm';
import { StoreCheckResult } from './StoreCheckResult';

type Result<T> = { state: 'running' } | { state: 'done'; value: T } | { state: 'failed'; message: string };

interface Props {
  title: string;
  /** Make a backup as soon as the dialog opens (the menu's "Back up the store…"). */
  backUpOnOpen: boolean;
  onClose: () => void;
}

const BACKUP_ENTITIES = ['backup'] as const;

export function BackupsDialog({ title, backUpOnOpen, onClose }: Props) {
  const api = useApi();
  const announce = useAnnounce();
  const list = useApiQuery('backups.list', (client) => client.call('backups.list', {}), { entities: BACKUP_ENTITIES });
  const settings = useApiQuery('backups.settings', (client) => client.call('backups.settings.get', {}), { entities: BACKUP_ENTITIES });
  const [note, setNote] = useState('');
  const [made, setMade] = useState<Result<BackupEntry> | null>(null);
  const [restored, setRestored] = useState<RestoreResult | null>(null);
  const [check, setCheck] = useState<Result<StoreCheck> | null>(null);
  const [rowProblem, setRowProblem] = useState<string | null>(null);
  const [checking, setChecking] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<{ kind: 'restore' | 'delete'; entry: BackupEntry } | null>(null);

  const backUp = (withNote: string) => {
    setMade({ state: 'running' });
    setRestored(null);
    api.call('backups.create', withNote.trim() ? { note: withNote } : {}).then(
      (value) => {
        setMade({ state: 'done', value });
        setNote('');
        announce('The backup was made and checked.');
      },
      (error: unknown) => setMade({ state: 'failed', message: describeError(error).message }),
    );
  };

  // Once per opening, even when React runs effects twice in development.
  const started = useRef(false);
  useEffect(() => {
    if (!backUpOnOpen || started.current) return;
    started.current = true;
    backUp('');
  }, []);

  const runCheck = () => {
    setCheck({ state: 'running' });
    api.call('store.check', {}).then(
      (value) => setCheck({ state: 'done', value }),
      (error: unknown) => setCheck({ state: 'failed', message: describeError(error).message }),
    );
  };

  const verify = (entry: BackupEntry) => {
    setChecking(entry.id);
    setRowProblem(null);
    api.call('backups.verify', { id: entry.id }).then(
      (checked) => {
        setChecking(null);
        const when = formatBackupTime(checked.createdAt);
        announce(checked.verification.state === 'verified' ? `The backup of ${when} passed its check.` : `The backup of ${when} failed its check.`);
        list.reload();
      },
      (error: unknown) => {
        setChecking(null);
        setRowProblem(describeError(error).message);
      },
    );
  };

  const busy = made?.state === 'running' || checking !== null;

  return (
    <Modal title={title} onClose={onClose} wide>
      {made?.state === 'running' ? <p role="status">Making a backup of the store…</p> : null}
      {made?.state === 'failed' ? (
        <p className="notice notice--error" role="alert">
          The backup was not made. {made.message}
        </p>
      ) : null}
      {made?.state === 'done' ? (
        <div role="status" className="notice notice--success">
          <p>The backup was made and checked. It is saved at:</p>
          <p className="file-path">{made.value.path}</p>
          <p>Size: {formatBackupSize(made.value.bytes)}. It is kept until you delete it.</p>
        </div>
      ) : null}
      {restored ? (
        <div role="status" className="notice notice--success">
          <p>The store was restored from the backup of {formatBackupTime(restored.restored.createdAt)}, and it is in good order.</p>
          {restored.safetyBackup ? (
            <p>The store as it was just before is kept as the backup of {formatBackupTime(restored.safetyBackup.createdAt)} (“{describeBackupReason(restored.safetyBackup.reason)}”).</p>
          ) : null}
        </div>
      ) : null}
      {rowProblem ? (
        <p className="notice notice--error" role="alert">
          {rowProblem}
        </p>
      ) : null}

      <p>
        A backup is a checked copy of the whole store, kept in {list.data ? <code>{list.data.folder}</code> : 'the backups folder beside it'}. The
        workbench makes one when it starts, once a day while it runs, and before it updates the store, merges work or restores a backup; it
        keeps the newest {settings.data?.keep ?? 'few'} of those. Backups you make here are kept until you delete them.
      </p>

      <form
        className="form"
        noValidate
        aria-label="Back up now"
        onSubmit={(event) => {
          event.preventDefault();
          backUp(note);
        }}
      >
        <TextField id="backup-note" label="Note for the backup" value={note} onChange={setNote} hint="For example, “Before the clerks’ merge on Friday”." />
        <div className="page-actions">
          <button type="submit" className="button" disabled={busy}>
            Back up now
          </button>
          <button type="button" className="button button--secondary" onClick={runCheck} disabled={check?.state === 'running'}>
            Check store integrity
          </button>
        </div>
      </form>

      {check?.state === 'running' ? <p role="status">Checking the store…</p> : null}
      {check?.state === 'failed' ? (
        <p className="notice notice--error" role="alert">
          The check could not be run. {check.message}
        </p>
      ) : null}
      {check?.state === 'done' ? <StoreCheckResult result={check.value} /> : null}

      <h3>Backups of this store</h3>
      {list.error && !list.data ? (
        <p className="notice notice--error" role="alert">
          The backups could not be listed. {describeError(list.error).message}
        </p>
      ) : null}
      {list.data ? (
        <BackupTable
          backups={list.data.backups}
          checking={checking}
          busy={busy}
          onRestore={(entry) => setConfirm({ kind: 'restore', entry })}
          onVerify={verify}
          onDelete={(entry) => setConfirm({ kind: 'delete', entry })}
        />
      ) : list.loading ? (
        <p>Loading the backups…</p>
      ) : null}

      {settings.data ? <KeepSetting keep={settings.data.keep} /> : null}

      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          Done
        </button>
      </div>

      {confirm?.kind === 'restore' ? (
        <RestoreConfirm
          entry={confirm.entry}
          onClose={() => setConfirm(null)}
          onConfirm={async () => {
            const result = await api.call('backups.restore', { id: confirm.entry.id });
            setMade(null);
            setRestored(result);
            announce(`The store was restored from the backup of ${formatBackupTime(result.restored.createdAt)}.`);
          }}
        />
      ) : null}
      {confirm?.kind === 'delete' ? (
        <ConfirmDialog
          title="Delete this backup?"
          confirmLabel="Delete the backup"
          onClose={() => setConfirm(null)}
          onConfirm={async () => {
            await api.call('backups.delete', { id: confirm.entry.id });
            announce(`The backup of ${formatBackupTime(confirm.entry.createdAt)} was deleted.`);
          }}
        >
          <p>
            The backup of {formatBackupTime(confirm.entry.createdAt)} ({describeBackupReason(confirm.entry.reason).toLowerCase()}) will be deleted. This
            cannot be undone; the store itself is not changed.
          </p>
        </ConfirmDialog>
      ) : null}
    </Modal>
  );
}
