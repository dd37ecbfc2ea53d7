/**
 * Draft: the report's structure as the store holds it — chapters, their sections, and each
 * recommendation boxed where it is placed, numbered as the report numbers them. Read-only.
 */
import type { Chapter, Recommendation } from '../../../../shared/domain/types';
import { AreaHeader } from '../../components/AreaHeader';
import { AreaLink } from '../../components/AreaLink';
import { chapterName } from '../../components/report/ChapterOutline';
import { RecommendationCard } from '../../components/report/RecommendationCard';
import { count } from '../../format/plural';
import { useLoadedInvestigation } from '../../investigation/InvestigationContext';

export function DraftView() {
  const { overview } = useLoadedInvestigation();
  const { chapters, recommendations, committee } = overview;
  const ordered = [...recommendations].sort((a, b) => a.number - b.number);
  const chapterIds = new Set(chapters.map((chapter) => chapter.id));
  const unplaced = ordered.filter((r) => r.chapterId === null || !chapterIds.has(r.chapterId));
  const sorted = [...chapters].sort((a, b) => a.position - b.position);
  // Front and closing matter (Foreword, Contents, Other formats…) carry no recommendations of their
  // own; they are listed briefly unless a recommendation has been placed in one.
  const hasRecommendations = (chapter: Chapter) => ordered.some((r) => r.chapterId === chapter.id);
  const isMatter = (chapter: Chapter) => (chapter.kind === 'front_matter' || chapter.kind === 'closing_matter') && !hasRecommendations(chapter);
  const firstBody = sorted.findIndex((chapter) => !isMatter(chapter));
  const front = sorted.filter((chapter, index) => isMatter(chapter) && (firstBody === -1 || index < firstBody));
  const closing = sorted.filter((chapter, index) => isMatter(chapter) && firstBody !== -1 && index > firstBody);
  const body = sorted.filter((chapter) => !isMatter(chapter));

  const cards = (items: Recommendation[], level: 3 | 4) =>
    items.map((recommendation) => (
      <RecommendationCard
        key={recommendation.id}
        recommendation={recommendation}
        committee={committee}
        chapters={chapters}
        level={level}
        showPlacement={false}
      />
    ));

  return (
    <div className="draft">
      <AreaHeader title="Draft">
        <p>
          The report as it is structured now: {count(body.length, 'chapter')} and {count(ordered.length, 'recommendation')}, each
          recommendation shown in the chapter and section it belongs to. Dissents are shown on the part they dissent from.
        </p>
      </AreaHeader>
      <p className="notice notice--info">
        The chapters’ paragraphs, quotations and footnotes are not held in the store, so this page shows the structure only.
      </p>
      {chapters.length === 0 ? (
        <p className="empty">
          The report has no chapters yet. Its recommendations are listed on the <AreaLink area="overview">Overview</AreaLink>.
        </p>
      ) : null}
      <MatterList title="Front matter" chapters={front} />
      {body.map((chapter) => {
        const inChapter = ordered.filter((r) => r.chapterId === chapter.id);
        const sectionIds = new Set(chapter.sections.map((s) => s.id));
        const atChapterLevel = inChapter.filter((r) => r.sectionId === null || !sectionIds.has(r.sectionId));
        return (
          <section key={chapter.id} className="draft__chapter" aria-labelledby={`draft-${chapter.id}`}>
            <h2 id={`draft-${chapter.id}`}>{chapterName(chapter)}</h2>
            {cards(atChapterLevel, 3)}
            {[...chapter.sections]
              .sort((a, b) => a.position - b.position)
              .map((section) => (
                <section key={section.id} className="draft__section" aria-labelledby={`draft-${section.id}`}>
                  <h3 id={`draft-${section.id}`}>{section.title}</h3>
                  {cards(
                    inChapter.filter((r) => r.sectionId === section.id),
                    4,
                  )}
                </section>
              ))}
          </section>
        );
      })}
      <MatterList title="Closing matter" chapters={closing} />
      {unplaced.length > 0 ? (
        <section className="draft__chapter" aria-labelledby="draft-unplaced">
          <h2 id="draft-unplaced">Recommendations not yet placed in a chapter</h2>
          {cards(unplaced, 3)}
        </section>
      ) : null}
    </div>
  );
}

function MatterList({ title, chapters }: { title: string; chapters: Chapter[] }) {
  if (chapters.length === 0) return null;
  const id = `draft-${title.toLowerCase().replace(/\s+/g, '-')}`;
  return (
    <section className="draft__chapter" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul>
        {chapters.map((chapter) => (
          <li key={chapter.id}>
            {chapterName(chapter)}
            {chapter.sections.length > 0 ? (
              <ul>
                {[...chapter.sections]
                  .sort((a, b) => a.position - b.position)
                  .map((section) => (
                    <li key={section.id}>{section.title}</li>
                  ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
