/** Meetings & witnesses: every meeting with its panels and guests, editable, and an index of guests. */
import { lazy, Suspense } from 'react';
import { Loading } from '../../components/QueryStatus';
import { count } from '../../format/plural';
import { useLoadedInvestigation } from '../../investigation/InvestigationContext';
import { MeetingsEditor } from './MeetingsEditor';

// The grid library is large; load it only when this page is opened.
const WitnessGrid = lazy(() => import('./WitnessGrid').then((module) => ({ default: module.WitnessGrid })));

export function MeetingsView() {
  const { overview } = useLoadedInvestigation();
  const guests = overview.meetings.reduce(
    (total, meeting) => total + meeting.participants.length + meeting.panels.reduce((n, panel) => n + panel.participants.length, 0),
    0,
  );
  return (
    <div>
      <p className="eyebrow">{overview.investigation.title}</p>
      <h1>Meetings &amp; witnesses</h1>
      <p className="lead">
        {count(overview.meetings.length, 'meeting')} and {count(guests, 'guest')} recorded. Keep each meeting’s date, kind and panels as the
        transcripts name them: imported transcripts and citations are matched to them.
      </p>
      <section aria-labelledby="meetings-list">
        <h2 id="meetings-list">Meetings</h2>
        <MeetingsEditor level={3} headingId="meetings-list" />
      </section>
      <section aria-labelledby="meetings-guests">
        <h2 id="meetings-guests">All guests</h2>
        <p>Every guest across the meetings. Sort by a column heading, or type to filter.</p>
        <Suspense fallback={<Loading what="the guest table" />}>
          <WitnessGrid meetings={overview.meetings} />
        </Suspense>
      </section>
    </div>
  );
}
