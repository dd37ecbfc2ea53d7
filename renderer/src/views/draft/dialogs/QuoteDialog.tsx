/**
 * Dropping a witness quote into the draft: find it among the quotes marked in the evidence (type
 * words, ↑/↓, Enter), check its attribution line, and add it. Its footnote citing the transcript's
 * page is made by the workbench. Editing a quote block changes its attribution or the words
 * printed (an excerpt, pieces joined by "[...]"); the quote itself is edited in the evidence.
 */
import { useId, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Quote } from '../../../../../shared/domain/evidence';
import type { QuoteContent } from '../../../../../shared/report/content';
import { useApi } from '../../../api/WorkbenchContext';
import { useAnnounce } from '../../../components/Announcer';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextAreaField, TextField } from '../../../components/Field';
import { Loading, LoadError } from '../../../components/QueryStatus';
import { Modal } from '../../../components/Modal';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { fieldError, useSubmit } from '../../../hooks/useSubmit';
import { fold, matchesWords } from '../../sources/sources-format';
import { opening } from '../draft-format';
import { useDraft } from '../DraftContext';
import type { BlockPlacement } from './useBlockSave';

export function defaultAttribution(quote: Pick<Quote, 'speaker' | 'roleText' | 'organisation'>): string {
  return [quote.speaker, quote.roleText, quote.organisation].filter((part): part is string => Boolean(part && part.trim())).join(', ');
}

function pages(quote: Quote): string {
  return quote.pageStart === quote.pageEnd ? `p.${quote.pageStart}` : `p.${quote.pageStart}-${quote.pageEnd}`;
}

const SHOWN = 30;

interface Props {
  /** A new quote block goes here. */
  placement?: BlockPlacement;
  /** An existing quote block to edit. */
  existing?: { blockId: string; content: QuoteContent };
  onClose: () => void;
  onCreated?: (blockId: string) => void;
}

export function QuoteDialog({ placement, existing, onClose, onCreated }: Props) {
  const { investigationId } = useDraft();
  const quotes = useApiQuery(`draft-quotes:${investigationId}`, (client) => client.call('quotes.list', { investigationId }), { investigationId, entities: ['quote'] });
  const [chosen, setChosen] = useState<Quote | null>(null);
  const current = existing ? quotes.data?.find((q) => q.id === existing.content.quoteId) : chosen;

  let body;
  if (quotes.error && !quotes.data) body = <LoadError error={quotes.error} what="the quotes" onRetry={quotes.reload} />;
  else if (!quotes.data) body = <Loading what="the quotes" />;
  else if (existing && !current) body = <p className="notice notice--warning">This quote was deleted from the evidence. Remove the block, or add the quote again from the evidence.</p>;
  else if (current) body = <QuoteDetails quote={current} existing={existing} placement={placement} onBack={existing ? undefined : () => setChosen(null)} onClose={onClose} onCreated={onCreated} />;
  else body = <QuoteSearch quotes={quotes.data} onChoose={setChosen} />;
  return (
    <Modal title={existing ? 'Edit the quote' : 'Add a quote from the evidence'} onClose={onClose} wide>
      {body}
    </Modal>
  );
}

function QuoteSearch({ quotes, onChoose }: { quotes: Quote[]; onChoose: (quote: Quote) => void }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const found = useMemo(() => {
    const words = query.trim();
    const all = words ? quotes.filter((q) => matchesWords(fold(`${q.speaker} ${q.roleText ?? ''} ${q.organisation ?? ''} ${q.transcriptTitle} ${q.text}`), words)) : quotes;
    return all.slice(0, SHOWN);
  }, [quotes, query]);
  const total = query.trim() ? quotes.filter((q) => matchesWords(fold(`${q.speaker} ${q.roleText ?? ''} ${q.organisation ?? ''} ${q.transcriptTitle} ${q.text}`), query.trim())).length : quotes.length;
  const at = Math.min(active, Math.max(found.length - 1, 0));
  const optionId = (quote: Quote) => `${id}-quote-${quote.id}`;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? Math.min(at + 1, found.length - 1) : Math.max(at - 1, 0);
      setActive(next);
      const quote = found[next];
      if (quote) document.getElementById(optionId(quote))?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter' && found[at]) {
      event.preventDefault();
      onChoose(found[at]);
    }
  };

  return (
    <div className="citation-picker">
      <div className="field">
        <label htmlFor={`${id}-query`}>Find a quote</label>
        <p className="field__hint" id={`${id}-hint`}>
          Words from the quote, the witness’s name or organisation; ↑ and ↓ move, Enter chooses.
        </p>
        <input
          id={`${id}-query`}
          className="input input--full"
          type="text"
          role="combobox"
          aria-expanded={found.length > 0}
          aria-controls={`${id}-results`}
          aria-autocomplete="list"
          aria-activedescendant={found[at] ? optionId(found[at]) : undefined}
          aria-describedby={`${id}-hint ${id}-status`}
          autoComplete="off"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <p className="citation-picker__status" id={`${id}-status`} role="status">
        {total === 0 ? 'No quote has those words.' : total > found.length ? `${total} quotes; the first ${found.length} are listed.` : `${total} ${total === 1 ? 'quote' : 'quotes'}.`}
      </p>
      <div className="citation-picker__results" id={`${id}-results`} role="listbox" aria-label="Quotes">
        {found.map((quote, index) => (
          <div
            key={quote.id}
            id={optionId(quote)}
            role="option"
            aria-selected={index === at}
            className={index === at ? 'citation-option citation-option--active' : 'citation-option'}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onChoose(quote)}
          >
            <span className="citation-option__title">
              {quote.speaker}: “{opening(quote.text, 16)}”
            </span>
            <span className="citation-option__meta">
              {quote.transcriptTitle}, {pages(quote)}
              {quote.anchorStatus === 'lost' ? ' · lost by a corrected transcript' : ''}
            </span>
          </div>
        ))}
      </div>
    </div>
  );
}

function QuoteDetails({
  quote,
  existing,
  placement,
  onBack,
  onClose,
  onCreated,
}: {
  quote: Quote;
  existing?: Props['existing'];
  placement?: Props['placement'];
  onBack: (() => void) | undefined;
  onClose: () => void;
  onCreated?: (blockId: string) => void;
}) {
  const api = useApi();
  const announce = useAnnounce();
  const submit = useSubmit();
  const { remember } = useDraft();
  const id = useId();
  const standard = defaultAttribution(quote);
  const [attribution, setAttribution] = useState(existing?.content.attribution ?? '');
  const [excerpt, setExcerpt] = useState(existing?.content.excerpt ?? '');

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const extra = { ...(attribution.trim() ? { attribution: attribution.trim() } : {}), ...(excerpt.trim() ? { excerpt: excerpt.trim() } : {}) };
    const outcome: { blockId: string | null } = { blockId: null };
    const ok = await submit.run(async () => {
      if (existing) {
        const saved = await api.call('blocks.update', { id: existing.blockId, block: { kind: 'quote', content: { quoteId: existing.content.quoteId, footnoteId: existing.content.footnoteId, ...extra } } });
        remember(saved);
      } else {
        const made = await api.call('blocks.create', { ...placement!, block: { kind: 'quote', content: { quoteId: quote.id, ...extra } } });
        outcome.blockId = made.id;
      }
    });
    if (!ok) return;
    announce(existing ? 'Quote saved.' : `Quote added, with its footnote citing ${pages(quote)}.`);
    if (outcome.blockId) onCreated?.(outcome.blockId);
    onClose();
  };

  return (
    <form className="form" onSubmit={save} noValidate>
      <ErrorSummary message={submit.formError} fieldErrors={submit.fieldErrors} fieldIds={{ attribution: `${id}-attribution`, excerpt: `${id}-excerpt` }} />
      <figure className="draft-quote">
        <blockquote>
          <p>“{quote.text.replace(/\s+/g, ' ').trim()}”</p>
        </blockquote>
        <figcaption>
          {standard} · {quote.transcriptTitle}, {pages(quote)}
        </figcaption>
      </figure>
      <TextField
        id={`${id}-attribution`}
        label="Attribution line"
        hint={`Leave empty to print “${standard}”.`}
        value={attribution}
        onChange={setAttribution}
        error={fieldError(submit.fieldErrors, 'block.content.attribution')}
      />
      <TextAreaField
        id={`${id}-excerpt`}
        label="Words printed"
        hint="Leave empty to print the whole quote. To leave words out, join the pieces kept with [...]."
        rows={3}
        value={excerpt}
        onChange={setExcerpt}
        error={fieldError(submit.fieldErrors, 'block.content.excerpt')}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={submit.busy} autoFocus={!existing}>
          {existing ? 'Save the quote' : 'Add the quote'}
        </button>
        {onBack ? (
          <button type="button" className="button button--secondary" onClick={onBack}>
            Choose another quote
          </button>
        ) : (
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
