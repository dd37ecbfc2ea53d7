/**
 * Transcripts: the investigation's transcripts, meeting by meeting (formal meetings and Q&A
 * sessions are transcribed, panel by panel), each with its pages, speaker turns and the speakers
 * still to link; importing a new one (drop a file anywhere on the page, or choose it); linking
 * speakers to people; deleting.
 */
import { useEffect, useRef, useState } from 'react';
import { MEETING_KIND_LABELS } from '../../../../shared/domain/labels';
import type { Meeting, MeetingKind } from '../../../../shared/domain/types';
import type { TranscriptSummary } from '../../../../shared/domain/transcripts';
import { useApi } from '../../api/WorkbenchContext';
import { focusImportRequest } from '../../commands/ui-requests';
import { useAnnounce } from '../../components/Announcer';
import { AreaHeader } from '../../components/AreaHeader';
import { AreaLink } from '../../components/AreaLink';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Modal } from '../../components/Modal';
import { Loading, LoadError } from '../../components/QueryStatus';
import { longDateOr } from '../../format/dates';
import { count } from '../../format/plural';
import { commandKey } from '../../format/keys';
import { TRANSCRIPT_FORMAT_LABELS, speakersToLink } from '../../format/transcripts';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useFileDrop } from '../../hooks/useFileDrop';
import { useLoadedInvestigation } from '../../investigation/InvestigationContext';
import { readerHref } from '../../routing/routes';
import { ReplaceTranscriptDialog } from './ReplaceTranscriptDialog';
import { meetingsInOrder } from '../meetings/MeetingsEditor';
import { ImportPanel, type ImportPanelHandle } from './ImportPanel';
import { SpeakersPanel } from './SpeakersTable';

/** Meetings the London Assembly transcribes; informal meetings and site visits have none. */
const TRANSCRIBED: readonly MeetingKind[] = ['formal_meeting', 'qa_session'];

type Editing =
  | { kind: 'speakers'; transcript: TranscriptSummary }
  | { kind: 'replace'; transcript: TranscriptSummary }
  | { kind: 'delete'; transcript: TranscriptSummary }
  | null;

export function TranscriptsView() {
  const { overview } = useLoadedInvestigation();
  const api = useApi();
  const announce = useAnnounce();
  const investigationId = overview.investigation.id;
  const transcripts = useApiQuery(`transcripts:${investigationId}`, (client) => client.call('transcripts.list', { investigationId }), {
    investigationId,
  });
  const importRef = useRef<ImportPanelHandle>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const dragging = useFileDrop((file) => importRef.current?.startWithFile(file), () => importRef.current?.canAcceptFile() ?? false);

  // The desktop menu's "Import…" lands here; wait a frame past the page's own focus on its heading.
  useEffect(
    () =>
      focusImportRequest.subscribe(() => {
        window.requestAnimationFrame(() => window.requestAnimationFrame(() => importRef.current?.focusChooser()));
      }),
    [],
  );

  const all = meetingsInOrder(overview.meetings);
  const held = transcripts.data ?? [];
  const listed = all.filter((meeting) => TRANSCRIBED.includes(meeting.kind) || held.some((t) => t.meetingId === meeting.id));
  const toLink = held.filter((t) => t.unmatchedSpeakers > 0).length;

  return (
    <div className="transcripts-page">
      <AreaHeader title="Transcripts">
        <p>
          Transcripts hold what was said at each meeting, speaker by speaker, with the page numbers of the published transcript, so that
          quotations and footnotes can cite a page (“p.17”). Search them all with <kbd>{commandKey()}</kbd>+<kbd>K</kbd>.
        </p>
      </AreaHeader>

      <ImportPanel ref={importRef} meetings={all} transcripts={transcripts.data} />

      <section aria-labelledby="transcripts-by-meeting">
        <h2 id="transcripts-by-meeting">Transcripts by meeting</h2>
        {transcripts.data === undefined ? (
          transcripts.error ? (
            <LoadError error={transcripts.error} what="the transcripts" onRetry={transcripts.reload} />
          ) : (
            <Loading what="transcripts" />
          )
        ) : (
          <p>
            {held.length === 0
              ? 'No transcripts are held for this investigation yet.'
              : `${count(held.length, 'transcript')} held${toLink > 0 ? `; ${count(toLink, 'has', 'have')} speakers to link` : ', every speaker linked'}.`}
          </p>
        )}
        {listed.length === 0 ? (
          <p className="empty">
            No formal meetings or Q&amp;A sessions are recorded. Add them in <AreaLink area="meetings">Meetings &amp; witnesses</AreaLink>.
          </p>
        ) : (
          <ol className="meeting-list">
            {listed.map((meeting) => (
              <li key={meeting.id}>
                <MeetingTranscripts
                  meeting={meeting}
                  transcripts={transcripts.data?.filter((t) => t.meetingId === meeting.id)}
                  onImport={() => importRef.current?.startForMeeting(meeting.id)}
                  onEdit={setEditing}
                />
              </li>
            ))}
          </ol>
        )}
        <p>
          Informal meetings and site visits are not transcribed: the report cites them as information heard at the meeting. Check in{' '}
          <AreaLink area="meetings">Meetings &amp; witnesses</AreaLink> that every guest is named as the transcript names them: speakers
          are matched to those names.
        </p>
      </section>

      {editing?.kind === 'speakers' ? (
        <Modal title={`Speakers in “${editing.transcript.title}”`} onClose={() => setEditing(null)} wide>
          <p>
            Link each speaker to a person, so that quotations carry their name and role. A link applies to every turn of that speaker.
          </p>
          <SpeakersPanel transcriptId={editing.transcript.id} caption={`Speakers in “${editing.transcript.title}”`} />
          <div className="form-actions">
            <button type="button" className="button" onClick={() => setEditing(null)}>
              Done
            </button>
          </div>
        </Modal>
      ) : null}
      {editing?.kind === 'replace' ? (
        <ReplaceTranscriptDialog
          transcript={editing.transcript}
          onClose={() => setEditing(null)}
          onShow={(request) => {
            // The reader opens at the quote's place (a lost quote: near its old page).
            window.location.hash = readerHref(investigationId, editing.transcript.id, request.offset !== undefined ? { offset: request.offset } : { page: request.page });
          }}
        />
      ) : null}
      {editing?.kind === 'delete' ? (
        <ConfirmDialog
          title={`Delete “${editing.transcript.title}”?`}
          confirmLabel="Delete transcript"
          onConfirm={() => api.call('transcripts.delete', { id: editing.transcript.id })}
          onDone={() => {
            announce('Transcript deleted');
            transcripts.reload();
          }}
          onClose={() => setEditing(null)}
          fallbackFocus={() => document.getElementById(`transcripts-meeting-${editing.transcript.meetingId}`)}
        >
          <p>
            The transcript of {longDateOr(editing.transcript.heldOn, 'an unknown date')} ({count(editing.transcript.pageCount, 'page')},{' '}
            {count(editing.transcript.turnCount, 'speaker turn')}) will be deleted with its search index. The meeting and its guests stay.
          </p>
        </ConfirmDialog>
      ) : null}

      <div className={dragging ? 'drop-overlay drop-overlay--visible' : 'drop-overlay'} aria-hidden="true">
        <p>Drop the transcript to import it</p>
      </div>
    </div>
  );
}

function MeetingTranscripts({
  meeting,
  transcripts,
  onImport,
  onEdit,
}: {
  meeting: Meeting;
  transcripts: TranscriptSummary[] | undefined;
  onImport: () => void;
  onEdit: (editing: Editing) => void;
}) {
  const { overview } = useLoadedInvestigation();
  const headingId = `transcripts-meeting-${meeting.id}`;
  const panels = [...meeting.panels].sort((a, b) => a.position - b.position);
  const panelTitle = (id: string | null) => panels.find((p) => p.id === id)?.title ?? null;
  const ordered = [...(transcripts ?? [])].sort(
    (a, b) =>
      panels.findIndex((p) => p.id === a.panelId) - panels.findIndex((p) => p.id === b.panelId) || a.title.localeCompare(b.title),
  );
  const missingPanels = panels.filter((panel) => !ordered.some((t) => t.panelId === panel.id));

  return (
    <article className="meeting" aria-labelledby={headingId}>
      <div className="meeting__head">
        <div>
          <h3 id={headingId} className="meeting__title">
            {meeting.title}
          </h3>
          <p className="meeting__meta">
            <time dateTime={meeting.heldOn}>{longDateOr(meeting.heldOn, 'Date not set')}</time>
            <span className="meeting__kind">{MEETING_KIND_LABELS[meeting.kind]}</span>
            {panels.length > 0 ? <span>{panels.map((p) => p.title).join(', ')}</span> : null}
          </p>
        </div>
      </div>
      {transcripts === undefined ? null : ordered.length === 0 ? (
        <p className="empty">No transcript yet.</p>
      ) : (
        <ul className="transcript-list">
          {ordered.map((transcript) => {
            const panel = panelTitle(transcript.panelId);
            return (
              <li key={transcript.id} className="transcript-item">
                <div className="transcript-item__main">
                  <h4 className="transcript-item__title">
                    <a href={readerHref(overview.investigation.id, transcript.id)}>{transcript.title}</a>
                  </h4>
                  <p className="transcript-item__meta">
                    {[
                      panel,
                      count(transcript.pageCount, 'page'),
                      count(transcript.turnCount, 'speaker turn'),
                      transcript.format ? TRANSCRIPT_FORMAT_LABELS[transcript.format] : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                    {transcript.originalFileName ? (
                      <>
                        {' · '}
                        <span className="transcript-item__file">{transcript.originalFileName}</span>
                      </>
                    ) : null}
                  </p>
                  {transcript.unmatchedSpeakers > 0 ? (
                    <p className="transcript-item__status">
                      <span className="badge badge--warning">{speakersToLink(transcript.unmatchedSpeakers)}</span>
                    </p>
                  ) : transcript.turnCount > 0 ? (
                    <p className="transcript-item__status">
                      <span className="badge badge--success">Every speaker linked</span>
                    </p>
                  ) : null}
                </div>
                <div className="row-actions">
                  <button
                    type="button"
                    className={transcript.unmatchedSpeakers > 0 ? 'button button--small' : 'button button--small button--secondary'}
                    onClick={() => onEdit({ kind: 'speakers', transcript })}
                  >
                    {transcript.unmatchedSpeakers > 0 ? 'Link speakers' : 'Speakers'}
                    <span className="visually-hidden"> in “{transcript.title}”</span>
                  </button>
                  <button type="button" className="button button--small button--secondary" onClick={() => onEdit({ kind: 'replace', transcript })}>
                    Replace…<span className="visually-hidden"> “{transcript.title}” with a corrected version</span>
                  </button>
                  <button type="button" className="button button--small button--quiet-danger" onClick={() => onEdit({ kind: 'delete', transcript })}>
                    Delete<span className="visually-hidden"> “{transcript.title}”</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {transcripts !== undefined && (ordered.length === 0 || missingPanels.length > 0) ? (
        <div className="meeting__foot">
          <button type="button" className="button button--small button--secondary" onClick={onImport}>
            {ordered.length === 0 ? 'Import transcript…' : `Import ${missingPanels.map((p) => p.title).join(' or ')} transcript…`}
            <span className="visually-hidden">
              {' '}
              for “{meeting.title}”, {longDateOr(meeting.heldOn, '')}
            </span>
          </button>
        </div>
      ) : null}
    </article>
  );
}
