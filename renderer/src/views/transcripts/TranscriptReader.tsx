/**
 * The transcript reader: the whole text, page by page and turn by turn, in a virtual list so that
 * a 300-page transcript scrolls as smoothly as a 3-page one (only the rows near the view are in
 * the page). Beside it: the speakers (choose one to highlight their turns, step through them, or
 * show only theirs), "Go to page", and the keyboard shortcuts.
 *
 * Every piece of transcript text sits in an element with `data-offset`: the offset of its first
 * character in the transcript's text. A selection can therefore be mapped back to transcript
 * offsets (see `transcriptOffsetAt`), which is how quotations will be marked.
 *
 * Opened with ?page=12 it starts at that page; with &offset=3456 at the row holding that offset,
 * highlighted for a moment; with &q=… the search's words are highlighted throughout.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../../../shared/api/errors';
import { MEETING_KIND_LABELS } from '../../../../shared/domain/labels';
import type { TranscriptDetail, TranscriptTurn } from '../../../../shared/domain/transcripts';
import { openSearchRequest, revealRequest } from '../../commands/ui-requests';
import { Modal } from '../../components/Modal';
import { Loading, LoadError } from '../../components/QueryStatus';
import { longDateOr } from '../../format/dates';
import { commandKey } from '../../format/keys';
import { count } from '../../format/plural';
import { TRANSCRIPT_FORMAT_LABELS, speakersToLink } from '../../format/transcripts';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useLoadedInvestigation } from '../../investigation/InvestigationContext';
import { hrefFor, type ReaderTarget } from '../../routing/routes';
import { findMatches, termMatcher } from '../../search/highlight';
import { peopleOf, personName } from './people';
import { buildRows, filterRows, rowIndexForOffset, rowIndexForPage, type ReaderRow } from './reader-rows';
import { SpeakersTable } from './SpeakersTable';

/** Pixels of a row that may show above the top of the view without it counting as the row in view. */
const TOP_SLACK_PX = 24;
/** How long a place jumped to stays highlighted. */
const FLASH_MS = 4000;

export function TranscriptReader({ transcriptId, target }: { transcriptId: string; target: ReaderTarget | undefined }) {
  const { overview } = useLoadedInvestigation();
  const query = useApiQuery(`transcript:${transcriptId}`, (api) => api.call('transcripts.get', { id: transcriptId }), {
    investigationId: overview.investigation.id,
  });
  const backHref = hrefFor({ name: 'investigation', id: overview.investigation.id, area: 'transcripts' });
  if (query.data === undefined) {
    if (ApiError.is(query.error) && query.error.code === 'not_found') {
      return (
        <div className="narrow">
          <h1>Transcript not found</h1>
          <p>This transcript is not in the store. It may have been deleted.</p>
          <p>
            <a href={backHref}>Go to the transcripts</a>
          </p>
        </div>
      );
    }
    return query.error ? <LoadError error={query.error} what="the transcript" onRetry={query.reload} /> : <Loading what="the transcript" />;
  }
  return <Reader detail={query.data} target={target} backHref={backHref} onChanged={query.reload} />;
}

interface Speaker {
  name: string;
  /** As shown on every turn: the linked person's name, else the label as printed. */
  display: string;
  linked: boolean;
  turnIndices: number[];
}

/** Where to go after the next render: a row (by key, or the row at an offset), focused, maybe flashed. */
type PendingReveal = ({ key: string } | { offset: number }) & { flash: boolean; focus: boolean };

function Reader({ detail, target, backHref, onChanged }: { detail: TranscriptDetail; target: ReaderTarget | undefined; backHref: string; onChanged: () => void }) {
  const { overview } = useLoadedInvestigation();
  const ids = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const pageInputRef = useRef<HTMLInputElement>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [onlySelected, setOnlySelected] = useState(false);
  const [activeTurn, setActiveTurn] = useState<number | null>(null);
  const [flashKey, setFlashKey] = useState<string | null>(null);
  const [terms, setTerms] = useState<string | null>(target?.q ?? null);
  const [message, setMessage] = useState('');
  const [pageError, setPageError] = useState<string | null>(null);
  const [linking, setLinking] = useState(false);
  const pending = useRef<PendingReveal | null>(null);
  const [revealVersion, setRevealVersion] = useState(0);

  const meeting = overview.meetings.find((m) => m.id === detail.meetingId);
  const people = useMemo(() => peopleOf(overview), [overview]);
  const allRows = useMemo(() => buildRows(detail), [detail]);
  const pageIndexByNumber = useMemo(() => new Map(detail.pages.map((page, index) => [page.number, index])), [detail]);
  const firstPage = detail.pages[0]?.number ?? 1;
  const lastPage = detail.pages.at(-1)?.number ?? 1;

  const speakers = useMemo(() => {
    const byName = new Map<string, Speaker>();
    detail.turns.forEach((turn, index) => {
      let speaker = byName.get(turn.name);
      if (!speaker) {
        const info = detail.speakers.find((s) => s.name === turn.name);
        const person = info?.person ?? null;
        const display = person ? personName(person, people.get(person.id)?.isMember ?? false, overview.committee) : turn.label;
        speaker = { name: turn.name, display, linked: person !== null, turnIndices: [] };
        byName.set(turn.name, speaker);
      }
      speaker.turnIndices.push(index);
    });
    return byName;
  }, [detail, people, overview.committee]);

  const filtering = onlySelected && selected !== null && speakers.has(selected);
  const rows = useMemo(
    () => (filtering ? filterRows(allRows, (row) => detail.turns[row.turnIndex]?.name === selected) : allRows),
    [filtering, allRows, detail.turns, selected],
  );
  const matcher = useMemo(() => termMatcher(terms), [terms]);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => estimateRow(rows[index], detail),
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 8,
    scrollPaddingStart: 8,
  });

  /** Asks for a row to be shown once the rows on screen are the right ones. */
  const revealKey = useCallback((key: string, options: { flash?: boolean; focus?: boolean } = {}) => {
    pending.current = { key, flash: options.flash ?? false, focus: options.focus ?? true };
    setRevealVersion((v) => v + 1);
  }, []);

  // Carry out a pending reveal: scroll the row in, then (once it is rendered) focus and flash it.
  useEffect(() => {
    const wanted = pending.current;
    if (!wanted) return;
    const index = 'key' in wanted ? rows.findIndex((row) => row.key === wanted.key) : Math.max(0, rowIndexForOffset(rows, wanted.offset));
    const key = rows[index]?.key;
    if (index === -1 || key === undefined) return;
    pending.current = null;
    virtualizer.scrollToIndex(index, { align: 'start' });
    let frames = 0;
    let handle = 0;
    if (wanted.flash) {
      // Off, then on again in the next frame, so the same row flashes again when asked twice.
      setFlashKey(null);
      window.requestAnimationFrame(() => setFlashKey(key));
    }
    // Rows are measured as they render, and the virtualizer corrects the scroll; wait for it to settle.
    const settle = () => {
      frames += 1;
      const element = scrollRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
      if (element && frames >= 3) {
        virtualizer.scrollToIndex(index, { align: 'start' });
        if (wanted.focus) element.focus({ preventScroll: true });
        return;
      }
      if (frames < 30) handle = window.requestAnimationFrame(settle);
    };
    handle = window.requestAnimationFrame(settle);
    return () => window.cancelAnimationFrame(handle);
  }, [revealVersion, rows, virtualizer]);

  useEffect(() => {
    if (flashKey === null) return;
    const timer = window.setTimeout(() => setFlashKey(null), FLASH_MS);
    return () => window.clearTimeout(timer);
  }, [flashKey]);

  /** Shows a place: an offset (a search hit), else a page. */
  const revealPlace = useCallback(
    (place: { page?: number; offset?: number; q?: string }) => {
      if (place.q !== undefined) setTerms(place.q || null);
      let index = -1;
      if (place.offset !== undefined) index = rowIndexForOffset(allRows, place.offset);
      if (index === -1 && place.page !== undefined) index = rowIndexForPage(allRows, place.page);
      const row = allRows[index];
      if (!row) {
        if (place.page !== undefined) setMessage(`This transcript has no page ${place.page}; its pages run from ${firstPage} to ${lastPage}.`);
        return;
      }
      // A place outside the speaker shown alone: show everyone again.
      if (filtering && !rows.some((r) => r.key === row.key)) setOnlySelected(false);
      if (row.kind === 'turn') setActiveTurn(row.turnIndex);
      setMessage(`Showing page ${row.page}.`);
      revealKey(row.key, { flash: true, focus: true });
    },
    [allRows, filtering, rows, firstPage, lastPage, revealKey],
  );

  // Open at the place the address names, and again whenever it changes.
  const targetKey = `${target?.page ?? ''}|${target?.offset ?? ''}|${target?.q ?? ''}`;
  const latestReveal = useRef(revealPlace);
  latestReveal.current = revealPlace;
  useEffect(() => {
    if (target && (target.page !== undefined || target.offset !== undefined || target.q !== undefined)) {
      latestReveal.current(target);
    } else {
      setTerms(null);
    }
  }, [targetKey, detail.id]); // eslint-disable-line react-hooks/exhaustive-deps

  // A search result for this transcript chosen while it is open (the address did not change).
  useEffect(
    () =>
      revealRequest.subscribe((request) => {
        if (request.transcriptId === detail.id) latestReveal.current(request);
      }),
    [detail.id],
  );

  /** The first row at the top of the view. */
  const topRow = useCallback((): ReaderRow | undefined => {
    const scrollTop = scrollRef.current?.scrollTop ?? 0;
    // A sliver left above a row jumped to (the scroll padding) does not count as being in view.
    const item = virtualizer.getVirtualItems().find((v) => v.end > scrollTop + TOP_SLACK_PX);
    return item ? rows[item.index] : rows[0];
  }, [virtualizer, rows]);

  /** Next (1) or previous (-1) turn of the chosen speaker, or of anyone when none is chosen. */
  const stepTurn = useCallback(
    (direction: 1 | -1) => {
      const pool = selected !== null ? (speakers.get(selected)?.turnIndices ?? []) : detail.turns.map((_, i) => i);
      if (pool.length === 0) return;
      // From the turn last jumped to while it is still in view, else from the top of the view.
      const items = virtualizer.getVirtualItems();
      const scrollTop = scrollRef.current?.scrollTop ?? 0;
      const height = scrollRef.current?.clientHeight ?? 0;
      const activeVisible =
        activeTurn !== null &&
        items.some((v) => {
          const row = rows[v.index];
          return row?.kind === 'turn' && row.turnIndex === activeTurn && v.end > scrollTop && v.start < scrollTop + height;
        });
      let anchor: number;
      if (activeVisible && activeTurn !== null) anchor = detail.turns[activeTurn]!.startOffset;
      else {
        const row = topRow();
        anchor = row ? (row.kind === 'turn' ? detail.turns[row.turnIndex]!.startOffset : row.start) - (direction === 1 ? 1 : 0) : -1;
      }
      const next =
        direction === 1
          ? pool.find((i) => detail.turns[i]!.startOffset > anchor)
          : [...pool].reverse().find((i) => detail.turns[i]!.startOffset < anchor);
      const who = selected !== null ? (speakers.get(selected)?.display ?? selected) : null;
      if (next === undefined) {
        setMessage(
          direction === 1
            ? `There are no more turns${who ? ` of ${who}` : ''} after this point.`
            : `There are no earlier turns${who ? ` of ${who}` : ''}.`,
        );
        return;
      }
      const turn = detail.turns[next]!;
      const position = pool.indexOf(next) + 1;
      setActiveTurn(next);
      const speaker = speakers.get(turn.name);
      setMessage(`${speaker?.display ?? turn.label}: turn ${position} of ${pool.length}${who ? '' : ' in the transcript'}, page ${turn.page}.`);
      const key = rows.find((row) => row.kind === 'turn' && row.turnIndex === next)?.key;
      if (key) revealKey(key, { flash: false, focus: true });
    },
    [selected, speakers, detail.turns, virtualizer, rows, activeTurn, topRow, revealKey],
  );

  /** Shows or hides everyone else's turns, keeping the reader where they were. */
  function showOnlySelected(only: boolean) {
    const row = topRow();
    const offset = row ? (row.kind === 'turn' ? detail.turns[row.turnIndex]!.startOffset : row.start) : 0;
    pending.current = { offset, flash: false, focus: false };
    setOnlySelected(only);
    setRevealVersion((v) => v + 1);
  }

  function goToPage(event: FormEvent) {
    event.preventDefault();
    const value = Number(pageInputRef.current?.value ?? '');
    if (!Number.isInteger(value) || !pageIndexByNumber.has(value)) {
      setPageError(`Type a page number from ${firstPage} to ${lastPage}.`);
      return;
    }
    setPageError(null);
    revealPlace({ page: value });
  }

  // Keyboard shortcuts, whenever focus is not in a field and no dialog is open.
  const latestStep = useRef(stepTurn);
  latestStep.current = stepTurn;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey) return;
      if (document.querySelector('dialog[open]')) return;
      const element = event.target as HTMLElement | null;
      if (element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName))) return;
      const key = event.key;
      if (event.altKey) {
        if (key === 'ArrowDown' || key === 'ArrowUp') {
          event.preventDefault();
          latestStep.current(key === 'ArrowDown' ? 1 : -1);
        }
        return;
      }
      if (key === 'n' || key === 'N') {
        event.preventDefault();
        latestStep.current(1);
      } else if (key === 'p' || key === 'P') {
        event.preventDefault();
        latestStep.current(-1);
      } else if (key === 'g' || key === 'G') {
        event.preventDefault();
        pageInputRef.current?.focus();
        pageInputRef.current?.select();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const chosen = selected !== null ? speakers.get(selected) : undefined;
  const speakerList = [...speakers.values()];
  const items = virtualizer.getVirtualItems();

  return (
    <div className="reader">
      <p className="eyebrow">
        <a href={backHref}>Transcripts</a> · {overview.investigation.title}
      </p>
      <h1 className="reader__title">{detail.title}</h1>
      <p className="reader__meta">
        {[
          longDateOr(detail.heldOn, 'Date not set'),
          meeting ? `${meeting.title} (${MEETING_KIND_LABELS[meeting.kind].toLowerCase()})` : detail.meetingTitle,
          detail.panelTitle,
          count(detail.pageCount, 'page'),
          count(detail.turnCount, 'speaker turn'),
          detail.format ? `${TRANSCRIPT_FORMAT_LABELS[detail.format]}${detail.originalFileName ? ` (${detail.originalFileName})` : ''}` : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>

      <div className="reader__layout">
        <div className="reader__main">
        <p className="reader__where">
          {rows.length > 0 ? (
            <>
              Page <strong>{topRow()?.page ?? firstPage}</strong> of {lastPage}
              {filtering && chosen ? <span className="reader__filtering"> · Only the turns of {chosen.display}</span> : null}
            </>
          ) : null}
        </p>
        <div
          className="reader__scroll"
          ref={scrollRef}
          tabIndex={0}
          role="region"
          aria-label={`Text of ${detail.title}`}
          aria-describedby={`${ids}-keys`}
        >
          {rows.length === 0 ? <p className="empty reader__empty">This transcript has no text.</p> : null}
          <div className="reader__canvas" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const row = rows[item.index]!;
              return (
                <div
                  key={item.key}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  className="reader__row"
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <RowView
                    row={row}
                    detail={detail}
                    pageIndexByNumber={pageIndexByNumber}
                    speakers={speakers}
                    selected={selected}
                    flash={flashKey === row.key}
                    matcher={matcher}
                  />
                </div>
              );
            })}
          </div>
        </div>
        </div>

        <aside className="reader__side" aria-label="Reading tools">
          <section aria-labelledby={`${ids}-pages`} className="reader__tool">
            <h2 id={`${ids}-pages`} className="reader__tool-title">
              Go to page
            </h2>
            <form onSubmit={goToPage} className="reader__page-form" noValidate>
              <label htmlFor={`${ids}-page`} className="visually-hidden">
                Page number
              </label>
              <input
                ref={pageInputRef}
                id={`${ids}-page`}
                className="input reader__page-input"
                type="number"
                inputMode="numeric"
                min={firstPage}
                max={lastPage}
                aria-describedby={`${ids}-page-hint${pageError ? ` ${ids}-page-error` : ''}`}
                aria-invalid={pageError ? true : undefined}
                onChange={() => setPageError(null)}
              />
              <button type="submit" className="button button--small">
                Go
              </button>
            </form>
            <p className="field__hint" id={`${ids}-page-hint`}>
              Pages {firstPage} to {lastPage}. Press Enter to go.
            </p>
            {pageError ? (
              <p className="field__error" id={`${ids}-page-error`} role="alert">
                {pageError}
              </p>
            ) : null}
          </section>

          <section aria-labelledby={`${ids}-speakers`} className="reader__tool">
            <h2 id={`${ids}-speakers`} className="reader__tool-title">
              Speakers
            </h2>
            {speakerList.length === 0 ? (
              <p className="empty">No speakers were found in this transcript.</p>
            ) : (
              <>
                <p className="field__hint">Choose a speaker to highlight their turns and step through them.</p>
                <ul className="speaker-filter">
                  {speakerList.map((speaker) => (
                    <li key={speaker.name}>
                      <button
                        type="button"
                        className="speaker-filter__button"
                        aria-pressed={selected === speaker.name}
                        onClick={() => {
                          const next = selected === speaker.name ? null : speaker.name;
                          setSelected(next);
                          setActiveTurn(null);
                          if (next === null) setOnlySelected(false);
                          setMessage(next ? `${speaker.display} chosen: ${count(speaker.turnIndices.length, 'turn')}.` : 'No speaker chosen.');
                        }}
                      >
                        <span className="speaker-filter__name">{speaker.display}</span>
                        <span className="speaker-filter__count">{count(speaker.turnIndices.length, 'turn')}</span>
                        {speaker.linked ? null : <span className="speaker-filter__unlinked">Not linked</span>}
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <div className="reader__steps" role="group" aria-label={chosen ? `Turns of ${chosen.display}` : 'Turns of every speaker'}>
              <button type="button" className="button button--small button--secondary" onClick={() => stepTurn(-1)} aria-keyshortcuts="P Alt+ArrowUp">
                Previous turn
              </button>
              <button type="button" className="button button--small button--secondary" onClick={() => stepTurn(1)} aria-keyshortcuts="N Alt+ArrowDown">
                Next turn
              </button>
            </div>
            <p className="reader__steps-hint">{chosen ? `Of ${chosen.display}.` : 'Of any speaker; choose one above to follow them.'}</p>
            {chosen ? (
              <div className="checkbox">
                <input id={`${ids}-only`} type="checkbox" checked={onlySelected} onChange={(event) => showOnlySelected(event.target.checked)} />
                <label htmlFor={`${ids}-only`}>Show only their turns</label>
              </div>
            ) : null}
            {detail.unmatchedSpeakers > 0 ? (
              <button type="button" className="button button--small button--link" onClick={() => setLinking(true)}>
                {speakersToLink(detail.unmatchedSpeakers)}…
              </button>
            ) : null}
            <p className="reader__status" role="status" aria-live="polite">
              {message}
            </p>
          </section>

          <section aria-labelledby={`${ids}-keys-title`} className="reader__tool">
            <h2 id={`${ids}-keys-title`} className="reader__tool-title">
              Keyboard
            </h2>
            <dl className="shortcuts" id={`${ids}-keys`}>
              <div>
                <dt>
                  <kbd>N</kbd> or <kbd>Alt</kbd>+<kbd>↓</kbd>
                </dt>
                <dd>Next turn</dd>
              </div>
              <div>
                <dt>
                  <kbd>P</kbd> or <kbd>Alt</kbd>+<kbd>↑</kbd>
                </dt>
                <dd>Previous turn</dd>
              </div>
              <div>
                <dt>
                  <kbd>G</kbd>
                </dt>
                <dd>Go to page</dd>
              </div>
              <div>
                <dt>
                  <kbd>{commandKey()}</kbd>+<kbd>K</kbd>
                </dt>
                <dd>Search transcripts</dd>
              </div>
            </dl>
            <button type="button" className="button button--small button--link" onClick={() => openSearchRequest.request()}>
              Search transcripts…
            </button>
          </section>
        </aside>
      </div>

      {linking ? (
        <Modal title={`Speakers in “${detail.title}”`} onClose={() => setLinking(false)} wide>
          <p>Link each speaker to a person, so that quotations carry their name and role. A link applies to every turn of that speaker.</p>
          <SpeakersTable detail={detail} caption={`Speakers in “${detail.title}”`} onChanged={onChanged} />
          <div className="form-actions">
            <button type="button" className="button" onClick={() => setLinking(false)}>
              Done
            </button>
          </div>
        </Modal>
      ) : null}
    </div>
  );
}

/** A first guess at a row's height, before it is measured; close guesses keep jumps accurate. */
function estimateRow(row: ReaderRow | undefined, detail: TranscriptDetail): number {
  if (!row) return 40;
  if (row.kind === 'page') return 56;
  const length = row.end - (row.kind === 'turn' ? row.textStart : row.start);
  const lines = Math.max(1, Math.ceil(length / (detail.format === 'pdf' ? 90 : 80)));
  return (row.kind === 'turn' ? 34 : 8) + lines * 25 + 16;
}

function RowView({
  row,
  detail,
  pageIndexByNumber,
  speakers,
  selected,
  flash,
  matcher,
}: {
  row: ReaderRow;
  detail: TranscriptDetail;
  pageIndexByNumber: Map<number, number>;
  speakers: Map<string, Speaker>;
  selected: string | null;
  flash: boolean;
  matcher: RegExp | null;
}) {
  if (row.kind === 'page') {
    return (
      <div className={flash ? 'reader-page reader--flash' : 'reader-page'}>
        <h2 className="reader-page__marker" tabIndex={-1} data-key={row.key}>
          Page {row.page}
        </h2>
      </div>
    );
  }
  const page = detail.pages[pageIndexByNumber.get(row.page) ?? -1];
  const from = row.kind === 'turn' ? row.textStart : row.start;
  const text = page ? page.text.slice(from - page.startOffset, row.end - page.startOffset) : '';
  if (row.kind === 'text') {
    return (
      <div className={flash ? 'reader-text reader--flash' : 'reader-text'} tabIndex={-1} data-key={row.key}>
        <p className="reader-text__body">
          <OffsetText text={text} offset={from} matcher={matcher} />
        </p>
      </div>
    );
  }
  const turn = detail.turns[row.turnIndex]!;
  const speaker = speakers.get(turn.name);
  const isSelected = selected === turn.name;
  return (
    <div
      className={['reader-turn', isSelected ? 'reader-turn--selected' : '', flash ? 'reader--flash' : ''].filter(Boolean).join(' ')}
      tabIndex={-1}
      data-key={row.key}
      data-turn={turn.id}
    >
      <p className="reader-turn__speaker">
        <SpeakerName turn={turn} speaker={speaker} />
        {row.continued ? <span className="reader-turn__continued"> (continued)</span> : null}
      </p>
      <p className="reader-turn__text">
        <OffsetText text={text} offset={from} matcher={matcher} />
      </p>
    </div>
  );
}

function SpeakerName({ turn, speaker }: { turn: TranscriptTurn; speaker: Speaker | undefined }) {
  if (speaker?.linked) {
    return (
      <>
        <span className="reader-turn__name">{speaker.display}</span>
        {turn.roleText ? <span className="reader-turn__role"> — {turn.roleText}</span> : null}
      </>
    );
  }
  return <span className="reader-turn__name">{turn.label}</span>;
}

/**
 * Transcript text as spans that know where they start in the transcript (`data-offset`), with the
 * search's words in <mark>. Leading and trailing blank space is not shown; offsets stay exact.
 */
function OffsetText({ text, offset, matcher }: { text: string; offset: number; matcher: RegExp | null }) {
  const lead = text.length - text.trimStart().length;
  const shown = text.trim();
  const base = offset + lead;
  const matches = findMatches(shown, matcher);
  if (matches.length === 0) return <span data-offset={base}>{shown}</span>;
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const [start, end] of matches) {
    if (start > cursor) parts.push(<span key={`t${cursor}`} data-offset={base + cursor}>{shown.slice(cursor, start)}</span>);
    parts.push(
      <mark key={`m${start}`} data-offset={base + start}>
        {shown.slice(start, end)}
      </mark>,
    );
    cursor = end;
  }
  if (cursor < shown.length) parts.push(<span key={`t${cursor}`} data-offset={base + cursor}>{shown.slice(cursor)}</span>);
  return <>{parts}</>;
}

/**
 * The transcript offset of a point in the reader (a selection's anchor or focus): the nearest
 * element with `data-offset`, plus the characters before the point inside it. Null outside text.
 */
export function transcriptOffsetAt(node: Node, offsetInNode: number): number | null {
  const element = (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement)?.closest<HTMLElement>('[data-offset]');
  if (!element) return null;
  const start = Number(element.dataset.offset);
  if (!Number.isFinite(start)) return null;
  const range = document.createRange();
  range.setStart(element, 0);
  range.setEnd(node, offsetInNode);
  return start + range.toString().length;
}
