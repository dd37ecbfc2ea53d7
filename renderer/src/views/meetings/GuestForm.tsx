/**
 * Adds a guest to a meeting (on a panel or not), or edits one: the name as printed, the role
 * the report gives them at the time, and their organisation.
 */
import { useId, useState, type FormEvent } from 'react';
import { PARTICIPANT_KIND_LABELS } from '../../../../shared/domain/labels';
import { PARTICIPANT_KINDS, type Meeting, type Participant, type ParticipantKind } from '../../../../shared/domain/types';
import { useApi } from '../../api/WorkbenchContext';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextField } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { PersonNameFields } from '../../components/PersonNameFields';
import { fieldError, useSubmit } from '../../hooks/useSubmit';

const KIND_OPTIONS = PARTICIPANT_KINDS.map((value) => ({ value, label: PARTICIPANT_KIND_LABELS[value] }));
const NO_PANEL = '';

interface Props {
  meeting: Meeting;
  participant?: Participant;
  /** For a new guest: the panel to add them to (null: not on a panel). */
  panelId?: string | null;
  guestLabel?: string;
  onClose: () => void;
  onSaved: () => void;
}

export function GuestForm({ meeting, participant, panelId = null, guestLabel, onClose, onSaved }: Props) {
  const api = useApi();
  const submit = useSubmit();
  const prefix = useId();
  const [fullName, setFullName] = useState(participant?.person.fullName ?? '');
  const [honorific, setHonorific] = useState(participant?.person.honorific ?? '');
  const [postNominals, setPostNominals] = useState(participant?.person.postNominals ?? '');
  const [roleText, setRoleText] = useState(participant?.roleText ?? '');
  const [organisation, setOrganisation] = useState(participant?.organisation ?? '');
  const [panel, setPanel] = useState(participant ? (participant.panelId ?? NO_PANEL) : (panelId ?? NO_PANEL));
  const [kind, setKind] = useState<ParticipantKind>(participant?.kind ?? 'guest');
  const ids = {
    'person.fullName': `${prefix}-name`,
    person: `${prefix}-name`,
    'person.honorific': `${prefix}-honorific`,
    'person.postNominals': `${prefix}-post-nominals`,
    roleText: `${prefix}-role`,
    organisation: `${prefix}-organisation`,
    panelId: `${prefix}-panel`,
    kind: `${prefix}-kind`,
  };
  const panelOptions = [
    { value: NO_PANEL, label: 'Not on a panel' },
    ...[...meeting.panels].sort((a, b) => a.position - b.position).map((p) => ({ value: p.id, label: p.title })),
  ];

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const person = { fullName, honorific, postNominals };
    const panelValue = panel === NO_PANEL ? null : panel;
    const ok = await submit.run(() =>
      participant
        ? api.call('participants.update', { id: participant.id, panelId: panelValue, kind, roleText, organisation, person })
        : api.call('participants.add', { meetingId: meeting.id, panelId: panelValue, kind, roleText, organisation, person }),
    );
    if (ok) {
      onSaved();
      onClose();
    }
  }

  return (
    <Modal title={participant ? `Edit ${guestLabel ?? 'guest'}` : `Add a guest to “${meeting.title}”`} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate className="form">
        <ErrorSummary message={submit.formError} fieldErrors={submit.fieldErrors} fieldIds={ids} />
        <PersonNameFields
          ids={ids}
          fullName={{ value: fullName, onChange: setFullName }}
          honorific={{ value: honorific, onChange: setHonorific }}
          postNominals={{ value: postNominals, onChange: setPostNominals }}
          example="Ben Bradford"
          fieldErrors={submit.fieldErrors}
        />
        <TextField
          id={ids.roleText}
          label="Role"
          hint="As the report prints it, for example “Director of the Centre for Global City Policing”."
          value={roleText}
          onChange={setRoleText}
          error={fieldError(submit.fieldErrors, 'roleText')}
        />
        <TextField
          id={ids.organisation}
          label="Organisation"
          width="medium"
          value={organisation}
          onChange={setOrganisation}
          error={fieldError(submit.fieldErrors, 'organisation')}
        />
        <div className="field-row">
          <SelectField
            id={ids.panelId}
            label="Panel"
            required
            value={panel}
            onChange={setPanel}
            options={panelOptions}
            error={fieldError(submit.fieldErrors, 'panelId')}
          />
          <SelectField
            id={ids.kind}
            label="Taking part as"
            required
            value={kind}
            onChange={(value) => setKind(value as ParticipantKind)}
            options={KIND_OPTIONS}
            error={fieldError(submit.fieldErrors, 'kind')}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={submit.busy}>
            {submit.busy ? 'Saving…' : participant ? 'Save guest' : 'Add guest'}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
