/** The store's backups, newest first, each with Restore, Check and Delete. */
import {
  describeBackupReason,
  describeVerification,
  formatBackupSize,
  formatBackupTime,
  type BackupEntry,
} from '../../../../shared/domain/backups';

interface Props {
  backups: BackupEntry[];
  /** The backup whose check is running, if any. */
  checking: string | null;
  busy: boolean;
  onRestore: (entry: BackupEntry) => void;
  onVerify: (entry: BackupEntry) => void;
  onDelete: (entry: BackupEntry) => void;
}

export function BackupTable({ backups, checking, busy, onRestore, onVerify, onDelete }: Props) {
  if (backups.length === 0) {
    return <p>There are no backups of this store yet.</p>;
  }
  return (
    <table className="table">
      <caption className="visually-hidden">Backups of this store, newest first</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Why</th>
          <th scope="col" className="numeric">
            Size
          </th>
          <th scope="col">Checked</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {backups.map((entry) => {
          const when = formatBackupTime(entry.createdAt);
          const which = <span className="visually-hidden"> the backup of {when}</span>;
          return (
            <tr key={entry.id}>
              <th scope="row" className="nowrap">
                {when}
              </th>
              <td>
                {describeBackupReason(entry.reason)}
                {entry.kind === 'manual' ? <span className="visually-hidden"> (kept until deleted)</span> : null}
                {entry.note ? <p className="field__hint">{entry.note}</p> : null}
              </td>
              <td className="numeric nowrap">{formatBackupSize(entry.bytes)}</td>
              <td>
                {checking === entry.id ? 'Checking…' : describeVerification(entry.verification)}
                {entry.verification.state === 'failed' && entry.verification.problem ? <p className="field__error">{entry.verification.problem}</p> : null}
              </td>
              <td>
                <div className="row-actions">
                  <button type="button" className="button button--secondary" disabled={busy} onClick={() => onRestore(entry)}>
                    Restore…{which}
                  </button>
                  <button type="button" className="button button--quiet" disabled={busy} onClick={() => onVerify(entry)}>
                    Check{which}
                  </button>
                  <button type="button" className="button button--quiet" disabled={busy} onClick={() => onDelete(entry)}>
                    Delete…{which}
                  </button>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
