/** The report's chapters and their sections, as a nested list. */
import type { Chapter } from '../../../../shared/domain/types';

export function chapterName(chapter: Chapter): string {
  return chapter.label ? `${chapter.label}: ${chapter.title}` : chapter.title;
}

export function ChapterOutline({ chapters }: { chapters: Chapter[] }) {
  if (chapters.length === 0) return <p className="empty">The report has no chapters yet.</p>;
  return (
    <ol className="outline">
      {[...chapters]
        .sort((a, b) => a.position - b.position)
        .map((chapter) => (
          <li key={chapter.id}>
            <span className="outline__chapter">{chapterName(chapter)}</span>
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
    </ol>
  );
}
