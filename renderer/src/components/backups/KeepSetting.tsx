/** How many automatic backups to keep: saved in the store, applied at once. */
import { useEffect, useState } from 'react';
import { BACKUP_KEEP_MAX, BACKUP_KEEP_MIN } from '../../../../shared/domain/backups';
import { useApi } from '../../api/WorkbenchContext';
import { fieldError, useSubmit } from '../../hooks/useSubmit';
import { useAnnounce } from '../Announcer';
import { Field } from '../Field';

export function KeepSetting({ keep }: { keep: number }) {
  const api = useApi();
  const announce = useAnnounce();
  const submit = useSubmit();
  const [value, setValue] = useState(String(keep));
  // A change made in another window (or by a restore) shows here too.
  useEffect(() => setValue(String(keep)), [keep]);

  return (
    <form
      className="form"
      noValidate
      aria-label="Automatic backups"
      onSubmit={(event) => {
        event.preventDefault();
        void submit.run(async () => {
          // Sent as typed: the backend says plainly what is wrong with 0, 1000 or "ten".
          const saved = await api.call('backups.settings.set', { keep: value.trim() === '' ? Number.NaN : Number(value) });
          announce(`Saved: the newest ${saved.keep} automatic backups are kept.`);
        });
      }}
    >
      {submit.formError && !fieldError(submit.fieldErrors, 'keep') ? (
        <p className="error-summary" role="alert">
          {submit.formError}
        </p>
      ) : null}
      <Field
        id="backup-keep"
        label="Automatic backups to keep"
        hint={`From ${BACKUP_KEEP_MIN} to ${BACKUP_KEEP_MAX}. When there are more, the oldest automatic ones are deleted. Backups you make yourself are kept until you delete them.`}
        error={fieldError(submit.fieldErrors, 'keep')}
        required
      >
        {(control) => (
          <input
            {...control}
            className="input input--short"
            type="number"
            inputMode="numeric"
            min={BACKUP_KEEP_MIN}
            max={BACKUP_KEEP_MAX}
            step={1}
            value={value}
            onChange={(event) => setValue(event.target.value)}
          />
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button--secondary" disabled={submit.busy}>
          Save
        </button>
      </div>
    </form>
  );
}
