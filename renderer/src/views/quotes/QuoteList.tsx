/**
 * The reader's list of quotes: those on the page in view (or all of the transcript's), each with
 * its colour, words, speaker, page and first tag, and a badge when a corrected version moved it
 * or lost its words. Choosing one shows it in the text with its details, so every highlight can
 * be reached from the keyboard here as well as in the text.
 */
import { useId, useState } from 'react';
import type { Quote, Tag } from '../../../../shared/domain/evidence';
import type { Id } from '../../../../shared/domain/types';
import { count } from '../../format/plural';
import { AnchorBadge } from './QuoteCard';
import { excerpt, pagesLabel, speakerOf } from './quote-segments';
import { quoteColour } from './tag-colours';

interface Props {
  quotes: Quote[] | undefined;
  tagsById: ReadonlyMap<Id, Tag>;
  /** The page at the top of the reader. */
  page: number;
  /** Quotes whose details are open. */
  openIds: readonly Id[];
  onOpen: (quote: Quote, opener: HTMLElement) => void;
  error?: string | null;
}

export function QuoteList({ quotes, tagsById, page, openIds, onOpen, error }: Props) {
  const id = useId();
  const [scope, setScope] = useState<'page' | 'all'>('page');
  const all = quotes ?? [];
  const onPage = all.filter((q) => q.pageStart <= page && page <= q.pageEnd);
  const lost = all.filter((q) => q.anchorStatus === 'lost');
  const shown = scope === 'page' ? onPage : all;

  return (
    <section aria-labelledby={`${id}-title`} className="reader__tool quote-list-tool">
      <h2 id={`${id}-title`} className="reader__tool-title">
        Quotes
      </h2>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <p className="field__hint">
        Select words in the text, then press <kbd>Q</kbd> to mark a quote.
      </p>
      <div className="quote-scope" role="group" aria-label="Which quotes to list">
        <button type="button" className="quote-scope__button" aria-pressed={scope === 'page'} onClick={() => setScope('page')}>
          On page {page} ({onPage.length})
        </button>
        <button type="button" className="quote-scope__button" aria-pressed={scope === 'all'} onClick={() => setScope('all')}>
          All ({all.length})
        </button>
      </div>
      {lost.length > 0 ? (
        <p className="quote-list__lost">
          {count(lost.length, 'quote')} lost {lost.length === 1 ? 'its' : 'their'} place when the transcript was corrected: find{' '}
          {lost.length === 1 ? 'it' : 'them'} again or delete {lost.length === 1 ? 'it' : 'them'}.
        </p>
      ) : null}
      {quotes === undefined ? (
        <p className="loading">Loading quotes…</p>
      ) : shown.length === 0 ? (
        <p className="empty">{scope === 'page' ? 'No quotes on this page yet.' : 'No quotes in this transcript yet.'}</p>
      ) : (
        <ul className="quote-list" aria-label={scope === 'page' ? 'Quotes on this page' : 'All quotes in this transcript'}>
          {shown.map((quote) => {
            const colour = quoteColour(quote.tagIds, tagsById);
            const tags = quote.tagIds.map((t) => tagsById.get(t)).filter((t): t is Tag => t !== undefined);
            return (
              <li key={quote.id}>
                <button
                  type="button"
                  className="quote-item"
                  aria-expanded={openIds.includes(quote.id)}
                  data-quote-item={quote.id}
                  onClick={(event) => onOpen(quote, event.currentTarget)}
                >
                  <span className="quote-item__swatch" style={{ backgroundColor: colour.tint, borderColor: colour.line }} aria-hidden="true" />
                  <span className="quote-item__body">
                    <span className="quote-item__text">“{excerpt(quote.text, 90)}”</span>
                    <span className="quote-item__meta">
                      {[speakerOf(quote), pagesLabel(quote.pageStart, quote.pageEnd)].filter(Boolean).join(' · ')}
                      {tags.length > 0 ? ` · ${tags[0]!.name}${tags.length > 1 ? ` +${tags.length - 1}` : ''}` : ' · no tags'}
                    </span>
                    <AnchorBadge status={quote.anchorStatus} />
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
