/**
 * Recording that the committee agreed a version: the date (today unless changed, read back in
 * house style), the members present (ticked from the committee), and the dissents noted. The
 * dissents printed on the version's recommendations are listed, all ticked; another said at the
 * meeting can be added in words.
 */
import { useId, useState, type FormEvent } from 'react';
import { MEMBER_ROLE_LABELS, memberName } from '../../../../../shared/domain/labels';
import type { Id } from '../../../../../shared/domain/types';
import type { ReportVersion, ReportVersionDetail } from '../../../../../shared/domain/versions';
import { useApi } from '../../../api/WorkbenchContext';
import { useAnnounce } from '../../../components/Announcer';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { DateField, SelectField, TextAreaField } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import { Loading, LoadError } from '../../../components/QueryStatus';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { fieldError, useSubmit } from '../../../hooks/useSubmit';
import { useLoadedInvestigation } from '../../../investigation/InvestigationContext';
import { formatLongDate } from '../../../../../shared/format/dates';
import { dissentHeading, localTodayIso } from './versions-format';

interface Props {
  version: ReportVersion;
  onClose: () => void;
  onRecorded: () => void;
}

export function RecordAgreementDialog({ version, onClose, onRecorded }: Props) {
  const detail = useApiQuery<ReportVersionDetail>(`version:${version.id}`, (api) => api.call('versions.get', { id: version.id }));
  return (
    <Modal title={`Record agreement of “${version.name}”`} onClose={onClose} wide>
      {detail.data ? (
        <AgreementForm detail={detail.data} onClose={onClose} onRecorded={onRecorded} />
      ) : detail.error ? (
        <LoadError error={detail.error} what="the version" onRetry={detail.reload} />
      ) : (
        <Loading what="the version" />
      )}
    </Modal>
  );
}

/** Where each message in the summary links to: a member's tick box, the extra dissent's member. */
function summaryTargets(paths: string[], ids: Record<'agreedOn' | 'memberIds' | 'extraMember' | 'extraText' | 'note', string>): Record<string, string> {
  const targets: Record<string, string> = { agreedOn: ids.agreedOn, memberIds: ids.memberIds, note: ids.note };
  for (const path of paths) {
    if (path.startsWith('memberIds.')) targets[path] = ids.memberIds;
    if (path.startsWith('dissentsNoted')) targets[path] = path.endsWith('.text') ? ids.extraText : ids.extraMember;
  }
  return targets;
}

function AgreementForm({ detail, onClose, onRecorded }: { detail: ReportVersionDetail; onClose: () => void; onRecorded: () => void }) {
  const api = useApi();
  const announce = useAnnounce();
  const submit = useSubmit();
  const { overview } = useLoadedInvestigation();
  const prefix = useId();
  const ids = { agreedOn: `${prefix}-date`, memberIds: `${prefix}-members`, extraMember: `${prefix}-extra-member`, extraText: `${prefix}-extra-text`, note: `${prefix}-note` };
  const [agreedOn, setAgreedOn] = useState(localTodayIso());
  const [present, setPresent] = useState<Set<Id>>(new Set());
  const printed = detail.dissents.filter((d): d is typeof d & { objectionId: Id } => d.objectionId !== null);
  const [noted, setNoted] = useState<Set<Id>>(new Set(printed.map((d) => d.objectionId)));
  const [extraMember, setExtraMember] = useState('');
  const [extraText, setExtraText] = useState('');
  const [note, setNote] = useState('');

  const toggle = (set: Set<Id>, id: Id, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const ok = await submit.run(async () => {
      const extra = extraMember || extraText.trim() ? [{ memberId: extraMember, text: extraText }] : [];
      await api.call('agreements.record', {
        versionId: detail.id,
        agreedOn,
        // In the committee's order, whatever order they were ticked in.
        memberIds: overview.members.map((m) => m.person.id).filter((id) => present.has(id)),
        dissentsNoted: [...printed.filter((d) => noted.has(d.objectionId)).map((d) => ({ objectionId: d.objectionId })), ...extra],
        note,
      });
    });
    if (!ok) return;
    announce(`Recorded the committee’s agreement of “${detail.name}” on ${formatLongDate(agreedOn)}.`);
    onRecorded();
    onClose();
  }

  const error = (path: string) => fieldError(submit.fieldErrors, path);
  const membersError = error('memberIds') ?? Object.entries(submit.fieldErrors).find(([path]) => path.startsWith('memberIds.'))?.[1];
  const extraErrors = Object.entries(submit.fieldErrors).filter(([path]) => path.startsWith('dissentsNoted.'));
  const extraTextError = extraErrors.find(([path]) => path.endsWith('.text'))?.[1];
  const extraError = extraErrors.find(([path]) => !path.endsWith('.text'))?.[1];
  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <ErrorSummary message={submit.formError} fieldErrors={submit.fieldErrors} fieldIds={summaryTargets(Object.keys(submit.fieldErrors), ids)} />
      <DateField id={ids.agreedOn} label="Date agreed" required value={agreedOn} onChange={setAgreedOn} error={error('agreedOn')} />
      <fieldset className={membersError ? 'fieldset field--error' : 'fieldset'} aria-describedby={membersError ? `${ids.memberIds}-error` : undefined}>
        <legend>Members present</legend>
        {membersError ? (
          <p className="field__error" id={`${ids.memberIds}-error`}>
            <span className="visually-hidden">Error: </span>
            {membersError}
          </p>
        ) : null}
        {overview.members.length === 0 ? <p>The committee has no members yet: add them on the Overview first.</p> : null}
        {overview.members.map((member, index) => {
          const id = index === 0 ? ids.memberIds : `${ids.memberIds}-${index}`;
          return (
            <div className="checkbox" key={member.id}>
              <input id={id} type="checkbox" checked={present.has(member.person.id)} onChange={(event) => setPresent((s) => toggle(s, member.person.id, event.target.checked))} />
              <label htmlFor={id}>
                {memberName(member.person, overview.committee)}
                {member.role !== 'member' ? <span className="muted"> ({MEMBER_ROLE_LABELS[member.role]})</span> : null}
              </label>
            </div>
          );
        })}
      </fieldset>
      <fieldset className="fieldset">
        <legend>Dissents noted</legend>
        {printed.length === 0 ? <p className="muted">No dissents are printed on this version’s recommendations.</p> : <p className="field__hint">The dissents printed on this version’s recommendations. Untick any the committee did not note.</p>}
        {printed.map((dissent) => {
          const id = `${prefix}-dissent-${dissent.objectionId}`;
          return (
            <div className="agreement-dissent" key={dissent.objectionId}>
              <div className="checkbox">
                <input id={id} type="checkbox" aria-describedby={`${id}-text`} checked={noted.has(dissent.objectionId)} onChange={(event) => setNoted((s) => toggle(s, dissent.objectionId, event.target.checked))} />
                <label htmlFor={id}>{dissentHeading(dissent)}</label>
              </div>
              <p className="agreement-dissent__text" id={`${id}-text`}>
                {dissent.text}
              </p>
            </div>
          );
        })}
        <div className="agreement-extra">
          <SelectField
            id={ids.extraMember}
            label="Another dissent noted at the meeting: member"
            value={extraMember}
            onChange={setExtraMember}
            error={extraError}
            options={[{ value: '', label: 'No other dissent' }, ...overview.members.map((m) => ({ value: m.person.id, label: memberName(m.person, overview.committee) }))]}
          />
          <TextAreaField id={ids.extraText} label="What they dissented from" rows={2} value={extraText} onChange={setExtraText} error={extraTextError} />
        </div>
      </fieldset>
      <TextAreaField id={ids.note} label="Note" rows={2} hint="The meeting, or anything the minutes should show." value={note} onChange={setNote} error={error('note')} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={submit.busy}>
          Record agreement
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
