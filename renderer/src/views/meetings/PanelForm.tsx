/** Adds a panel to a meeting, or renames one. */
import { useId, useState, type FormEvent } from 'react';
import type { Meeting, Panel } from '../../../../shared/domain/types';
import { useApi } from '../../api/WorkbenchContext';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { fieldError, useSubmit } from '../../hooks/useSubmit';

interface Props {
  meeting: Meeting;
  panel?: Panel;
  onClose: () => void;
  onSaved: () => void;
}

export function PanelForm({ meeting, panel, onClose, onSaved }: Props) {
  const api = useApi();
  const submit = useSubmit();
  const prefix = useId();
  const [title, setTitle] = useState(panel?.title ?? `Panel ${meeting.panels.length + 1}`);
  const ids = { title: `${prefix}-title` };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const ok = await submit.run(() =>
      panel ? api.call('panels.update', { id: panel.id, title }) : api.call('panels.create', { meetingId: meeting.id, title }),
    );
    if (ok) {
      onSaved();
      onClose();
    }
  }

  return (
    <Modal title={panel ? `Rename ${panel.title}` : `Add a panel to “${meeting.title}”`} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate className="form">
        <ErrorSummary message={submit.formError} fieldErrors={submit.fieldErrors} fieldIds={ids} />
        <TextField
          id={ids.title}
          label="Panel title"
          hint="As the transcript and report name it, for example “Panel 1”."
          required
          width="medium"
          value={title}
          onChange={setTitle}
          error={fieldError(submit.fieldErrors, 'title')}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={submit.busy}>
            {submit.busy ? 'Saving…' : panel ? 'Save panel' : 'Add panel'}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
