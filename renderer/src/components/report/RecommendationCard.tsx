/**
 * One recommendation as the report boxes it: its number, its parts (paragraphs and bullet
 * lists) and any dissent, attached to the part it dissents from (Recommendation 8: Zoë Garbett AM
 * dissents from "support the Met's use of the tactic" only). A dissent from the whole
 * recommendation follows its parts.
 */
import type { Chapter, Committee, Objection, Recommendation, RecommendationPart } from '../../../../shared/domain/types';
import { longDateOr } from '../../format/dates';
import { memberName } from '../../../../shared/domain/labels';
import { Heading, type HeadingLevel } from '../Heading';

interface Props {
  recommendation: Recommendation;
  committee: Committee;
  chapters: Chapter[];
  level: HeadingLevel;
  /** Where the recommendation sits; hidden when the page already shows it (the Draft area). */
  showPlacement?: boolean;
}

export function RecommendationCard({ recommendation, committee, chapters, level, showPlacement = true }: Props) {
  const headingId = `recommendation-${recommendation.id}`;
  const groups = groupParts([...recommendation.parts].sort((a, b) => a.position - b.position));
  const wholeDissents = recommendation.dissents.filter((d) => d.recommendationPartId === null);
  const placement = showPlacement ? describePlacement(recommendation, chapters) : null;

  return (
    <article className="recommendation" aria-labelledby={headingId}>
      <Heading level={level} id={headingId} className="recommendation__title">
        Recommendation {recommendation.number}
      </Heading>
      {groups.map((group) =>
        group.kind === 'paragraph' ? (
          <div key={group.parts[0]!.id} className="recommendation__part">
            <p>{group.parts[0]!.text}</p>
            <Dissents objections={dissentsFor(recommendation, group.parts[0]!)} committee={committee} />
          </div>
        ) : (
          <ul key={group.parts[0]!.id} className="recommendation__bullets">
            {group.parts.map((part) => (
              <li key={part.id}>
                {part.text}
                <Dissents objections={dissentsFor(recommendation, part)} committee={committee} />
              </li>
            ))}
          </ul>
        ),
      )}
      <Dissents objections={wholeDissents} committee={committee} />
      {placement || recommendation.addressee || recommendation.dueOn || recommendation.dueNote ? (
        <dl className="recommendation__meta">
          {placement ? (
            <div>
              <dt>In</dt>
              <dd>{placement}</dd>
            </div>
          ) : null}
          {recommendation.addressee ? (
            <div>
              <dt>Addressed to</dt>
              <dd>{recommendation.addressee}</dd>
            </div>
          ) : null}
          {recommendation.dueOn || recommendation.dueNote ? (
            <div>
              <dt>Due</dt>
              <dd>{[recommendation.dueOn ? longDateOr(recommendation.dueOn, '') : null, recommendation.dueNote].filter(Boolean).join(' — ')}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
    </article>
  );
}

function Dissents({ objections, committee }: { objections: Objection[]; committee: Committee }) {
  if (objections.length === 0) return null;
  return (
    <>
      {objections.map((objection) => (
        <ObjectionNote key={objection.id} objection={objection} committee={committee} />
      ))}
    </>
  );
}

/** A dissent or reservation, marked so it cannot be mistaken for the committee's own words. */
export function ObjectionNote({ objection, committee }: { objection: Objection; committee: Committee }) {
  const label = objection.kind === 'dissent' ? 'Dissent' : 'Reservation';
  const name = memberName(objection.member, committee);
  return (
    <div className={`objection objection--${objection.kind}`} role="note" aria-label={`${label} — ${name}`}>
      <p>
        <span className="objection__label">
          {label} — {name}:
        </span>{' '}
        {objection.text}
      </p>
      {objection.anchorText ? (
        <p className="objection__anchor">
          About the words: <q>{objection.anchorText}</q>
        </p>
      ) : null}
    </div>
  );
}

type PartGroup = { kind: 'paragraph' | 'bullet'; parts: RecommendationPart[] };

/** Consecutive bullets become one list; each paragraph stands alone. */
function groupParts(parts: RecommendationPart[]): PartGroup[] {
  const groups: PartGroup[] = [];
  for (const part of parts) {
    const last = groups[groups.length - 1];
    if (part.kind === 'bullet' && last?.kind === 'bullet') last.parts.push(part);
    else groups.push({ kind: part.kind, parts: [part] });
  }
  return groups;
}

function dissentsFor(recommendation: Recommendation, part: RecommendationPart): Objection[] {
  return recommendation.dissents.filter((d) => d.recommendationPartId === part.id);
}

function describePlacement(recommendation: Recommendation, chapters: Chapter[]): string | null {
  const chapter = chapters.find((c) => c.id === recommendation.chapterId);
  if (!chapter) return null;
  const section = chapter.sections.find((s) => s.id === recommendation.sectionId);
  const chapterName = chapter.label ? `${chapter.label}: ${chapter.title}` : chapter.title;
  return section ? `${chapterName} — ${section.title}` : chapterName;
}
