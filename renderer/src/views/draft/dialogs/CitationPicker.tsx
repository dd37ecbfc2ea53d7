/**
 * Inserting a footnote from the keyboard: type words, and the transcripts' pages (full-text
 * search), the quotes marked in the evidence and the sources register are searched at once; ↑/↓
 * move through what is found, Enter chooses. The footnote is then shown as the report will print
 * it — a transcript page or a quote cites its transcript at its page ("p.17") — and Enter makes
 * it in the register and hands it back to be put at the cursor.
 *
 * The results are a listbox owned by the search box (the combobox pattern): focus stays in the
 * box, aria-activedescendant names the option the arrows are on.
 */
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Quote } from '../../../../../shared/domain/evidence';
import type { Footnote, Source } from '../../../../../shared/domain/sources';
import type { SearchHit } from '../../../../../shared/domain/transcripts';
import { useApi } from '../../../api/WorkbenchContext';
import { TextField } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import { longDateOr } from '../../../format/dates';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { describeError } from '../../../hooks/useSubmit';
import { splitSnippet } from '../../../search/highlight';
import { filterSources, sourceName } from '../../sources/source-rows';
import { SOURCE_KIND_NAMES, fold, matchesWords } from '../../sources/sources-format';
import { opening } from '../draft-format';

type Option =
  | { key: string; kind: 'page'; hit: SearchHit }
  | { key: string; kind: 'quote'; quote: Quote }
  | { key: string; kind: 'source'; source: Source };

const GROUP_LABELS: Record<Option['kind'], string> = { page: 'Transcript pages', quote: 'Quotes', source: 'Sources' };
const PER_GROUP = 8;

function pages(start: number, end: number): string {
  return start === end ? `p.${start}` : `p.${start}-${end}`;
}

/** The citation a choice makes: its source and the locator it starts with. */
function citationOf(option: Option, transcriptSources: ReadonlyMap<string, Source>): { source: Source | undefined; locator: string } {
  switch (option.kind) {
    case 'page':
      return { source: transcriptSources.get(option.hit.transcriptId), locator: `p.${option.hit.page}` };
    case 'quote':
      return { source: transcriptSources.get(option.quote.transcriptId), locator: pages(option.quote.pageStart, option.quote.pageEnd) };
    case 'source':
      return { source: option.source, locator: '' };
  }
}

function OptionText({ option }: { option: Option }) {
  switch (option.kind) {
    case 'page':
      return (
        <>
          <span className="citation-option__title">
            {option.hit.transcriptTitle}, p.{option.hit.page}
          </span>
          <span className="citation-option__meta">
            {longDateOr(option.hit.heldOn, '')}
            {option.hit.speaker ? ` · ${option.hit.speaker}` : ''}
          </span>
          <span className="citation-option__snippet">
            {splitSnippet(option.hit.snippet).map((piece, i) => (piece.match ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>))}
          </span>
        </>
      );
    case 'quote':
      return (
        <>
          <span className="citation-option__title">
            {option.quote.speaker}: “{opening(option.quote.text, 14)}”
          </span>
          <span className="citation-option__meta">
            {option.quote.transcriptTitle}, {pages(option.quote.pageStart, option.quote.pageEnd)}
          </span>
        </>
      );
    case 'source':
      return (
        <>
          <span className="citation-option__title">{sourceName(option.source)}</span>
          <span className="citation-option__meta">{SOURCE_KIND_NAMES[option.source.kind]}</span>
        </>
      );
  }
}

interface Props {
  investigationId: string;
  onInserted: (footnote: Footnote) => void;
  onClose: () => void;
}

export function CitationPicker({ investigationId, onInserted, onClose }: Props) {
  const api = useApi();
  const id = useId();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<{ query: string; hits: SearchHit[] }>({ query: '', hits: [] });
  const [searchError, setSearchError] = useState<string | null>(null);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Option | null>(null);
  const sources = useApiQuery(`draft-sources:${investigationId}`, (client) => client.call('sources.list', { investigationId }), { investigationId, entities: ['source'] });
  const quotes = useApiQuery(`draft-quotes:${investigationId}`, (client) => client.call('quotes.list', { investigationId }), { investigationId, entities: ['quote'] });

  const transcriptSources = useMemo(() => new Map((sources.data ?? []).flatMap((s) => (s.transcriptId ? [[s.transcriptId, s] as const] : []))), [sources.data]);

  // Full-text search of the transcripts, a moment after typing stops.
  useEffect(() => {
    const words = query.trim();
    if (!words) {
      setHits({ query: '', hits: [] });
      return;
    }
    let live = true;
    const timer = window.setTimeout(() => {
      api.call('search.transcripts', { query: words, investigationId, limit: PER_GROUP }).then(
        (result) => {
          if (!live) return;
          setSearchError(null);
          setHits({ query: words, hits: result.hits });
        },
        (error: unknown) => live && setSearchError(describeError(error).message),
      );
    }, 200);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [api, investigationId, query]);

  const groups = useMemo(() => {
    const words = query.trim();
    if (!words) return [];
    const pageOptions: Option[] = hits.hits.map((hit) => ({ key: `page-${hit.transcriptId}-${hit.page}-${hit.startOffset}`, kind: 'page', hit }));
    const quoteOptions: Option[] = (quotes.data ?? [])
      .filter((q) => matchesWords(fold(`${q.speaker} ${q.organisation ?? ''} ${q.transcriptTitle} ${q.text}`), words))
      .slice(0, PER_GROUP)
      .map((quote) => ({ key: `quote-${quote.id}`, kind: 'quote', quote }));
    const sourceOptions: Option[] = filterSources(sources.data ?? [], { query: words, kind: '', publisher: '' })
      .slice(0, PER_GROUP)
      .map((source) => ({ key: `source-${source.id}`, kind: 'source', source }));
    return (['page', 'quote', 'source'] as const)
      .map((kind) => ({ kind, options: [pageOptions, quoteOptions, sourceOptions][['page', 'quote', 'source'].indexOf(kind)]! }))
      .filter((group) => group.options.length > 0);
  }, [query, hits, quotes.data, sources.data]);
  const options = useMemo(() => groups.flatMap((g) => g.options), [groups]);
  const active = options.find((o) => o.key === activeKey) ?? options[0] ?? null;
  const optionId = (option: Option) => `${id}-${option.key}`;

  useEffect(() => {
    if (active) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active?.key]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (options.length === 0) return;
    const at = active ? options.indexOf(active) : -1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? Math.min(at + 1, options.length - 1) : Math.max(at - 1, 0);
      setActiveKey(options[next]!.key);
    } else if (event.key === 'Enter' && active) {
      event.preventDefault();
      setChosen(active);
    }
  };

  const searching = query.trim() !== '' && hits.query !== query.trim() && !searchError;
  const found = options.length;

  return (
    <Modal title="Insert a footnote" onClose={onClose} wide>
      {chosen ? (
        <ConfirmCitation investigationId={investigationId} option={chosen} citation={citationOf(chosen, transcriptSources)} onBack={() => setChosen(null)} onInserted={onInserted} />
      ) : (
        <div className="citation-picker">
          <div className="field">
            <label htmlFor={`${id}-query`}>Search transcripts, quotes and sources</label>
            <p className="field__hint" id={`${id}-hint`}>
              Type words that were said, a witness’s name or a source’s title; ↑ and ↓ move through the results, Enter chooses.
            </p>
            <input
              id={`${id}-query`}
              className="input input--full"
              type="text"
              role="combobox"
              aria-expanded={found > 0}
              aria-controls={`${id}-results`}
              aria-autocomplete="list"
              aria-activedescendant={active ? optionId(active) : undefined}
              aria-describedby={`${id}-hint ${id}-status`}
              autoComplete="off"
              value={query}
              onChange={(event) => {
                setQuery(event.target.value);
                setActiveKey(null);
              }}
              onKeyDown={onKeyDown}
            />
          </div>
          <p className="citation-picker__status" id={`${id}-status`} role="status">
            {searchError ? `The transcripts could not be searched: ${searchError}` : query.trim() === '' ? '' : searching ? 'Searching…' : found === 0 ? 'Nothing found. Try other words.' : `${found} found.`}
          </p>
          <div className="citation-picker__results" id={`${id}-results`} role="listbox" aria-label="Places to cite">
            {groups.map((group) => (
              <div key={group.kind} role="group" aria-labelledby={`${id}-group-${group.kind}`}>
                <p className="citation-picker__group" id={`${id}-group-${group.kind}`} role="presentation">
                  {GROUP_LABELS[group.kind]}
                </p>
                {group.options.map((option) => (
                  <div
                    key={option.key}
                    id={optionId(option)}
                    role="option"
                    aria-selected={option === active}
                    className={option === active ? 'citation-option citation-option--active' : 'citation-option'}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => setChosen(option)}
                  >
                    <OptionText option={option} />
                  </div>
                ))}
              </div>
            ))}
          </div>
        </div>
      )}
    </Modal>
  );
}

function ConfirmCitation({
  investigationId,
  option,
  citation,
  onBack,
  onInserted,
}: {
  investigationId: string;
  option: Option;
  citation: { source: Source | undefined; locator: string };
  onBack: () => void;
  onInserted: (footnote: Footnote) => void;
}) {
  const api = useApi();
  const [locator, setLocator] = useState(citation.locator);
  const [textBefore, setTextBefore] = useState('');
  const [preview, setPreview] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const insertRef = useRef<HTMLButtonElement>(null);
  const { source } = citation;

  useEffect(() => {
    insertRef.current?.focus();
  }, []);

  useEffect(() => {
    if (!source) return;
    let live = true;
    const timer = window.setTimeout(() => {
      api.call('footnotes.preview', { textBefore, citations: [{ sourceId: source.id, locator: locator.trim() || null }] }).then(
        (result) => live && setPreview(result.text),
        () => live && setPreview(null),
      );
    }, 120);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [api, source, locator, textBefore]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!source) return;
    setBusy(true);
    setError(null);
    try {
      const footnote = await api.call('footnotes.create', { investigationId, textBefore, citations: [{ sourceId: source.id, locator: locator.trim() || null }] });
      onInserted(footnote);
    } catch (caught) {
      setError(describeError(caught).message);
      setBusy(false);
    }
  };

  if (!source) {
    return (
      <div className="notice notice--error" role="alert">
        <p>This transcript is not in the sources register, so it cannot be cited. Add it to the register in Sources first.</p>
        <button type="button" className="button button--secondary" onClick={onBack}>
          Back to the search
        </button>
      </div>
    );
  }
  return (
    <form className="form" onSubmit={submit} noValidate>
      {error ? (
        <p className="error-summary" role="alert">
          {error}
        </p>
      ) : null}
      <p>
        Citing <strong>{sourceName(source)}</strong>
        {option.kind === 'quote' ? ` for ${option.quote.speaker}’s words` : ''}.
      </p>
      <TextField id="citation-locator" label="Page or section" hint="Printed after the source: p.17, p.10-11, Section 6." value={locator} onChange={setLocator} width="short" />
      <TextField id="citation-before" label="Words before the citation" hint="For example “Based on analysis of ”." value={textBefore} onChange={setTextBefore} />
      <div className="footnote-preview">
        <p className="footnote-preview__text" aria-live="polite">
          <span className="visually-hidden">The footnote will read: </span>
          {preview ?? '…'}
        </p>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy} ref={insertRef}>
          Insert footnote
        </button>
        <button type="button" className="button button--secondary" onClick={onBack}>
          Back
        </button>
      </div>
    </form>
  );
}
