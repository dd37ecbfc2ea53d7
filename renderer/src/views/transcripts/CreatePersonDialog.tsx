/**
 * Creates a person for a transcript speaker nobody is recorded as, links every turn of that
 * speaker to them, and (unless unticked) adds them to the meeting's guests with the role the
 * transcript prints. The form starts from the label as printed; the clerk corrects it.
 */
import { useId, useState, type FormEvent } from 'react';
import { displayName } from '../../../../shared/domain/labels';
import type { Meeting } from '../../../../shared/domain/types';
import type { TranscriptSpeaker } from '../../../../shared/domain/transcripts';
import { useApi } from '../../api/WorkbenchContext';
import { useAnnounce } from '../../components/Announcer';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { PersonNameFields } from '../../components/PersonNameFields';
import { count } from '../../format/plural';
import { fieldError, useSubmit } from '../../hooks/useSubmit';
import { personFromLabel } from './people';

interface Props {
  transcriptId: string;
  speaker: TranscriptSpeaker;
  meeting: Meeting | undefined;
  panelTitle: string | null;
  onClose: () => void;
  onLinked: (updatedTurns: number, name: string) => void;
}

export function CreatePersonDialog({ transcriptId, speaker, meeting, panelTitle, onClose, onLinked }: Props) {
  const api = useApi();
  const announce = useAnnounce();
  const submit = useSubmit();
  const prefix = useId();
  const start = personFromLabel(speaker.label, speaker.name, speaker.roleText);
  const [fullName, setFullName] = useState(start.fullName);
  const [honorific, setHonorific] = useState(start.honorific);
  const [postNominals, setPostNominals] = useState(start.postNominals);
  const [roleText, setRoleText] = useState(start.roleText);
  const [organisation, setOrganisation] = useState(start.organisation);
  const [addToMeeting, setAddToMeeting] = useState(true);
  const ids = {
    'person.fullName': `${prefix}-name`,
    person: `${prefix}-name`,
    'person.honorific': `${prefix}-honorific`,
    'person.postNominals': `${prefix}-post-nominals`,
    'addToMeeting.roleText': `${prefix}-role`,
    'addToMeeting.organisation': `${prefix}-organisation`,
  };
  const where = meeting ? `${panelTitle ? `${panelTitle} of ` : ''}“${meeting.title}”` : 'the meeting';

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const outcome: { updatedTurns?: number } = {};
    const ok = await submit.run(async () => {
      const result = await api.call('transcripts.linkSpeaker', {
        transcriptId,
        speakerName: speaker.name,
        person: { fullName, honorific, postNominals },
        ...(addToMeeting ? { addToMeeting: { roleText, organisation } } : {}),
      });
      outcome.updatedTurns = result.updatedTurns;
    });
    if (ok && outcome.updatedTurns !== undefined) {
      const name = displayName({ fullName: fullName.trim(), honorific: honorific.trim() || null, postNominals: postNominals.trim() || null });
      const turns = outcome.updatedTurns;
      announce(`${name} was created. Linked ${count(turns, 'turn')}.`);
      onLinked(turns, name);
      onClose();
    }
  }

  return (
    <Modal title={`Create a person for “${speaker.label}”`} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate className="form">
        <ErrorSummary message={submit.formError} fieldErrors={submit.fieldErrors} fieldIds={ids} />
        <p>
          Every one of the {count(speaker.turnCount, 'turn')} printed as “{speaker.label}” will be linked to this person.
        </p>
        <PersonNameFields
          ids={ids}
          fullName={{ value: fullName, onChange: setFullName }}
          honorific={{ value: honorific, onChange: setHonorific }}
          postNominals={{ value: postNominals, onChange: setPostNominals }}
          example="Ben Bradford"
          fieldErrors={submit.fieldErrors}
        />
        <div className="field checkbox">
          <input id={`${prefix}-add`} type="checkbox" checked={addToMeeting} onChange={(event) => setAddToMeeting(event.target.checked)} />
          <label htmlFor={`${prefix}-add`}>Add them to the guests at {where}</label>
        </div>
        {addToMeeting ? (
          <>
            <TextField
              id={ids['addToMeeting.roleText']}
              label="Role"
              hint="As the report prints it, for example “Chief Executive”."
              value={roleText}
              onChange={setRoleText}
              error={fieldError(submit.fieldErrors, 'addToMeeting.roleText')}
            />
            <TextField
              id={ids['addToMeeting.organisation']}
              label="Organisation"
              width="medium"
              value={organisation}
              onChange={setOrganisation}
              error={fieldError(submit.fieldErrors, 'addToMeeting.organisation')}
            />
          </>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button" disabled={submit.busy}>
            Create and link
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
