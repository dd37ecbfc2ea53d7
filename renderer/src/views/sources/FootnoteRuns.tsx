/**
 * A footnote as house style prints it, from its runs. Links open outside the workbench; a link
 * whose address is not http(s) or mailto is printed as plain words, whatever the server sent.
 */
import type { TextRun } from '../../../../shared/domain/sources';
import { safeHref } from './sources-format';

/** The id of the one hidden "opens in a new window" note the links point at (see NewWindowNote). */
export const NEW_WINDOW_NOTE_ID = 'sources-new-window-note';

export function FootnoteRuns({ runs }: { runs: TextRun[] }) {
  return (
    <>
      {runs.map((run, index) => {
        const href = safeHref(run.href);
        return href ? (
          <a key={index} href={href} target="_blank" rel="noreferrer noopener" aria-describedby={NEW_WINDOW_NOTE_ID}>
            {run.text}
          </a>
        ) : (
          <span key={index}>{run.text}</span>
        );
      })}
    </>
  );
}

/** Rendered once per page: screen readers hear it after each outside link. */
export function NewWindowNote() {
  return (
    <span id={NEW_WINDOW_NOTE_ID} hidden>
      Opens in a new window
    </span>
  );
}
