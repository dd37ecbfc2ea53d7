/** Creates or edits a meeting: what kind, when, its title, where, and notes. */
import { useId, useState, type FormEvent } from 'react';
import { MEETING_KIND_LABELS } from '../../../../shared/domain/labels';
import { MEETING_KINDS, type Meeting, type MeetingKind } from '../../../../shared/domain/types';
import { useApi } from '../../api/WorkbenchContext';
import { ErrorSummary } from '../../components/ErrorSummary';
import { DateField, SelectField, TextAreaField, TextField } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { fieldError, useSubmit } from '../../hooks/useSubmit';

const KIND_OPTIONS = MEETING_KINDS.map((value) => ({ value, label: MEETING_KIND_LABELS[value] }));

interface Props {
  investigationId: string;
  meeting?: Meeting;
  onClose: () => void;
  onSaved: (meeting: Meeting) => void;
}

export function MeetingForm({ investigationId, meeting, onClose, onSaved }: Props) {
  const api = useApi();
  const submit = useSubmit();
  const prefix = useId();
  const [kind, setKind] = useState<MeetingKind>(meeting?.kind ?? 'formal_meeting');
  const [heldOn, setHeldOn] = useState(meeting?.heldOn ?? '');
  const [title, setTitle] = useState(meeting?.title ?? '');
  const [location, setLocation] = useState(meeting?.location ?? '');
  const [notes, setNotes] = useState(meeting?.notes ?? '');
  const ids = {
    kind: `${prefix}-kind`,
    heldOn: `${prefix}-held-on`,
    title: `${prefix}-title`,
    location: `${prefix}-location`,
    notes: `${prefix}-notes`,
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result: { saved?: Meeting } = {};
    const ok = await submit.run(async () => {
      result.saved = meeting
        ? await api.call('meetings.update', { id: meeting.id, kind, heldOn, title, location, notes })
        : await api.call('meetings.create', { investigationId, kind, heldOn, title, location, notes });
    });
    if (ok && result.saved) {
      onSaved(result.saved);
      onClose();
    }
  }

  return (
    <Modal title={meeting ? 'Edit meeting' : 'Add a meeting'} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate className="form">
        <ErrorSummary message={submit.formError} fieldErrors={submit.fieldErrors} fieldIds={ids} />
        <TextField
          id={ids.title}
          label="Title"
          hint="For example “Police and Crime Committee – guest panels” or “Q&A with the Deputy Mayor for Policing and Crime”."
          required
          value={title}
          onChange={setTitle}
          error={fieldError(submit.fieldErrors, 'title')}
        />
        <div className="field-row">
          <SelectField
            id={ids.kind}
            label="Kind of meeting"
            required
            value={kind}
            onChange={(value) => setKind(value as MeetingKind)}
            options={KIND_OPTIONS}
            error={fieldError(submit.fieldErrors, 'kind')}
          />
          <DateField
            id={ids.heldOn}
            label="Date"
            required
            value={heldOn}
            onChange={setHeldOn}
            error={fieldError(submit.fieldErrors, 'heldOn')}
          />
        </div>
        <TextField
          id={ids.location}
          label="Location"
          width="medium"
          value={location}
          onChange={setLocation}
          error={fieldError(submit.fieldErrors, 'location')}
        />
        <TextAreaField
          id={ids.notes}
          label="Notes"
          hint="Anything a clerk should know, for example that an informal meeting has no transcript."
          rows={3}
          value={notes}
          onChange={setNotes}
          error={fieldError(submit.fieldErrors, 'notes')}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={submit.busy}>
            {submit.busy ? 'Saving…' : meeting ? 'Save meeting' : 'Add meeting'}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
