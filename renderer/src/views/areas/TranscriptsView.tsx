/**
 * Transcripts: what the area is for, the transcripts the store holds for this investigation, and
 * the transcribed meetings (formal meetings and Q&A sessions), panel by panel, with whether a
 * transcript is held for each.
 */
import { MEETING_KIND_LABELS } from '../../../../shared/domain/labels';
import type { Meeting, MeetingKind } from '../../../../shared/domain/types';
import type { TranscriptSummary } from '../../../../shared/domain/transcripts';
import { AreaHeader } from '../../components/AreaHeader';
import { AreaLink } from '../../components/AreaLink';
import { Loading, LoadError } from '../../components/QueryStatus';
import { longDateOr } from '../../format/dates';
import { count } from '../../format/plural';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useLoadedInvestigation } from '../../investigation/InvestigationContext';
import { meetingsInOrder } from '../meetings/MeetingsEditor';

/** Meetings the London Assembly transcribes; informal meetings and site visits have none. */
const TRANSCRIBED: readonly MeetingKind[] = ['formal_meeting', 'qa_session'];

export function TranscriptsView() {
  const { overview } = useLoadedInvestigation();
  const investigationId = overview.investigation.id;
  const transcripts = useApiQuery(`transcripts:${investigationId}`, (api) => api.call('transcripts.list', { investigationId }), {
    investigationId,
  });
  const meetings = meetingsInOrder(overview.meetings).filter((meeting) => TRANSCRIBED.includes(meeting.kind));

  return (
    <div>
      <AreaHeader title="Transcripts">
        <p>
          Transcripts hold what was said at each meeting, speaker by speaker, with the page numbers of the published transcript, so
          that quotations and footnotes can cite a page (“p.17”).
        </p>
      </AreaHeader>

      {transcripts.data === undefined ? (
        transcripts.error ? (
          <LoadError error={transcripts.error} what="the transcripts" onRetry={transcripts.reload} />
        ) : (
          <Loading what="transcripts" />
        )
      ) : (
        <HeldTranscripts transcripts={transcripts.data} />
      )}

      <h2>Meetings with a transcript</h2>
      <p>
        Formal meetings and Q&amp;A sessions are transcribed, panel by panel. Informal meetings and site visits are not: the report
        cites them as information heard at the meeting.
      </p>
      {meetings.length === 0 ? (
        <p className="empty">
          No formal meetings or Q&amp;A sessions are recorded. Add them in <AreaLink area="meetings">Meetings &amp; witnesses</AreaLink>.
        </p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Formal meetings and Q&amp;A sessions of this investigation</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Meeting</th>
              <th scope="col">Kind</th>
              <th scope="col">Transcripts held</th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((meeting) => (
              <tr key={meeting.id}>
                <td className="nowrap">
                  <time dateTime={meeting.heldOn}>{longDateOr(meeting.heldOn, '')}</time>
                </td>
                <th scope="row">{meeting.title}</th>
                <td>{MEETING_KIND_LABELS[meeting.kind]}</td>
                <td>{describeHeld(meeting, transcripts.data)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        Check in <AreaLink area="meetings">Meetings &amp; witnesses</AreaLink> that each meeting has the date, kind and panels its
        transcript carries, and that every guest is named as the transcript names them: speakers are matched to those names.
      </p>
    </div>
  );
}

function HeldTranscripts({ transcripts }: { transcripts: TranscriptSummary[] }) {
  if (transcripts.length === 0) {
    return <p className="notice notice--info">No transcripts are held for this investigation.</p>;
  }
  return (
    <>
      <h2>Transcripts held</h2>
      <p>{count(transcripts.length, 'transcript')} for this investigation.</p>
      <table className="table">
        <caption className="visually-hidden">Transcripts held for this investigation</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Transcript</th>
            <th scope="col" className="numeric">
              Pages
            </th>
            <th scope="col" className="numeric">
              Speaker turns
            </th>
            <th scope="col" className="numeric">
              Speakers not yet matched
            </th>
          </tr>
        </thead>
        <tbody>
          {[...transcripts]
            .sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.title.localeCompare(b.title))
            .map((transcript) => (
              <tr key={transcript.id}>
                <td className="nowrap">{longDateOr(transcript.heldOn, '')}</td>
                <th scope="row">{transcript.title}</th>
                <td className="numeric">{transcript.pageCount}</td>
                <td className="numeric">{transcript.turnCount}</td>
                <td className="numeric">{transcript.unmatchedSpeakers}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </>
  );
}

/** "Panel 1, Panel 2" / "None" / "…" while loading. */
function describeHeld(meeting: Meeting, transcripts: TranscriptSummary[] | undefined): string {
  if (!transcripts) return '…';
  const held = transcripts.filter((t) => t.meetingId === meeting.id);
  if (held.length === 0) return 'None';
  return held.map((t) => t.title).join('; ');
}
