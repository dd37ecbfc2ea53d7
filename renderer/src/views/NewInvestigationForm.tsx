/** Title and committee name: all a new investigation needs to begin. */
import { useId, useState, type FormEvent } from 'react';
import { useApi } from '../api/WorkbenchContext';
import { useAnnounce } from '../components/Announcer';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextField } from '../components/Field';
import { fieldError, useSubmit } from '../hooks/useSubmit';
import { navigate } from '../routing/routes';

export function NewInvestigationForm({ submitLabel = 'Start the investigation' }: { submitLabel?: string }) {
  const api = useApi();
  const announce = useAnnounce();
  const submit = useSubmit();
  const [title, setTitle] = useState('');
  const [committeeName, setCommitteeName] = useState('');
  const prefix = useId();
  const ids = { title: `${prefix}-title`, committeeName: `${prefix}-committee` };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const created: { id?: string } = {};
    const ok = await submit.run(async () => {
      created.id = (await api.call('investigations.create', { title, committeeName })).id;
    });
    if (ok && created.id) {
      navigate({ name: 'investigation', id: created.id, area: 'overview' });
      announce('Investigation started.');
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <ErrorSummary message={submit.formError} fieldErrors={submit.fieldErrors} fieldIds={ids} />
      <TextField
        id={ids.title}
        label="Title of the investigation"
        hint="As it will appear on the report, for example “Response to the Mayor’s draft Police and Crime Plan 2025-29”."
        required
        value={title}
        onChange={setTitle}
        error={fieldError(submit.fieldErrors, 'title')}
      />
      <TextField
        id={ids.committeeName}
        label="Committee"
        hint="For example “Police and Crime Committee”."
        required
        value={committeeName}
        onChange={setCommitteeName}
        width="medium"
        error={fieldError(submit.fieldErrors, 'committeeName')}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={submit.busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
