/** Adds a member to the committee or edits one: name, title, role and party. */
import { useId, useState, type FormEvent } from 'react';
import { MEMBER_ROLE_LABELS } from '../../../../shared/domain/labels';
import { MEMBER_ROLES, type CommitteeMember, type MemberRole } from '../../../../shared/domain/types';
import { useApi } from '../../api/WorkbenchContext';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextField } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { PersonNameFields } from '../../components/PersonNameFields';
import { fieldError, useSubmit } from '../../hooks/useSubmit';

const ROLE_OPTIONS = MEMBER_ROLES.map((value) => ({ value, label: MEMBER_ROLE_LABELS[value] }));

interface Props {
  committeeId: string;
  /** Letters the committee prints after members' names ("AM"), for the hint. */
  designation: string | null;
  /** The member to edit; absent to add a new one. */
  member?: CommitteeMember;
  memberLabel?: string;
  onClose: () => void;
  onSaved: () => void;
}

export function MemberForm({ committeeId, designation, member, memberLabel, onClose, onSaved }: Props) {
  const api = useApi();
  const submit = useSubmit();
  const prefix = useId();
  const [fullName, setFullName] = useState(member?.person.fullName ?? '');
  const [honorific, setHonorific] = useState(member?.person.honorific ?? '');
  const [role, setRole] = useState<MemberRole>(member?.role ?? 'member');
  const [party, setParty] = useState(member?.party ?? '');
  const ids = {
    'person.fullName': `${prefix}-name`,
    'person.honorific': `${prefix}-honorific`,
    person: `${prefix}-name`,
    role: `${prefix}-role`,
    party: `${prefix}-party`,
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const person = { fullName, honorific };
    const ok = await submit.run(() =>
      member
        ? api.call('members.update', { id: member.id, role, party, person })
        : api.call('members.add', { committeeId, person, role, party }),
    );
    if (ok) {
      onSaved();
      onClose();
    }
  }

  return (
    <Modal title={member ? `Edit ${memberLabel ?? 'member'}` : 'Add a member'} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate className="form">
        <ErrorSummary message={submit.formError} fieldErrors={submit.fieldErrors} fieldIds={ids} />
        <PersonNameFields
          ids={ids}
          fullName={{ value: fullName, onChange: setFullName }}
          honorific={{ value: honorific, onChange: setHonorific }}
          example="Susan Hall"
          {...(designation ? { nameNote: `“${designation}” is added for this committee.` } : {})}
          fieldErrors={submit.fieldErrors}
        />
        <SelectField
          id={ids.role}
          label="Role on the committee"
          required
          value={role}
          onChange={(value) => setRole(value as MemberRole)}
          options={ROLE_OPTIONS}
          error={fieldError(submit.fieldErrors, 'role')}
        />
        <TextField id={ids.party} label="Party" width="medium" value={party} onChange={setParty} error={fieldError(submit.fieldErrors, 'party')} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={submit.busy}>
            {submit.busy ? 'Saving…' : member ? 'Save member' : 'Add member'}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
