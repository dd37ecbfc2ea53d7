/**
 * The investigation's meetings, each with its panels and guests, and every edit to them: used on
 * the Overview and, as a full page, in Meetings & witnesses. Forms open in dialogs; deletions ask
 * first.
 */
import { useState } from 'react';
import { MEETING_KIND_LABELS, displayName } from '../../../../shared/domain/labels';
import type { Meeting, Panel, Participant } from '../../../../shared/domain/types';
import { useApi } from '../../api/WorkbenchContext';
import { useAnnounce } from '../../components/Announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Heading, nextLevel, type HeadingLevel } from '../../components/Heading';
import { longDateOr } from '../../format/dates';
import { count } from '../../format/plural';
import { useLoadedInvestigation } from '../../investigation/InvestigationContext';
import { GuestForm } from './GuestForm';
import { MeetingForm } from './MeetingForm';
import { PanelForm } from './PanelForm';

type Editing =
  | { kind: 'meeting-new' }
  | { kind: 'meeting-edit'; meeting: Meeting }
  | { kind: 'meeting-delete'; meeting: Meeting }
  | { kind: 'panel-new'; meeting: Meeting }
  | { kind: 'panel-edit'; meeting: Meeting; panel: Panel }
  | { kind: 'panel-delete'; meeting: Meeting; panel: Panel }
  | { kind: 'guest-new'; meeting: Meeting; panelId: string | null }
  | { kind: 'guest-edit'; meeting: Meeting; participant: Participant }
  | { kind: 'guest-remove'; meeting: Meeting; participant: Participant }
  | null;

/** Meetings in the order they were held (the report's Committee Activity order). */
export function meetingsInOrder(meetings: Meeting[]): Meeting[] {
  return [...meetings].sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.title.localeCompare(b.title));
}

export function MeetingsEditor({ level, headingId }: { level: HeadingLevel; headingId: string }) {
  const { overview, reload } = useLoadedInvestigation();
  const api = useApi();
  const announce = useAnnounce();
  const [editing, setEditing] = useState<Editing>(null);
  const close = () => setEditing(null);
  const saved = (message = 'Saved') => {
    announce(message);
    reload();
  };
  const meetings = meetingsInOrder(overview.meetings);
  const backToList = () => document.getElementById(headingId);

  return (
    <div className="meetings">
      <div className="toolbar">
        <button type="button" className="button button--secondary" onClick={() => setEditing({ kind: 'meeting-new' })}>
          Add a meeting
        </button>
      </div>
      {meetings.length === 0 ? (
        <p className="empty">
          No meetings yet. Add each formal meeting, Q&amp;A session, informal meeting or site visit, and written evidence as it comes
          in, so that transcripts and citations can be linked to it.
        </p>
      ) : (
        <ol className="meeting-list">
          {meetings.map((meeting) => (
            <li key={meeting.id}>
              <MeetingCard meeting={meeting} level={level} onEdit={setEditing} />
            </li>
          ))}
        </ol>
      )}

      {editing?.kind === 'meeting-new' ? (
        <MeetingForm investigationId={overview.investigation.id} onClose={close} onSaved={() => saved('Meeting added')} />
      ) : null}
      {editing?.kind === 'meeting-edit' ? (
        <MeetingForm investigationId={overview.investigation.id} meeting={editing.meeting} onClose={close} onSaved={() => saved()} />
      ) : null}
      {editing?.kind === 'meeting-delete' ? (
        <ConfirmDialog
          title={`Delete “${editing.meeting.title}”?`}
          confirmLabel="Delete meeting"
          onConfirm={() => api.call('meetings.delete', { id: editing.meeting.id })}
          onDone={() => saved('Meeting deleted')}
          onClose={close}
          fallbackFocus={backToList}
        >
          <p>
            The meeting held on {longDateOr(editing.meeting.heldOn, 'an unknown date')} will be deleted, with its{' '}
            {count(editing.meeting.panels.length, 'panel')} and {count(guestsOf(editing.meeting).length, 'guest')}.
          </p>
        </ConfirmDialog>
      ) : null}
      {editing?.kind === 'panel-new' ? <PanelForm meeting={editing.meeting} onClose={close} onSaved={() => saved('Panel added')} /> : null}
      {editing?.kind === 'panel-edit' ? (
        <PanelForm meeting={editing.meeting} panel={editing.panel} onClose={close} onSaved={() => saved()} />
      ) : null}
      {editing?.kind === 'panel-delete' ? (
        <ConfirmDialog
          title={`Delete ${editing.panel.title}?`}
          confirmLabel="Delete panel"
          onConfirm={() => api.call('panels.delete', { id: editing.panel.id })}
          onDone={() => saved('Panel deleted')}
          onClose={close}
          fallbackFocus={() => document.getElementById(`meeting-${editing.meeting.id}`)}
        >
          <p>
            {editing.panel.title} will be deleted from “{editing.meeting.title}”. Its {count(editing.panel.participants.length, 'guest')}{' '}
            {editing.panel.participants.length === 1 ? 'stays' : 'stay'} at the meeting, no longer on a panel.
          </p>
        </ConfirmDialog>
      ) : null}
      {editing?.kind === 'guest-new' ? (
        <GuestForm meeting={editing.meeting} panelId={editing.panelId} onClose={close} onSaved={() => saved('Guest added')} />
      ) : null}
      {editing?.kind === 'guest-edit' ? (
        <GuestForm
          meeting={editing.meeting}
          participant={editing.participant}
          guestLabel={displayName(editing.participant.person)}
          onClose={close}
          onSaved={() => saved()}
        />
      ) : null}
      {editing?.kind === 'guest-remove' ? (
        <ConfirmDialog
          title={`Remove ${displayName(editing.participant.person)}?`}
          confirmLabel="Remove guest"
          onConfirm={() => api.call('participants.remove', { id: editing.participant.id })}
          onDone={() => saved('Guest removed')}
          onClose={close}
          fallbackFocus={() => document.getElementById(`meeting-${editing.meeting.id}`)}
        >
          <p>
            {displayName(editing.participant.person)} will be removed from the guests at “{editing.meeting.title}”.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

function guestsOf(meeting: Meeting): Participant[] {
  return [...meeting.participants, ...meeting.panels.flatMap((panel) => panel.participants)];
}

function MeetingCard({ meeting, level, onEdit }: { meeting: Meeting; level: HeadingLevel; onEdit: (editing: Editing) => void }) {
  const headingId = `meeting-${meeting.id}`;
  const panels = [...meeting.panels].sort((a, b) => a.position - b.position);
  const loose = [...meeting.participants].sort((a, b) => a.position - b.position);
  const sub = nextLevel(level);

  return (
    <article className="meeting" aria-labelledby={headingId}>
      <div className="meeting__head">
        <div>
          <Heading level={level} id={headingId} className="meeting__title">
            {meeting.title}
          </Heading>
          <p className="meeting__meta">
            <time dateTime={meeting.heldOn}>{longDateOr(meeting.heldOn, 'Date not set')}</time>
            <span className="meeting__kind">{MEETING_KIND_LABELS[meeting.kind]}</span>
            {meeting.location ? <span>{meeting.location}</span> : null}
          </p>
        </div>
        <div className="row-actions">
          <button type="button" className="button button--small button--secondary" onClick={() => onEdit({ kind: 'meeting-edit', meeting })}>
            Edit<span className="visually-hidden"> meeting “{meeting.title}”</span>
          </button>
          <button type="button" className="button button--small button--quiet-danger" onClick={() => onEdit({ kind: 'meeting-delete', meeting })}>
            Delete<span className="visually-hidden"> meeting “{meeting.title}”</span>
          </button>
        </div>
      </div>
      {meeting.notes ? <p className="meeting__notes">{meeting.notes}</p> : null}

      {panels.map((panel) => (
        // A named group rather than a region: "Panel 1" recurs across meetings, and landmarks must be unique.
        <div key={panel.id} role="group" className="panel-block" aria-labelledby={`panel-${panel.id}`}>
          <div className="section-head">
            <Heading level={sub} id={`panel-${panel.id}`} className="panel-block__title">
              {panel.title}
            </Heading>
            <div className="row-actions">
              <button type="button" className="button button--small button--secondary" onClick={() => onEdit({ kind: 'panel-edit', meeting, panel })}>
                Rename<span className="visually-hidden"> {panel.title}</span>
              </button>
              <button type="button" className="button button--small button--quiet-danger" onClick={() => onEdit({ kind: 'panel-delete', meeting, panel })}>
                Delete<span className="visually-hidden"> {panel.title}</span>
              </button>
            </div>
          </div>
          <GuestList participants={panel.participants} meeting={meeting} onEdit={onEdit} />
          <button type="button" className="button button--small button--link" onClick={() => onEdit({ kind: 'guest-new', meeting, panelId: panel.id })}>
            Add a guest to {panel.title}
            <span className="visually-hidden"> of “{meeting.title}”</span>
          </button>
        </div>
      ))}

      {loose.length > 0 || panels.length === 0 ? (
        <div role="group" className="panel-block" aria-labelledby={`guests-${meeting.id}`}>
          <Heading level={sub} id={`guests-${meeting.id}`} className="panel-block__title">
            {panels.length > 0 ? 'Guests not on a panel' : 'Guests'}
          </Heading>
          <GuestList participants={loose} meeting={meeting} onEdit={onEdit} />
        </div>
      ) : null}

      <div className="meeting__foot">
        <button type="button" className="button button--small button--secondary" onClick={() => onEdit({ kind: 'guest-new', meeting, panelId: null })}>
          Add a guest<span className="visually-hidden"> to “{meeting.title}”</span>
        </button>
        <button type="button" className="button button--small button--secondary" onClick={() => onEdit({ kind: 'panel-new', meeting })}>
          Add a panel<span className="visually-hidden"> to “{meeting.title}”</span>
        </button>
      </div>
    </article>
  );
}

function GuestList({ participants, meeting, onEdit }: { participants: Participant[]; meeting: Meeting; onEdit: (editing: Editing) => void }) {
  if (participants.length === 0) return <p className="empty">No guests recorded.</p>;
  return (
    <ul className="guest-list">
      {[...participants]
        .sort((a, b) => a.position - b.position)
        .map((participant) => {
          const name = displayName(participant.person);
          const description = [participant.roleText, participant.organisation].filter(Boolean).join(', ');
          return (
            <li key={participant.id} className="guest">
              <span className="guest__text">
                <span className="guest__name">{name}</span>
                {description ? <span className="guest__role">, {description}</span> : null}
                {participant.kind !== 'guest' ? <span className="badge">{participant.kind === 'member' ? 'Member' : 'Officer'}</span> : null}
              </span>
              <span className="row-actions">
                <button type="button" className="button button--small button--secondary" onClick={() => onEdit({ kind: 'guest-edit', meeting, participant })}>
                  Edit<span className="visually-hidden"> {name}</span>
                </button>
                <button type="button" className="button button--small button--quiet-danger" onClick={() => onEdit({ kind: 'guest-remove', meeting, participant })}>
                  Remove<span className="visually-hidden"> {name}</span>
                </button>
              </span>
            </li>
          );
        })}
    </ul>
  );
}
