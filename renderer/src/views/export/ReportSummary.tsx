/** What the Word document will contain, counted from the same report model the export prints. */
import type { ReportModel } from '../../../../shared/report/model';
import { count } from '../../format/plural';

export function ReportSummary({ model }: { model: ReportModel }) {
  const chapters = model.chapters.filter((chapter) => chapter.kind === 'chapter');
  const sections = model.chapters.reduce((n, chapter) => n + chapter.sections.length, 0);
  const quotes = model.chapters.reduce(
    (n, chapter) => n + [...chapter.blocks, ...chapter.sections.flatMap((s) => s.blocks)].filter((b) => b.kind === 'quote').length,
    0,
  );
  const dissents = model.recommendations.reduce((n, r) => n + r.dissents.length, 0);
  const other = model.chapters.filter((chapter) => chapter.kind !== 'chapter').map((chapter) => chapter.heading);

  return (
    <div className="export-summary">
      <p className="export-summary__title">
        <cite>{model.title}</cite>
        <span className="export-summary__committee">{model.committeeName}</span>
      </p>
      <dl className="facts facts--columns export-summary__facts" aria-label="What the document will contain">
        <div>
          <dt>Chapters</dt>
          <dd>{chapters.length.toLocaleString('en-GB')}</dd>
        </div>
        <div>
          <dt>Sections</dt>
          <dd>{sections.toLocaleString('en-GB')}</dd>
        </div>
        <div>
          <dt>Recommendations</dt>
          <dd>{model.recommendations.length.toLocaleString('en-GB')}</dd>
        </div>
        <div>
          <dt>Footnotes</dt>
          <dd>{model.footnotes.length.toLocaleString('en-GB')}</dd>
        </div>
        <div>
          <dt>Quotations</dt>
          <dd>{quotes.toLocaleString('en-GB')}</dd>
        </div>
        <div>
          <dt>Dissents</dt>
          <dd>{dissents.toLocaleString('en-GB')}</dd>
        </div>
      </dl>
      {other.length > 0 ? (
        <p>
          Besides its chapters, the document has a cover, “Contact us”, a table of contents and {count(other.length, 'other part')}:{' '}
          {other.join(', ')}.
        </p>
      ) : (
        <p>The document has a cover, “Contact us” and a table of contents.</p>
      )}
    </div>
  );
}
