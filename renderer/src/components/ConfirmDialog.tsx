/** Asks before something is deleted or removed; shows the API's reason if it refuses. */
import type { ReactNode } from 'react';
import { useSubmit } from '../hooks/useSubmit';
import { Modal } from './Modal';

interface Props {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
  onDone?: () => void;
  fallbackFocus?: () => HTMLElement | null;
}

export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onClose, onDone, fallbackFocus }: Props) {
  const submit = useSubmit();
  return (
    <Modal title={title} onClose={onClose} {...(fallbackFocus ? { fallbackFocus } : {})}>
      {submit.formError ? (
        <p className="error-summary" role="alert">
          {submit.formError}
        </p>
      ) : null}
      <div className="confirm__body">{children}</div>
      <div className="form-actions">
        <button
          type="button"
          className="button button--danger"
          disabled={submit.busy}
          onClick={async () => {
            if (await submit.run(onConfirm)) {
              onDone?.();
              onClose();
            }
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
