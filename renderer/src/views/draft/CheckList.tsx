/**
 * The check list: what should be put right before the report goes out — an empty chapter, a
 * recommendation with no number, a footnote that cites nothing, a quote a corrected transcript
 * lost — each with a link to the block (or chapter) it is about. Errors first, then warnings.
 */
import type { ReportProblem } from '../../../../shared/report/model';
import { count } from '../../format/plural';
import { draftHref } from './draft-links';

function ProblemItem({ problem, investigationId, chapterName }: { problem: ReportProblem; investigationId: string; chapterName: string | null }) {
  const href = problem.chapterId ? draftHref(investigationId, { chapter: problem.chapterId, block: problem.blockId }) : null;
  return (
    <li className={problem.severity === 'error' ? 'draft-problem draft-problem--error' : 'draft-problem draft-problem--warning'}>
      <span className="draft-problem__severity">{problem.severity === 'error' ? 'To put right' : 'To check'}</span>
      <span className="draft-problem__message">{problem.message}</span>
      {href ? (
        <a className="draft-problem__link" href={href}>
          {problem.blockId ? 'Go to the block' : 'Go to the chapter'}
          {chapterName ? <span className="visually-hidden"> in “{chapterName}”</span> : null}
        </a>
      ) : null}
    </li>
  );
}

interface Props {
  problems: readonly ReportProblem[];
  /** Chapter id → heading, for the links' names. */
  chapterNames: ReadonlyMap<string, string>;
  investigationId: string;
}

export function CheckList({ problems, chapterNames: names, investigationId }: Props) {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const Heading = 'h3';
  if (problems.length === 0) {
    return (
      <div className="notice notice--success" role="status">
        <p>Nothing to put right: every chapter has text, every recommendation is numbered, every footnote cites something and every quote is as the evidence has it.</p>
      </div>
    );
  }
  return (
    <div className="draft-checklist">
      <p role="status">
        {count(errors.length, 'problem')} to put right{warnings.length > 0 ? ` and ${count(warnings.length, 'thing')} to check` : ''}.
      </p>
      {errors.length > 0 ? (
        <>
          <Heading>To put right before the report goes out</Heading>
          <ul className="draft-problems">
            {errors.map((problem, i) => (
              <ProblemItem key={`e${i}`} problem={problem} investigationId={investigationId} chapterName={problem.chapterId ? (names.get(problem.chapterId) ?? null) : null} />
            ))}
          </ul>
        </>
      ) : null}
      {warnings.length > 0 ? (
        <>
          <Heading>To check</Heading>
          <ul className="draft-problems">
            {warnings.map((problem, i) => (
              <ProblemItem key={`w${i}`} problem={problem} investigationId={investigationId} chapterName={problem.chapterId ? (names.get(problem.chapterId) ?? null) : null} />
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
