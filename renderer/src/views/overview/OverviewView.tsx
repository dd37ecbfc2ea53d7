/**
 * The Overview: everything the store holds about the investigation on one page — details, the
 * committee, meetings and witnesses, the report's chapters, the numbered recommendations (with
 * dissents on the parts they dissent from) and reservations.
 */
import { ObjectionNote, RecommendationCard } from '../../components/report/RecommendationCard';
import { ChapterOutline } from '../../components/report/ChapterOutline';
import { OnThisPage } from '../../components/OnThisPage';
import { count } from '../../format/plural';
import { useLoadedInvestigation } from '../../investigation/InvestigationContext';
import { MeetingsEditor } from '../meetings/MeetingsEditor';
import { CommitteeSection } from './CommitteeSection';
import { DetailsSection } from './DetailsSection';
import { BundleExchange } from '../../components/bundles/BundleExchange';

export function OverviewView() {
  const { overview } = useLoadedInvestigation();
  const { committee, chapters, recommendations, reservations } = overview;
  const ordered = [...recommendations].sort((a, b) => a.number - b.number);

  return (
    <div className="overview">
      <DetailsSection />
      <OnThisPage
        items={[
          { id: 'overview-summary', label: 'Summary' },
          { id: 'overview-terms', label: 'Terms of reference' },
          { id: 'overview-committee', label: 'Committee' },
          { id: 'overview-meetings', label: 'Meetings and witnesses' },
          { id: 'overview-chapters', label: 'Chapters' },
          { id: 'overview-recommendations', label: 'Recommendations' },
          { id: 'overview-reservations', label: 'Reservations' },
        ]}
      />
      <section aria-labelledby="overview-committee">
        <h2 id="overview-committee">Committee</h2>
        <CommitteeSection level={3} />
      </section>
      <section aria-labelledby="overview-meetings">
        <h2 id="overview-meetings">Meetings and witnesses</h2>
        <MeetingsEditor level={3} headingId="overview-meetings" />
      </section>
      <section aria-labelledby="overview-chapters">
        <h2 id="overview-chapters">Chapters</h2>
        <ChapterOutline chapters={chapters} />
      </section>
      <section aria-labelledby="overview-recommendations">
        <h2 id="overview-recommendations">Recommendations</h2>
        {ordered.length === 0 ? (
          <p className="empty">No recommendations yet.</p>
        ) : (
          <>
            <p>The committee makes {count(ordered.length, 'recommendation')}.</p>
            <div className="recommendation-list">
              {ordered.map((recommendation) => (
                <RecommendationCard key={recommendation.id} recommendation={recommendation} committee={committee} chapters={chapters} level={3} />
              ))}
            </div>
          </>
        )}
      </section>
      <section aria-labelledby="overview-reservations">
        <h2 id="overview-reservations">Reservations</h2>
        {reservations.length === 0 ? (
          <p className="empty">No reservations are recorded.</p>
        ) : (
          <>
            <p>Reservations qualify how a paragraph of the report characterises something; they are printed as footnotes.</p>
            {reservations.map((reservation) => (
              <ObjectionNote key={reservation.id} objection={reservation} committee={committee} />
            ))}
          </>
        )}
      </section>
      <BundleExchange investigationId={overview.investigation.id} />
    </div>
  );
}
