/**
 * The report's check list before it goes out: each problem with a link to where it is in Draft.
 * Problems are shown here, not silently exported; the export itself warns when any remain.
 */
import type { ReportProblem } from '../../../../shared/report/model';
import { describeTally, draftHref, tallyProblems } from './export-format';

interface Props {
  investigationId: string;
  problems: ReportProblem[];
  headingId: string;
}

export function CheckList({ investigationId, problems, headingId }: Props) {
  const tally = tallyProblems(problems);
  // Problems to put right first, then warnings; within each, the report's own order.
  const ordered = [...tally.errors, ...tally.warnings];
  return (
    <div className="export-check">
      <h3 id={headingId}>Check list</h3>
      <p className={tally.errors.length > 0 ? 'export-check__tally export-check__tally--errors' : 'export-check__tally'}>{describeTally(tally)}</p>
      {ordered.length === 0 ? (
        <p>Every chapter has text, every recommendation is placed and worded, every footnote cites something, and every quotation still matches its transcript.</p>
      ) : (
        <ol className="export-check__list" aria-labelledby={headingId}>
          {ordered.map((problem, index) => {
            const messageId = `${headingId}-problem-${index}`;
            return (
              <li key={`${problem.code}-${problem.blockId ?? problem.chapterId ?? 'report'}-${index}`} className={`export-problem export-problem--${problem.severity}`}>
                <span className={problem.severity === 'error' ? 'badge badge--warning' : 'badge'}>{problem.severity === 'error' ? 'Put right' : 'Warning'}</span>{' '}
                <span id={messageId}>{problem.message}</span>{' '}
                <a href={draftHref(investigationId, problem.blockId)} aria-describedby={messageId}>
                  Open in Draft
                </a>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
