/**
 * "Who is working at this computer?": choose one of the profiles already here, or add yourself
 * (name; member or clerk; for a member, which of the committee's members you are). Whoever is
 * chosen is recorded as the author of every change from then on, and shown on each quote.
 */
import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../../../shared/api/errors';
import type { Profile } from '../../../../shared/domain/evidence';
import { memberName } from '../../../../shared/domain/labels';
import type { Id } from '../../../../shared/domain/types';
import { useApi } from '../../api/WorkbenchContext';
import { useAnnounce } from '../../components/Announcer';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field, TextField } from '../../components/Field';
import { useCommitteeMembers } from '../../hooks/useProfiles';
import { fieldError, useSubmit } from '../../hooks/useSubmit';
import { profileLabel } from './profile-labels';
import '../evidence/evidence.css';

interface Props {
  profiles: Profile[];
  current: Profile | null;
  /** Whether someone has chosen before (the first start pre-selects nobody). */
  chosen: boolean;
  /** The open investigation, whose committee members are offered; else the store's first. */
  investigationId: Id | null;
  onDone: (profile: Profile) => void;
}

export function ProfileChooser({ profiles, current, chosen, investigationId, onDone }: Props) {
  const api = useApi();
  const announce = useAnnounce();
  const prefix = useId();
  const committee = useCommitteeMembers(investigationId);
  const choose = useSubmit();
  const create = useSubmit();
  const [selected, setSelected] = useState<Id>(chosen && current ? current.id : (profiles.length === 1 ? profiles[0]!.id : ''));
  const [name, setName] = useState('');
  const [nameTouched, setNameTouched] = useState(false);
  const [role, setRole] = useState<Profile['role']>('member');
  const [personId, setPersonId] = useState<Id>('');
  const ids = { profile: `${prefix}-profile`, name: `${prefix}-name`, role: `${prefix}-role`, personId: `${prefix}-person` };

  const members = committee?.members ?? [];
  const nameOf = (id: Id) => {
    const member = members.find((m) => m.person.id === id);
    return member && committee ? memberName(member.person, committee.committee) : '';
  };
  const selectedProfile = profiles.find((p) => p.id === selected);

  function done(profile: Profile) {
    announce(`You are working as ${profileLabel(profile)}. Your changes are recorded under that name.`);
    onDone(profile);
  }

  async function onChoose(event: FormEvent) {
    event.preventDefault();
    if (!selectedProfile) {
      await choose.run(() => Promise.reject(new ApiError('invalid_input', 'Choose your profile from the list first.')));
      return;
    }
    let result: Profile | null = null;
    if (await choose.run(async () => (result = await api.call('profiles.choose', { id: selectedProfile.id })))) done(result ?? selectedProfile);
  }

  async function onCreate(event: FormEvent) {
    event.preventDefault();
    let result: Profile | null = null;
    const ok = await create.run(async () => {
      result = await api.call('profiles.create', { name, role, personId: role === 'member' && personId ? personId : null });
    });
    if (ok && result) done(result);
  }

  return (
    <div className="profile-chooser">
      {profiles.length > 0 ? (
        <form className="profile-chooser__part" onSubmit={onChoose} noValidate aria-labelledby={`${prefix}-choose`}>
          <h3 id={`${prefix}-choose`}>Choose your profile</h3>
          {choose.formError ? (
            <p className="field__error" role="alert">
              {choose.formError}
            </p>
          ) : null}
          <fieldset className="fieldset">
            <legend className="visually-hidden">Profiles at this computer</legend>
            {profiles.map((profile) => (
              <div className="radio" key={profile.id}>
                <input
                  type="radio"
                  id={`${ids.profile}-${profile.id}`}
                  name={ids.profile}
                  value={profile.id}
                  checked={selected === profile.id}
                  onChange={() => setSelected(profile.id)}
                />
                <label htmlFor={`${ids.profile}-${profile.id}`}>
                  {profileLabel(profile)}
                  {chosen && current?.id === profile.id ? <span className="muted"> (working now)</span> : null}
                </label>
              </div>
            ))}
          </fieldset>
          <button type="submit" className="button" disabled={choose.busy}>
            {selectedProfile ? `Continue as ${selectedProfile.name}` : 'Continue'}
          </button>
        </form>
      ) : null}

      <form className="profile-chooser__part" onSubmit={onCreate} noValidate aria-labelledby={`${prefix}-add`}>
        <h3 id={`${prefix}-add`}>{profiles.length > 0 ? 'Or add yourself' : 'Add yourself'}</h3>
        <ErrorSummary message={create.formError} fieldErrors={create.fieldErrors} fieldIds={ids} />
        <fieldset className="fieldset">
          <legend>You are</legend>
          <div className="radio">
            <input type="radio" id={`${ids.role}-member`} name={ids.role} checked={role === 'member'} onChange={() => setRole('member')} />
            <label htmlFor={`${ids.role}-member`}>A member of the committee</label>
          </div>
          <div className="radio">
            <input type="radio" id={`${ids.role}-clerk`} name={ids.role} checked={role === 'clerk'} onChange={() => setRole('clerk')} />
            <label htmlFor={`${ids.role}-clerk`}>A clerk, policy adviser or research analyst</label>
          </div>
        </fieldset>
        {role === 'member' ? (
          members.length > 0 ? (
            <Field
              id={ids.personId}
              label="Which member are you?"
              hint={committee ? `Members of the ${committee.committee.name}.` : undefined}
              error={fieldError(create.fieldErrors, 'personId')}
            >
              {(control) => (
                <select
                  {...control}
                  className="input input--medium"
                  value={personId}
                  onChange={(event) => {
                    const next = event.target.value;
                    setPersonId(next);
                    // Fill in the name as the report prints it, unless one was typed.
                    if (!nameTouched) setName(next ? nameOf(next) : '');
                  }}
                >
                  <option value="">Not linked to a member</option>
                  {members.map((member) => (
                    <option key={member.id} value={member.person.id}>
                      {committee ? memberName(member.person, committee.committee) : member.person.fullName}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : committee === null ? (
            <p className="field__hint">No committee is recorded yet, so there is no member to link to. You can link your profile later.</p>
          ) : null
        ) : null}
        <TextField
          id={ids.name}
          label="Your name"
          hint={role === 'member' ? 'As the report prints it, for example “Zoë Garbett AM”.' : 'For example “Janette Roker”.'}
          required
          width="medium"
          autoComplete="name"
          value={name}
          onChange={(value) => {
            setName(value);
            setNameTouched(value !== '');
          }}
          error={fieldError(create.fieldErrors, 'name')}
        />
        <button type="submit" className="button" disabled={create.busy}>
          Add me and continue
        </button>
      </form>
    </div>
  );
}
