/**
 * A comparison, read top to bottom: the one-sentence summary, the front pages, the
 * recommendations (added, removed, renumbered, reworded), then chapter by chapter every paragraph
 * that changed, was added, removed or moved, with its words marked, and last the footnotes.
 */
import { useEffect, useRef } from 'react';
import type { BlockChange, ChapterComparison, RecommendationChange, VersionComparison } from '../../../../../shared/domain/versions';
import { renumberingRuns } from '../../../../../shared/domain/versions';
import { count } from '../../../format/plural';
import { DiffKey, WordDiff } from './WordDiff';
import { savedAt } from './versions-format';

const BLOCK_STATUS: Record<BlockChange['status'], string> = { changed: 'Changed', added: 'Added', removed: 'Removed', moved: 'Moved' };
const CHAPTER_STATUS: Record<ChapterComparison['status'], string | null> = { same: null, added: 'Chapter added', removed: 'Chapter removed', renamed: 'Chapter renamed' };

function sideName(side: VersionComparison['from']): string {
  return side.versionId === null || side.savedAt === null ? 'the current draft' : `“${side.name}” (saved ${savedAt(side.savedAt)})`;
}

export function ComparisonView({ comparison, headingId, focusRequest }: { comparison: VersionComparison; headingId: string; focusRequest: number }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusRequest > 0) heading.current?.focus();
  }, [focusRequest]);
  return (
    <section className="comparison" aria-labelledby={headingId}>
      <h4 id={headingId} tabIndex={-1} ref={heading}>
        Changes from {sideName(comparison.from)} to {sideName(comparison.to)}
      </h4>
      <p className="comparison__summary">{comparison.summary}</p>
      {comparison.identical ? null : (
        <>
          <DiffKey />
          <FrontMatter comparison={comparison} />
          <Recommendations changes={comparison.recommendations} />
          {comparison.chapters.map((chapter) => (
            <Chapter key={chapter.chapterId} chapter={chapter} />
          ))}
          <Footnotes comparison={comparison} />
        </>
      )}
    </section>
  );
}

function FrontMatter({ comparison }: { comparison: VersionComparison }) {
  if (comparison.frontMatter.length === 0) return null;
  return (
    <section className="comparison__group">
      <h5>Front pages</h5>
      {comparison.frontMatter.map((change) => (
        <div className="comparison__item" key={change.field}>
          <p className="comparison__label">{change.field}</p>
          <WordDiff words={change.words} />
        </div>
      ))}
    </section>
  );
}

function recommendationHeading(change: RecommendationChange): string {
  if (change.status === 'added') return `Recommendation ${change.toNumber}: added`;
  if (change.status === 'removed') return `Recommendation ${change.fromNumber}: removed`;
  const number = change.fromNumber !== change.toNumber ? `Recommendation ${change.toNumber} (was ${change.fromNumber})` : `Recommendation ${change.toNumber}`;
  return change.textChanged ? `${number}: reworded` : number;
}

function Recommendations({ changes }: { changes: RecommendationChange[] }) {
  const renumbered = renumberingRuns(changes);
  // Those renumbered and nothing else are said once, in runs, rather than one by one.
  const detailed = changes.filter((c) => c.status !== 'kept' || c.textChanged || c.dissentsAdded.length > 0 || c.dissentsRemoved.length > 0);
  if (changes.length === 0) return null;
  return (
    <section className="comparison__group">
      <h5>Recommendations</h5>
      {renumbered.length > 0 ? (
        <ul className="comparison__renumbered">
          {renumbered.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      {detailed.map((change) => (
        <div className={`comparison__item comparison__item--${change.status}`} key={change.recommendationId}>
          <p className="comparison__label">{recommendationHeading(change)}</p>
          {change.words.length > 0 ? <WordDiff words={change.words} /> : null}
          {change.status === 'kept'
            ? [
                ...change.dissentsAdded.map((member) => <p key={`+${member}`}>{member}’s dissent added.</p>),
                ...change.dissentsRemoved.map((member) => <p key={`-${member}`}>{member}’s dissent taken off.</p>),
              ]
            : null}
        </div>
      ))}
    </section>
  );
}

function Chapter({ chapter }: { chapter: ChapterComparison }) {
  const status = CHAPTER_STATUS[chapter.status];
  return (
    <section className="comparison__group">
      <h5>{chapter.heading}</h5>
      {status ? (
        <p className="comparison__status">
          {status}
          {chapter.previousHeading ? `: it was “${chapter.previousHeading}”` : ''}.
        </p>
      ) : null}
      {chapter.sections.length > 0 ? (
        <ul className="comparison__sections">
          {chapter.sections.map((section) => (
            <li key={section.sectionId}>
              {section.status === 'renamed' ? `Section “${section.previousTitle}” renamed “${section.title}”` : `Section “${section.title}” ${section.status}`}
            </li>
          ))}
        </ul>
      ) : null}
      {chapter.blocks.map((block, index) => (
        <div className={`comparison__item comparison__item--${block.status}`} key={`${block.blockId ?? 'generated'}-${index}`}>
          <p className="comparison__label">
            <span className="comparison__badge">{BLOCK_STATUS[block.status]}</span> {block.label}
            {block.sectionTitle ? <span className="muted"> in “{block.sectionTitle}”</span> : null}
            {block.movedFrom ? <span className="muted">, moved from {block.movedFrom}</span> : null}
          </p>
          <WordDiff words={block.words} />
        </div>
      ))}
    </section>
  );
}

function Footnotes({ comparison }: { comparison: VersionComparison }) {
  const { changes, renumbered } = comparison.footnotes;
  if (changes.length === 0 && renumbered === 0) return null;
  return (
    <section className="comparison__group">
      <h5>Footnotes</h5>
      {renumbered > 0 ? <p>{count(renumbered, 'footnote')} kept the same words under a new number.</p> : null}
      {changes.map((change, index) => (
        <div className={`comparison__item comparison__item--${change.status}`} key={index}>
          <p className="comparison__label">
            {change.status === 'added'
              ? `Footnote ${change.toNumber}: added`
              : change.status === 'removed'
                ? `Footnote ${change.fromNumber}: removed`
                : `Footnote ${change.toNumber}${change.fromNumber !== change.toNumber ? ` (was ${change.fromNumber})` : ''}: reworded`}
          </p>
          <WordDiff words={change.words} />
        </div>
      ))}
    </section>
  );
}
