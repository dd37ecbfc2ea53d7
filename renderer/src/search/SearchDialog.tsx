/**
 * The search dialog: a query box with the syntax explained, filters (where, speaker, meeting,
 * dates), the order (newest meetings first, or best match first), and the passages with the
 * matched words marked. Typing searches after a short pause;
 * an answer to an older query is never shown over a newer one. Choosing a passage opens the
 * reader at its page, with the passage highlighted.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { ApiError } from '../../../shared/api/errors';
import { displayName, memberName } from '../../../shared/domain/labels';
import type { InvestigationOverview } from '../../../shared/domain/types';
import type { SearchHit, SearchOrder } from '../../../shared/domain/transcripts';
import { useApi } from '../api/WorkbenchContext';
import { revealRequest } from '../commands/ui-requests';
import { DateField, SelectField } from '../components/Field';
import { Modal } from '../components/Modal';
import { longDateOr } from '../format/dates';
import { commandKey } from '../format/keys';
import { count } from '../format/plural';
import { useApiQuery } from '../hooks/useApiQuery';
import { useRoute } from '../hooks/useRoute';
import { describeError } from '../hooks/useSubmit';
import { readerHref } from '../routing/routes';
import { splitSnippet } from './highlight';

export type SearchScope = 'transcript' | 'investigation' | 'all';

export interface SearchForm {
  query: string;
  scope: SearchScope | null;
  personId: string;
  meetingId: string;
  from: string;
  to: string;
  order: SearchOrder;
}

export function emptySearch(): SearchForm {
  return { query: '', scope: null, personId: '', meetingId: '', from: '', to: '', order: 'newest' };
}

const ORDER_OPTIONS: { value: SearchOrder; label: string; status: string }[] = [
  { value: 'newest', label: 'Newest meetings first', status: 'newest meetings first' },
  { value: 'best', label: 'Best match first', status: 'best match first' },
];

/** How long typing must pause before a search runs. */
const DEBOUNCE_MS = 250;
/** Passages fetched at a time ("Load more" fetches the next lot). */
const PAGE_SIZE = 20;

export const SEARCH_BOX_ID = 'transcript-search-query';

interface Results {
  key: string;
  hits: SearchHit[];
  hasMore: boolean;
}

interface Props {
  initial: SearchForm;
  onChange: (form: SearchForm) => void;
  onClose: () => void;
}

export function SearchDialog({ initial, onChange, onClose }: Props) {
  const api = useApi();
  const route = useRoute();
  const prefix = useId();
  const investigationId = route.name === 'investigation' ? route.id : null;
  const transcriptId = route.name === 'investigation' ? (route.transcriptId ?? null) : null;
  const overview = useApiQuery(
    `search-investigation:${investigationId ?? ''}`,
    async (client) => (investigationId ? client.call('investigations.get', { id: investigationId }) : null),
    investigationId ? { investigationId } : undefined,
  );

  const [form, setForm] = useState<SearchForm>(initial);
  const scope: SearchScope =
    form.scope === 'transcript' && transcriptId ? 'transcript' : form.scope === 'all' || !investigationId ? 'all' : 'investigation';
  const update = (patch: Partial<SearchForm>) => {
    const next = { ...form, ...patch };
    setForm(next);
    onChange(next);
  };

  const [results, setResults] = useState<Results | null>(null);
  const [error, setError] = useState<{ key: string; message: string; isQuery: boolean } | null>(null);
  const [searching, setSearching] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  // Every search gets a number; an answer is shown only if no newer search has started since.
  const latest = useRef(0);

  const query = form.query.trim();
  const datesBackwards = form.from !== '' && form.to !== '' && form.from > form.to;
  const filters = {
    query,
    investigationId: scope === 'all' ? null : investigationId,
    transcriptId: scope === 'transcript' ? transcriptId : null,
    meetingId: scope === 'all' || !form.meetingId ? null : form.meetingId,
    personId: form.personId || null,
    from: form.from || null,
    to: form.to || null,
    order: form.order,
  };
  const key = JSON.stringify(filters);
  const orderStatus = ORDER_OPTIONS.find((o) => o.value === form.order)?.status ?? '';

  useEffect(() => {
    const ticket = ++latest.current;
    if (!query || datesBackwards) {
      setSearching(false);
      setResults(null);
      setError(null);
      return;
    }
    setSearching(true);
    const timer = window.setTimeout(() => {
      api.call('search.transcripts', { ...filters, limit: PAGE_SIZE, offset: 0 }).then(
        (answer) => {
          if (ticket !== latest.current) return;
          setResults({ key, hits: answer.hits, hasMore: answer.hasMore });
          setError(null);
          setSearching(false);
        },
        (failure: unknown) => {
          if (ticket !== latest.current) return;
          const isQuery = ApiError.is(failure) && failure.code === 'invalid_input' && failure.details?.query !== undefined;
          setError({ key, message: describeError(failure).message, isQuery });
          setResults(null);
          setSearching(false);
        },
      );
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [key, datesBackwards]); // eslint-disable-line react-hooks/exhaustive-deps

  async function loadMore() {
    if (!results) return;
    const ticket = latest.current;
    setLoadingMore(true);
    try {
      const answer = await api.call('search.transcripts', { ...filters, limit: PAGE_SIZE, offset: results.hits.length });
      if (ticket !== latest.current) return;
      setResults({ key, hits: [...results.hits, ...answer.hits], hasMore: answer.hasMore });
      // Keyboard users carry on from the first new passage.
      window.requestAnimationFrame(() => document.getElementById(`${prefix}-hit-${results.hits.length}`)?.focus());
    } catch (failure) {
      if (ticket === latest.current) setError({ key, message: describeError(failure).message, isQuery: false });
    } finally {
      setLoadingMore(false);
    }
  }

  const shown = results?.key === key ? results : null;
  const shownError = error?.key === key ? error : null;
  const status = !query
    ? 'Type a word or a phrase to search for.'
    : datesBackwards
      ? 'The “From” date is after the “To” date.'
      : searching
        ? 'Searching…'
        : shownError
          ? 'The search could not run.'
          : shown
            ? shown.hits.length === 0
              ? `No passages match ${quote(query)}.`
              : shown.hasMore
                ? `The first ${count(shown.hits.length, 'passage')} matching ${quote(query)}, ${orderStatus}. There are more.`
                : `${count(shown.hits.length, 'passage')} matching ${quote(query)}, ${orderStatus}.`
            : '';

  const data = overview.data ?? null;
  const speakerOptions = data ? speakersOf(data) : [];
  const meetings = data ? [...data.meetings].sort((a, b) => a.heldOn.localeCompare(b.heldOn)) : [];
  const hintId = `${prefix}-hint`;
  const queryErrorId = `${prefix}-query-error`;

  return (
    <Modal title="Search transcripts" onClose={onClose} wide>
      <form
        className="search-form"
        role="search"
        aria-label="Transcripts"
        onSubmit={(event) => {
          event.preventDefault();
          // Enter goes to the first passage found.
          document.getElementById(`${prefix}-hit-0`)?.focus();
        }}
      >
        <div className={shownError?.isQuery ? 'field field--error' : 'field'}>
          <label htmlFor={SEARCH_BOX_ID}>Search for</label>
          <p className="field__hint" id={hintId}>
            Passages with all the words you type. Put a phrase in quotation marks (“stop and search”), end a word with * to find every
            word that starts with it (polic*), and combine with AND, OR and NOT in capitals: <span className="nowrap">knife OR weapons</span>,{' '}
            <span className="nowrap">custody NOT children</span>.
          </p>
          {shownError?.isQuery ? (
            <p className="field__error" id={queryErrorId} role="alert">
              <span className="visually-hidden">Error: </span>
              {shownError.message}
            </p>
          ) : null}
          <input
            id={SEARCH_BOX_ID}
            className="input input--full search-form__query"
            type="search"
            autoComplete="off"
            spellCheck={false}
            value={form.query}
            aria-describedby={[shownError?.isQuery ? queryErrorId : null, hintId].filter(Boolean).join(' ')}
            aria-invalid={shownError?.isQuery ? true : undefined}
            onChange={(event) => update({ query: event.target.value })}
          />
        </div>

        <fieldset className="fieldset search-form__filters">
          <legend>Filters</legend>
          <div className="search-form__grid">
            <div className="field" role="radiogroup" aria-labelledby={`${prefix}-scope`}>
              <p className="field__label" id={`${prefix}-scope`}>
                Search in
              </p>
              {transcriptId ? (
                <Radio name={`${prefix}-scope`} value="transcript" checked={scope === 'transcript'} onChange={() => update({ scope: 'transcript' })}>
                  This transcript
                </Radio>
              ) : null}
              {investigationId ? (
                <Radio name={`${prefix}-scope`} value="investigation" checked={scope === 'investigation'} onChange={() => update({ scope: 'investigation' })}>
                  This investigation
                </Radio>
              ) : null}
              <Radio name={`${prefix}-scope`} value="all" checked={scope === 'all'} onChange={() => update({ scope: 'all' })}>
                All investigations
              </Radio>
            </div>
            {speakerOptions.length > 0 ? (
              <SelectField
                id={`${prefix}-speaker`}
                label="Speaker"
                markOptional={false}
                value={form.personId}
                onChange={(personId) => update({ personId })}
                options={[{ value: '', label: 'Anyone' }, ...speakerOptions]}
              />
            ) : null}
            {scope !== 'all' && scope !== 'transcript' && meetings.length > 0 ? (
              <SelectField
                id={`${prefix}-meeting`}
                label="Meeting"
                markOptional={false}
                value={form.meetingId}
                onChange={(meetingId) => update({ meetingId })}
                options={[{ value: '', label: 'Every meeting' }, ...meetings.map((m) => ({ value: m.id, label: `${longDateOr(m.heldOn, '')} — ${m.title}` }))]}
              />
            ) : null}
          </div>
          <div className="field-row">
            <DateField id={`${prefix}-from`} label="From" markOptional={false} value={form.from} onChange={(from) => update({ from })} />
            <DateField
              id={`${prefix}-to`}
              label="To"
              markOptional={false}
              value={form.to}
              onChange={(to) => update({ to })}
              error={datesBackwards ? 'The “To” date must be on or after the “From” date.' : undefined}
            />
          </div>
        </fieldset>
        {/* How the passages are listed: not a filter, so after them, beside the results. */}
        <SelectField
          id={`${prefix}-order`}
          label="Order"
          markOptional={false}
          value={form.order}
          onChange={(order) => update({ order: order as SearchOrder })}
          options={ORDER_OPTIONS.map(({ value, label }) => ({ value, label }))}
        />
      </form>

      <p className="search__status" id={`${prefix}-status`} role="status" aria-live="polite" tabIndex={-1}>
        {status}
      </p>
      {shownError && !shownError.isQuery ? (
        <p className="notice notice--error" role="alert">
          {shownError.message}
        </p>
      ) : null}
      {shown && shown.hits.length === 0 ? (
        <p className="search__empty">
          Check the spelling, use fewer words, or end a word with * to find its other forms. A phrase in quotation marks must appear
          exactly.
        </p>
      ) : null}

      {shown && shown.hits.length > 0 ? (
        <ol className="search-results" aria-label="Passages found">
          {shown.hits.map((hit, index) => (
            <li key={`${hit.transcriptId}:${hit.startOffset}`} className="search-hit">
              <a
                id={`${prefix}-hit-${index}`}
                className="search-hit__link"
                href={readerHref(hit.investigationId, hit.transcriptId, { page: hit.page, offset: hit.startOffset, q: query })}
                onClick={(event) => {
                  const href = readerHref(hit.investigationId, hit.transcriptId, { page: hit.page, offset: hit.startOffset, q: query });
                  if (window.location.hash === href) {
                    // Already there: the address will not change, so ask the reader directly.
                    event.preventDefault();
                    revealRequest.request({ transcriptId: hit.transcriptId, page: hit.page, offset: hit.startOffset, q: query });
                  }
                  onClose();
                }}
              >
                {hit.transcriptTitle}, page {hit.page}
              </a>
              <p className="search-hit__meta">
                <time dateTime={hit.heldOn}>{longDateOr(hit.heldOn, '')}</time>
                <span>{hit.speakerLabel ?? (hit.speaker || 'Outside the speaker turns')}</span>
                {scope === 'all' ? <span>{hit.meetingTitle}</span> : null}
              </p>
              <p className="search-hit__snippet">
                {splitSnippet(hit.snippet).map((piece, i) => (piece.match ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>))}
              </p>
            </li>
          ))}
        </ol>
      ) : null}
      {shown?.hasMore ? (
        <div className="form-actions">
          <button type="button" className="button button--secondary" disabled={loadingMore} onClick={() => void loadMore()}>
            {loadingMore ? 'Loading…' : 'Load more passages'}
          </button>
        </div>
      ) : null}
      <p className="search__keys">
        <kbd>{commandKey()}</kbd>+<kbd>K</kbd> opens this search from anywhere; <kbd>Esc</kbd> closes it; <kbd>Enter</kbd> in the
        search box goes to the first passage.
      </p>
    </Modal>
  );
}

function Radio({ name, value, checked, onChange, children }: { name: string; value: string; checked: boolean; onChange: () => void; children: string }) {
  const id = `${name}-${value}`;
  return (
    <div className="radio">
      <input id={id} type="radio" name={name} value={value} checked={checked} onChange={onChange} />
      <label htmlFor={id}>{children}</label>
    </div>
  );
}

/** Everyone who may speak in the investigation's transcripts: members, then guests, by name. */
function speakersOf(overview: InvestigationOverview): { value: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const member of overview.members) seen.set(member.person.id, memberName(member.person, overview.committee));
  const guests: [string, string][] = [];
  for (const meeting of overview.meetings) {
    for (const participant of [...meeting.participants, ...meeting.panels.flatMap((panel) => panel.participants)]) {
      if (seen.has(participant.person.id) || guests.some(([id]) => id === participant.person.id)) continue;
      guests.push([participant.person.id, displayName(participant.person)]);
    }
  }
  guests.sort((a, b) => surname(a[1]).localeCompare(surname(b[1])));
  return [...seen.entries(), ...guests].map(([value, label]) => ({ value, label }));
}

function surname(name: string): string {
  return name.split(' ').filter((w) => !/^[A-Z]{2,4}$/.test(w)).at(-1) ?? name;
}

/** The query as typed, in quotation marks unless it has its own. */
function quote(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return /^["“]/.test(short) ? short : `“${short}”`;
}
