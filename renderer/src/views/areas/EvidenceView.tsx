/** Evidence: what the area gathers, and the evidence sessions and guests recorded so far. */
import { MEETING_KIND_LABELS } from '../../../../shared/domain/labels';
import { MEETING_KINDS } from '../../../../shared/domain/types';
import { AreaHeader } from '../../components/AreaHeader';
import { AreaLink } from '../../components/AreaLink';
import { useLoadedInvestigation } from '../../investigation/InvestigationContext';

export function EvidenceView() {
  const { overview } = useLoadedInvestigation();
  const byKind = MEETING_KINDS.map((kind) => ({
    kind,
    meetings: overview.meetings.filter((meeting) => meeting.kind === kind),
  }));
  const guests = overview.meetings.reduce(
    (total, meeting) => total + meeting.participants.length + meeting.panels.reduce((n, panel) => n + panel.participants.length, 0),
    0,
  );

  return (
    <div>
      <AreaHeader title="Evidence">
        <p>
          Evidence is what the committee heard and read: passages marked in transcripts, written submissions, and notes of informal
          meetings, each traceable to the meeting or document it came from.
        </p>
      </AreaHeader>
      <p className="notice notice--info">
        No marked passages or submissions are held for this investigation. This version of the workbench records the meetings at which
        evidence was taken and the guests who gave it.
      </p>

      <h2>Evidence sessions recorded</h2>
      <table className="table table--compact">
        <caption className="visually-hidden">Meetings of this investigation by kind</caption>
        <thead>
          <tr>
            <th scope="col">Kind of meeting</th>
            <th scope="col" className="numeric">
              Recorded
            </th>
          </tr>
        </thead>
        <tbody>
          {byKind.map(({ kind, meetings }) => (
            <tr key={kind}>
              <th scope="row">{MEETING_KIND_LABELS[kind]}</th>
              <td className="numeric">{meetings.length}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Guests heard</th>
            <td className="numeric">{guests}</td>
          </tr>
        </tfoot>
      </table>
      <p>
        What you can do now: record each evidence session, and each written submission as a meeting of the kind “Written evidence”, in{' '}
        <AreaLink area="meetings">Meetings &amp; witnesses</AreaLink>.
      </p>
    </div>
  );
}
