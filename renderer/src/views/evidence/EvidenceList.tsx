/**
 * Quotes as the report would print them: the words as a block quote, who said them, where, and
 * who marked them. Long lists come a hundred at a time.
 */
import { useState } from 'react';
import type { Quote, Tag } from '../../../../shared/domain/evidence';
import type { Id } from '../../../../shared/domain/types';
import { Heading, type HeadingLevel } from '../../components/Heading';
import { longDateOr } from '../../format/dates';
import { count } from '../../format/plural';
import { readerHref } from '../../routing/routes';
import { ANCHOR_LABELS, attribution, pageLabel } from './evidence-format';

export type ListGrouping = 'none' | 'witness' | 'organisation' | 'author';

const PAGE = 100;

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

function groupKey(quote: Quote, by: ListGrouping): string {
  switch (by) {
    case 'witness':
      return quote.speaker;
    case 'organisation':
      return quote.organisation?.trim() || 'No organisation recorded';
    case 'author':
      return quote.authorName;
    case 'none':
      return '';
  }
}

interface Props {
  quotes: Quote[];
  tags: Tag[];
  investigationId: Id;
  by: ListGrouping;
  level: HeadingLevel;
}

export function EvidenceList({ quotes, tags, investigationId, by, level }: Props) {
  const [limit, setLimit] = useState(PAGE);
  const tagNames = new Map(tags.map((t) => [t.id, t]));
  const shown = quotes.slice(0, limit);

  const groups: { key: string; quotes: Quote[] }[] = [];
  if (by === 'none') {
    groups.push({ key: '', quotes: shown });
  } else {
    const map = new Map<string, Quote[]>();
    for (const quote of shown) {
      const key = groupKey(quote, by);
      map.set(key, [...(map.get(key) ?? []), quote]);
    }
    for (const key of [...map.keys()].sort(collator.compare)) groups.push({ key, quotes: map.get(key)! });
  }

  return (
    <div className="evidence-list">
      {groups.map((group) => (
        <div key={group.key || 'all'}>
          {group.key ? (
            <Heading level={level} className="evidence-list__group">
              {group.key} <span className="evidence-list__count">{count(group.quotes.length, 'quote')}</span>
            </Heading>
          ) : null}
          <ol className="evidence-list__items">
            {group.quotes.map((quote) => {
              const names = quote.tagIds
                .map((id) => tagNames.get(id))
                .filter((t): t is Tag => t !== undefined)
                .sort((a, b) => a.order - b.order)
                .map((t) => t.name);
              return (
                <li key={quote.id} className="evidence-item">
                  <blockquote className="evidence-item__text">{quote.text}</blockquote>
                  <p className="evidence-item__who">— {attribution(quote)}</p>
                  <p className="evidence-item__meta">
                    {quote.meetingTitle}, {longDateOr(quote.heldOn, '')}, {pageLabel(quote)} · Marked by {quote.authorName}
                    {quote.anchorStatus !== 'exact' ? (
                      <>
                        {' '}
                        · <span className={`anchor-badge anchor-badge--${quote.anchorStatus}`}>{ANCHOR_LABELS[quote.anchorStatus]}</span>
                      </>
                    ) : null}
                    {' · '}
                    <a href={readerHref(investigationId, quote.transcriptId, { page: quote.pageStart, offset: quote.startOffset })}>
                      Open in reader<span className="visually-hidden">: {quote.speaker}, {pageLabel(quote)}</span>
                    </a>
                  </p>
                  {quote.note ? <p className="evidence-item__note">Note: {quote.note}</p> : null}
                  {names.length > 0 ? <p className="evidence-item__tags">Tags: {names.join('; ')}</p> : null}
                </li>
              );
            })}
          </ol>
        </div>
      ))}
      {quotes.length > limit ? (
        <p>
          <button type="button" className="button button--secondary" onClick={() => setLimit((n) => n + PAGE)}>
            Show {Math.min(PAGE, quotes.length - limit)} more of {quotes.length.toLocaleString('en-GB')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
