/** Asks before a restore, saying exactly what will happen to the store as it is now. */
import { describeBackupReason, formatBackupTime, type BackupEntry } from '../../../../shared/domain/backups';
import { ConfirmDialog } from '../ConfirmDialog';

interface Props {
  entry: BackupEntry;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}

export function RestoreConfirm({ entry, onConfirm, onClose }: Props) {
  const when = formatBackupTime(entry.createdAt);
  return (
    <ConfirmDialog title="Restore this backup?" confirmLabel="Restore this backup" onConfirm={onConfirm} onClose={onClose}>
      <p>
        The store will be replaced by the backup of <strong>{when}</strong> ({describeBackupReason(entry.reason).toLowerCase()}).
      </p>
      <ul>
        <li>Anything done since {when} will no longer be in the store.</li>
        <li>
          First, the store as it is now is backed up (“Before a restore”), so you can go back to it by restoring that backup.
        </li>
        <li>The backup is checked before anything changes; a damaged one is refused and the store is left as it is.</li>
        <li>Every open window of the workbench will show the restored store.</li>
      </ul>
    </ConfirmDialog>
  );
}
