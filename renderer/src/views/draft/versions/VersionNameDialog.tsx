/**
 * Saving the report as a named version, or renaming one (and editing its note). The name must
 * not be one another version already has, whatever its case: the API says so next to the field.
 */
import { useId, useState, type FormEvent } from 'react';
import type { Id } from '../../../../../shared/domain/types';
import type { ReportVersion } from '../../../../../shared/domain/versions';
import { useApi } from '../../../api/WorkbenchContext';
import { useAnnounce } from '../../../components/Announcer';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextAreaField, TextField } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import { fieldError, useSubmit } from '../../../hooks/useSubmit';

interface Props {
  investigationId: Id;
  /** Null to save a new version of the report as it reads now. */
  version: ReportVersion | null;
  onClose: () => void;
  onSaved: (version: ReportVersion) => void;
}

export function VersionNameDialog({ investigationId, version, onClose, onSaved }: Props) {
  const api = useApi();
  const announce = useAnnounce();
  const submit = useSubmit();
  const prefix = useId();
  const ids = { name: `${prefix}-name`, note: `${prefix}-note` };
  const [name, setName] = useState(version?.name ?? '');
  const [note, setNote] = useState(version?.note ?? '');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const saved: { version: ReportVersion | null } = { version: null };
    const ok = await submit.run(async () => {
      saved.version = version ? await api.call('versions.rename', { id: version.id, name, note }) : await api.call('versions.save', { investigationId, name, note });
    });
    if (!ok || !saved.version) return;
    announce(version ? `Saved the version “${saved.version.name}”.` : `Saved the report as “${saved.version.name}”.`);
    onSaved(saved.version);
    onClose();
  }

  const error = (path: string) => fieldError(submit.fieldErrors, path);
  return (
    <Modal title={version ? `Rename “${version.name}”` : 'Save a version'} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate className="form">
        <ErrorSummary message={submit.formError} fieldErrors={submit.fieldErrors} fieldIds={ids} />
        {version ? null : <p>The report is kept exactly as it reads now, with its numbering and footnotes, however it is edited afterwards.</p>}
        <TextField id={ids.name} label="Name" required hint="“Chairman’s draft”, “As agreed on 4 March 2025”." value={name} onChange={setName} error={error('name')} />
        <TextAreaField id={ids.note} label="Note" rows={3} hint="What this version is for, or who it went to." value={note} onChange={setNote} error={error('note')} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={submit.busy}>
            {version ? 'Save' : 'Save version'}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
