/**
 * A running job on its page (a transcript import, a corrected version, a Word export): what it is
 * doing, announced as it changes, a bar (with the steps when the backend counts them) and Cancel.
 */
import type { ReactNode } from 'react';
import type { EventMap } from '../../../shared/api/wire';

interface Props {
  /** Prefix of the element ids: `<id>-progress` (focused on start), `<id>-progress-label`. */
  id: string;
  label: string;
  progress: EventMap['job.progress'] | null;
  cancelling: boolean;
  cancelLabel: string;
  onCancel: () => void;
  /** Said above the label: which file, and where it goes. */
  children?: ReactNode;
}

export function JobProgress({ id, label, progress, cancelling, cancelLabel, onCancel, children }: Props) {
  const labelId = `${id}-progress-label`;
  return (
    <div className="import-progress" id={`${id}-progress`} tabIndex={-1}>
      {children}
      <p id={labelId} role="status" aria-live="polite" className="import-progress__label">
        {label}
      </p>
      {progress && progress.total !== null && progress.total > 0 ? (
        <progress aria-labelledby={labelId} max={progress.total} value={Math.min(progress.done, progress.total)} />
      ) : (
        <progress aria-labelledby={labelId} />
      )}
      <div className="form-actions">
        <button type="button" className="button button--secondary" disabled={cancelling} onClick={onCancel}>
          {cancelling ? 'Cancelling…' : cancelLabel}
        </button>
      </div>
    </div>
  );
}
