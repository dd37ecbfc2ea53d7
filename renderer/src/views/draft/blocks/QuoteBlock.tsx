/**
 * A witness quote as the report prints it: the words, the footnote number, the attribution line.
 * Flagged when a corrected transcript moved or lost it, or when it was deleted from the evidence,
 * or when the words printed are no longer the quote's.
 */
import type { ModelBlock } from '../../../../../shared/report/model';

const FLAGS = {
  lost: 'This quote was lost when its transcript was replaced by a corrected version: check its words against the new transcript.',
  moved: 'This quote moved to another page when its transcript was replaced by a corrected version: its footnote now cites the new page.',
  missing: 'This quote was deleted from the evidence, so nothing is printed here. Remove the block or choose the quote again.',
} as const;

export function QuoteBlock({ printed, wordingChanged }: { printed: Extract<ModelBlock, { kind: 'quote' }> | undefined; wordingChanged: boolean }) {
  if (!printed) return <p className="muted">This quote cannot be printed; see the check list.</p>;
  const flag = printed.status === 'exact' ? null : FLAGS[printed.status];
  return (
    <figure className={flag || wordingChanged ? 'draft-quote draft-quote--flagged' : 'draft-quote'}>
      {flag ? (
        <p className={printed.status === 'moved' ? 'notice notice--warning draft-flag' : 'notice notice--error draft-flag'} role="note">
          {flag}
        </p>
      ) : null}
      {wordingChanged ? (
        <p className="notice notice--error draft-flag" role="note">
          The words printed here are no longer the quote’s words in the evidence. Edit the quote to print its words again.
        </p>
      ) : null}
      {printed.text ? (
        <blockquote>
          <p>
            “{printed.text}”{printed.footnote !== null ? <sup className="draft-footnote">{printed.footnote}</sup> : null}
          </p>
        </blockquote>
      ) : null}
      {printed.attribution ? <figcaption>{printed.attribution}</figcaption> : null}
    </figure>
  );
}
