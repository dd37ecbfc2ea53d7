/**
 * The transcript reader: the whole text, page by page and turn by turn, in a virtual list so that
 * a 300-page transcript scrolls as smoothly as a 3-page one (only the rows near the view are in
 * the page). Beside it: the speakers (choose one to highlight their turns, step through them, or
 * show only theirs), "Go to page", and the keyboard shortcuts.
 *
 * Every piece of transcript text sits in an element with `data-offset`: the offset of its first
 * character in the transcript's text. A selection is mapped back to transcript offsets that way
 * (views/quotes/selection.ts), which is how quotes are marked: select words (within a turn, or
 * across turns and pages), then Q, Ctrl+Shift+Q or the "Mark quote" button by the selection; the
 * tag picker opens at once. The row where a selection starts stays in the page while the reader
 * scrolls, so a selection can run across many pages of the virtual list.
 *
 * The transcript's quotes are highlighted in its text, coloured by their first tag; the text is
 * cut at every quote boundary so that overlapping quotes each keep their underline. Hovering a
 * highlight, or focusing it (Tab; or the "Quotes" list beside the text), shows its details:
 * tags, note, who marked it and when, with Tags…, note, Adjust and Delete.
 *
 * Opened with ?page=12 it starts at that page; with &offset=3456 at the row holding that offset,
 * highlighted for a moment; with &q=… the search's words are highlighted throughout.
 */
import { defaultRangeExtractor, useVirtualizer, type Range as VirtualRange } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type FocusEvent,
  type FormEvent,
  type KeyboardEvent as ReactKeyboardEvent,
  type MouseEvent as ReactMouseEvent,
  type ReactNode,
} from 'react';
import { ApiError } from '../../../../shared/api/errors';
import type { Quote } from '../../../../shared/domain/evidence';
import { meetingKindInProse } from '../../../../shared/domain/labels';
import type { TranscriptDetail, TranscriptTurn } from '../../../../shared/domain/transcripts';
import type { Id } from '../../../../shared/domain/types';
import { useApi } from '../../api/WorkbenchContext';
import { openSearchRequest, revealRequest } from '../../commands/ui-requests';
import { useAnnounce } from '../../components/Announcer';
import { Modal } from '../../components/Modal';
import { Loading, LoadError } from '../../components/QueryStatus';
import { longDateOr } from '../../format/dates';
import { commandKey } from '../../format/keys';
import { count } from '../../format/plural';
import { TRANSCRIPT_FORMAT_LABELS, speakersToLink } from '../../format/transcripts';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useRecentTags } from '../../hooks/useRecentTags';
import { describeError } from '../../hooks/useSubmit';
import { useLoadedInvestigation } from '../../investigation/InvestigationContext';
import { hrefFor, type ReaderTarget } from '../../routing/routes';
import { findMatches, termMatcher } from '../../search/highlight';
import { QuoteCard, type AdjustSupport, type CardMode, type Draft, type QuoteActions } from '../quotes/QuoteCard';
import { QuoteList } from '../quotes/QuoteList';
import { QuotePopover } from '../quotes/QuotePopover';
import { byNesting, pagesLabel, segmentText, speakerOf, type QuoteSpan } from '../quotes/quote-segments';
import { selectionInside, selectionMessage, selectionOffsets } from '../quotes/selection';
import { UNTAGGED_COLOUR, deepenTint, quoteColour, type HighlightColour } from '../quotes/tag-colours';
import { useCodebook, useTranscriptQuotes } from '../quotes/useQuotes';
import '../quotes/quotes.css';
import { peopleOf, personName } from './people';
import { buildRows, filterRows, rowIndexForOffset, rowIndexForPage, type ReaderRow } from './reader-rows';
import { ReplaceTranscriptDialog, type ShowQuoteRequest } from './ReplaceTranscriptDialog';
import { SpeakersTable } from './SpeakersTable';

/** Pixels of a row that may show above the top of the view without it counting as the row in view. */
const TOP_SLACK_PX = 24;
/** How long a place jumped to stays highlighted. */
const FLASH_MS = 4000;
/** Hover delays: before a quote's details show, and before they go once the pointer leaves. */
const HOVER_OPEN_MS = 120;
const HOVER_CLOSE_MS = 300;
/** The search terms' highlight, as `mark` in styles.css. */
const SEARCH_YELLOW = '#ffe066';
/** What the transcript view shows changes with these; quotes and tags are loaded on their own. */
const TRANSCRIPT_ENTITIES = ['investigation', 'transcript', 'meeting', 'panel', 'participant', 'member', 'person', 'source'];

export function TranscriptReader({ transcriptId, target }: { transcriptId: string; target: ReaderTarget | undefined }) {
  const { overview } = useLoadedInvestigation();
  const query = useApiQuery(`transcript:${transcriptId}`, (api) => api.call('transcripts.get', { id: transcriptId }), {
    investigationId: overview.investigation.id,
    entities: TRANSCRIPT_ENTITIES,
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

/** The details of the quotes at one place, beside it. */
interface PopoverState {
  /** Counts openings, so each one starts its cards afresh. */
  generation: number;
  quoteIds: Id[];
  /** Opened on purpose (click, Enter, the list, after marking): stays until closed. Else it follows hover or focus. */
  pinned: boolean;
  via: 'hover' | 'focus' | 'pin';
  /** What it points at, while that is in the page; else the quote's first highlight; else `rect`. */
  element: HTMLElement | null;
  rect: DOMRect | null;
  /** A card to open in a mode: the tag picker right after marking, Adjust to find a lost quote again. */
  initial?: { quoteId: Id; mode: CardMode };
  /** Where focus goes back to when it closes. */
  returnFocus: HTMLElement | null;
}

/** What a row needs to draw the quotes over its text. */
interface Highlights {
  spans: QuoteSpan[];
  colours: ReadonlyMap<Id, HighlightColour>;
  /** Quotes whose first highlight is in this row: that piece is focusable. */
  heads: ReadonlySet<Id>;
  /** Quotes whose details are showing. */
  open: ReadonlySet<Id>;
  draftId: Id | null;
  describedBy: string | null;
}

let popoverGeneration = 0;

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
  const api = useApi();
  const announce = useAnnounce();
  const investigationId = overview.investigation.id;
  const canvasRef = useRef<HTMLDivElement>(null);
  const quoteState = useTranscriptQuotes(detail.id, investigationId);
  const codebook = useCodebook(investigationId);
  const recentTags = useRecentTags(investigationId);
  const [popover, setPopover] = useState<PopoverState | null>(null);
  const popoverRef = useRef<PopoverState | null>(null);
  popoverRef.current = popover;
  const [cardMode, setCardMode] = useState<CardMode>('view');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [markAt, setMarkAt] = useState<{ top: number; left: number } | null>(null);
  const [quoteMessage, setQuoteMessage] = useState<string | null>(null);
  const [selectionPin, setSelectionPin] = useState<string | null>(null);
  const [replacing, setReplacing] = useState(false);
  const hoverTimer = useRef<number | null>(null);
  const restoringFocus = useRef(false);
  const markButtonRef = useRef<HTMLButtonElement>(null);

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
  const fullText = useMemo(() => detail.pages.map((page) => page.text).join(''), [detail]);
  const quotes = quoteState.quotes;
  const quoteById = useMemo(() => new Map((quotes ?? []).map((q) => [q.id, q])), [quotes]);

  // Highlights: every quote still anchored (and one being adjusted, at its draft extent).
  const spans = useMemo(() => {
    const out: QuoteSpan[] = [];
    for (const quote of quotes ?? []) {
      if (draft?.quoteId === quote.id) out.push({ id: quote.id, start: draft.start, end: draft.end });
      else if (quote.anchorStatus !== 'lost') out.push({ id: quote.id, start: quote.startOffset, end: quote.endOffset });
    }
    return out.sort(byNesting);
  }, [quotes, draft]);
  const colours = useMemo(() => new Map((quotes ?? []).map((q) => [q.id, quoteColour(q.tagIds, codebook.byId)])), [quotes, codebook.byId]);
  const indexByKey = useMemo(() => new Map(rows.map((row, index) => [row.key, index])), [rows]);
  /** The row where each quote's highlight begins. */
  const headKeyOf = useMemo(() => {
    const map = new Map<Id, string>();
    for (const span of spans) {
      const key = rows[rowIndexForOffset(rows, span.start)]?.key;
      if (key) map.set(span.id, key);
    }
    return map;
  }, [spans, rows]);

  // Rows kept in the page although scrolled away: where a selection started (or the browser would
  // drop the selection with it), and the highlight the open details point at.
  const popoverPin = popover ? (headKeyOf.get(popover.quoteIds[0] ?? '') ?? null) : null;
  const pinnedIndexes = useMemo(
    () => [selectionPin, popoverPin].map((key) => (key ? indexByKey.get(key) : undefined)).filter((i): i is number => i !== undefined),
    [selectionPin, popoverPin, indexByKey],
  );
  const rangeExtractor = useCallback(
    (range: VirtualRange) => {
      const base = defaultRangeExtractor(range);
      if (pinnedIndexes.length === 0) return base;
      const all = new Set(base);
      for (const index of pinnedIndexes) if (index < range.count) all.add(index);
      return [...all].sort((a, b) => a - b);
    },
    [pinnedIndexes],
  );

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => estimateRow(rows[index], detail),
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 8,
    scrollPaddingStart: 8,
    rangeExtractor,
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

  // ---- Quotes ----------------------------------------------------------------------------------

  /** The quote details' anchor on screen, kept inside the text's visible area. */
  const popoverAnchor = useCallback((): DOMRect | null => {
    const state = popoverRef.current;
    const scroller = scrollRef.current;
    if (!state) return null;
    let element = state.element?.isConnected ? state.element : null;
    if (!element && canvasRef.current) {
      for (const quoteId of state.quoteIds) {
        element = canvasRef.current.querySelector<HTMLElement>(`[data-quote-head~="${CSS.escape(quoteId)}"]`);
        if (element) break;
      }
    }
    const rect = element ? lastRect(element) : state.rect;
    if (!rect) return null;
    if (!scroller || !(element && scroller.contains(element))) return rect;
    const bounds = scroller.getBoundingClientRect();
    const top = Math.min(Math.max(rect.top, bounds.top), bounds.bottom - 4);
    const bottom = Math.min(Math.max(rect.bottom, bounds.top + 4), bounds.bottom);
    return new DOMRect(rect.left, top, rect.width, Math.max(0, bottom - top));
  }, []);

  const openPopover = useCallback((next: Omit<PopoverState, 'generation'>) => {
    if (hoverTimer.current !== null) window.clearTimeout(hoverTimer.current);
    hoverTimer.current = null;
    const current = popoverRef.current;
    // Hovering over the same place again keeps the details as they are.
    if (current && !next.pinned && current.quoteIds.join(' ') === next.quoteIds.join(' ')) return;
    popoverGeneration += 1;
    setCardMode(next.initial?.mode ?? 'view');
    setPopover({ ...next, generation: popoverGeneration });
  }, []);

  const closePopover = useCallback((restoreFocus: boolean) => {
    if (hoverTimer.current !== null) window.clearTimeout(hoverTimer.current);
    hoverTimer.current = null;
    const current = popoverRef.current;
    if (!current) return;
    setPopover(null);
    setDraft(null);
    setCardMode('view');
    if (!restoreFocus) return;
    let target: HTMLElement | null = current.returnFocus?.isConnected ? current.returnFocus : null;
    if (!target && canvasRef.current) {
      for (const quoteId of current.quoteIds) {
        target = canvasRef.current.querySelector<HTMLElement>(`[data-quote-head~="${CSS.escape(quoteId)}"]`);
        if (target) break;
      }
    }
    // Back on the highlight, its details stay closed (focus there would otherwise show them).
    restoringFocus.current = true;
    (target ?? scrollRef.current)?.focus({ preventScroll: true });
    restoringFocus.current = false;
  }, []);

  const scheduleClose = useCallback(() => {
    if (hoverTimer.current !== null) window.clearTimeout(hoverTimer.current);
    hoverTimer.current = window.setTimeout(() => {
      hoverTimer.current = null;
      const current = popoverRef.current;
      if (current && !current.pinned) closePopover(false);
    }, HOVER_CLOSE_MS);
  }, [closePopover]);

  // Details of quotes that are gone (deleted here or elsewhere, or undone) close.
  useEffect(() => {
    if (popover && quotes && !popover.quoteIds.some((quoteId) => quoteById.has(quoteId))) closePopover(popover.pinned);
  }, [popover, quotes, quoteById, closePopover]);

  /** Where the "Mark quote" button goes: just past the end of the selection, inside the text area. */
  const refreshMark = useCallback(() => {
    const scroller = scrollRef.current;
    const selection = document.getSelection();
    const range = selectionInside(canvasRef.current, selection);
    if (!range || !scroller || !selection) {
      setMarkAt(null);
      return;
    }
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    const backward = isBackward(selection);
    const rect = backward ? rects[0] : rects.at(-1);
    const bounds = scroller.getBoundingClientRect();
    if (!rect || rect.bottom < bounds.top || rect.top > bounds.bottom) {
      setMarkAt(null);
      return;
    }
    const BUTTON_HEIGHT = 34;
    const BUTTON_WIDTH = 150;
    const top = Math.min(Math.max(backward ? rect.top - BUTTON_HEIGHT - 6 : rect.bottom + 6, bounds.top + 4), bounds.bottom - BUTTON_HEIGHT - 4);
    const left = Math.min(Math.max(backward ? rect.left : rect.right - 24, bounds.left + 4), bounds.right - BUTTON_WIDTH - 8);
    setMarkAt((previous) => (previous && previous.top === top && previous.left === left ? previous : { top, left }));
  }, []);

  useEffect(() => {
    const onSelectionChange = () => {
      const selection = document.getSelection();
      const range = selectionInside(canvasRef.current, selection);
      if (range && selection?.anchorNode) {
        const anchor = selection.anchorNode.nodeType === Node.ELEMENT_NODE ? (selection.anchorNode as Element) : selection.anchorNode.parentElement;
        const key = anchor?.closest<HTMLElement>('[data-row-key]')?.dataset.rowKey ?? null;
        setSelectionPin((previous) => (previous === key ? previous : key));
        // A selection that can be marked answers any "select some words" message.
        if (selectionOffsets(canvasRef.current, selection).ok) setQuoteMessage(null);
      } else {
        setSelectionPin(null);
      }
      refreshMark();
    };
    const scroller = scrollRef.current;
    document.addEventListener('selectionchange', onSelectionChange);
    scroller?.addEventListener('scroll', refreshMark, { passive: true });
    window.addEventListener('resize', refreshMark);
    return () => {
      document.removeEventListener('selectionchange', onSelectionChange);
      scroller?.removeEventListener('scroll', refreshMark);
      window.removeEventListener('resize', refreshMark);
    };
  }, [refreshMark]);

  // A pressed-on details panel closes when the member clicks elsewhere (not while adjusting a
  // quote: that needs clicks and selections in the text).
  useEffect(() => {
    if (!popover?.pinned || cardMode === 'adjust') return;
    const onDown = (event: PointerEvent) => {
      const target = event.target as Node | null;
      const panel = document.getElementById(`${ids}-popover`);
      if (target && (panel?.contains(target) || markButtonRef.current?.contains(target))) return;
      if (target instanceof Element && target.closest('dialog[open]')) return;
      closePopover(false);
    };
    document.addEventListener('pointerdown', onDown, true);
    return () => document.removeEventListener('pointerdown', onDown, true);
  }, [popover?.pinned, cardMode, ids, closePopover]);

  // Opened on purpose without a mode to start in: focus goes into the details.
  useEffect(() => {
    if (!popover?.pinned || popover.initial) return;
    document.getElementById(`${ids}-popover`)?.querySelector<HTMLElement>('button, [href], input, textarea')?.focus({ preventScroll: true });
  }, [popover?.generation, popover?.pinned]); // eslint-disable-line react-hooks/exhaustive-deps

  const creating = useRef(false);
  const markRange = useCallback(
    async (start: number, end: number, rect: DOMRect | null) => {
      if (creating.current) return;
      creating.current = true;
      setQuoteMessage(null);
      try {
        const quote = await api.call('quotes.create', { transcriptId: detail.id, startOffset: start, endOffset: end });
        quoteState.upsert(quote);
        document.getSelection()?.removeAllRanges();
        setMarkAt(null);
        announce(`Quote marked, ${pagesLabel(quote.pageStart, quote.pageEnd)}. Choose its tags, or press Escape.`);
        openPopover({ quoteIds: [quote.id], pinned: true, via: 'pin', element: null, rect, initial: { quoteId: quote.id, mode: 'tags' }, returnFocus: null });
      } catch (error) {
        setQuoteMessage(describeError(error).message);
      } finally {
        creating.current = false;
      }
    },
    [api, detail.id, quoteState, announce, openPopover],
  );

  /** Q: the selected words become a quote. */
  const markSelection = useCallback(() => {
    if (popoverRef.current && cardMode === 'adjust') {
      setQuoteMessage('Finish adjusting the quote first: Save or Cancel.');
      return;
    }
    const selection = document.getSelection();
    const result = selectionOffsets(canvasRef.current, selection);
    if (!result.ok) {
      setQuoteMessage(selectionMessage(result.reason));
      return;
    }
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    const rects = range ? [...range.getClientRects()].filter((r) => r.width > 0) : [];
    void markRange(result.start, result.end, rects.at(-1) ?? null);
  }, [cardMode, markRange]);

  /** Shift+Q: the whole of the turn (or text) in focus, as far as it goes on this page. */
  const markFocusedRow = useCallback(() => {
    const element = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-row-key]');
    const index = element?.dataset.rowKey ? indexByKey.get(element.dataset.rowKey) : undefined;
    const row = index !== undefined ? rows[index] : undefined;
    if (!element || !row || row.kind === 'page') {
      setQuoteMessage('Go to a turn first (N or P), then press Shift+Q to mark all of it as a quote.');
      return;
    }
    void markRange(row.kind === 'turn' ? row.textStart : row.start, row.end, element.getBoundingClientRect());
  }, [indexByKey, rows, markRange]);

  const actions = useMemo<QuoteActions>(
    () => ({
      async tag(quote, tag) {
        quoteState.upsert(await api.call('quotes.tag', { quoteId: quote.id, tagId: tag.id }));
        recentTags.use(tag.id);
      },
      async untag(quote, tag) {
        quoteState.upsert(await api.call('quotes.untag', { quoteId: quote.id, tagId: tag.id }));
      },
      async createTag(quote, name) {
        const tag = await api.call('tags.create', { investigationId, name });
        codebook.add(tag);
        quoteState.upsert(await api.call('quotes.tag', { quoteId: quote.id, tagId: tag.id }));
        recentTags.use(tag.id);
      },
      async saveNote(quote, note) {
        quoteState.upsert(await api.call('quotes.update', { id: quote.id, note }));
        announce(note.trim() ? 'Note saved.' : 'Note removed.');
      },
      async saveExtent(quote, start, end) {
        quoteState.upsert(await api.call('quotes.update', { id: quote.id, startOffset: start, endOffset: end }));
        setDraft(null);
        announce('Quote adjusted.');
      },
      async remove(quote) {
        await api.call('quotes.delete', { id: quote.id });
        quoteState.remove(quote.id);
        closePopover(false);
        // Its highlight is going: back to the text, where Ctrl/⌘+Z brings the quote back.
        scrollRef.current?.focus({ preventScroll: true });
        announce(`Quote deleted. Undo (${commandKey()}+Z) brings it back.`);
      },
    }),
    [api, quoteState, recentTags, codebook, investigationId, announce, closePopover],
  );

  const adjustSupport: AdjustSupport = {
    text: fullText,
    draft,
    setDraft,
    selection: () => selectionOffsets(canvasRef.current, document.getSelection()),
  };

  /** Alt+1…9: the recent tag of that number on the quote in focus. False when no quote has focus. */
  const tagFocused = useCallback(
    (n: number): boolean => {
      const active = document.activeElement as HTMLElement | null;
      const quoteId =
        active?.closest<HTMLElement>('[data-quote-card]')?.dataset.quoteCard ??
        active?.closest<HTMLElement>('[data-quote-head]')?.dataset.quoteHead?.split(' ')[0] ??
        active?.closest<HTMLElement>('[data-quote-item]')?.dataset.quoteItem;
      const quote = quoteId ? quoteById.get(quoteId) : undefined;
      if (!quote) return false;
      const tag = codebook.byId.get(recentTags.recent[n - 1] ?? '');
      if (!tag) {
        announce(n === 1 ? 'No recent tags yet: tag a quote with the tag picker first.' : `There is no recent tag ${n}.`);
        return true;
      }
      if (quote.tagIds.includes(tag.id)) {
        announce(`${tag.name} is already on this quote.`);
        return true;
      }
      actions.tag(quote, tag).then(
        () => announce(`Tagged to ${tag.name}.`),
        (error: unknown) => setQuoteMessage(describeError(error).message),
      );
      return true;
    },
    [quoteById, codebook.byId, recentTags.recent, actions, announce],
  );

  /** A quote chosen in the list (or a report): into view, with its details open. */
  const showQuote = useCallback(
    (quote: Quote, opener: HTMLElement | null, mode: CardMode = 'view') => {
      const lost = quote.anchorStatus === 'lost';
      const find = (pool: ReaderRow[]) => (lost ? rowIndexForPage(pool, quote.pageStart) : rowIndexForOffset(pool, quote.startOffset));
      let pool = rows;
      let index = find(rows);
      const found = rows[index];
      const inPool = found !== undefined && (lost || (found.start <= quote.startOffset && quote.startOffset < found.end));
      if (!inPool && filtering) {
        // Outside the speaker shown alone: show everyone again.
        setOnlySelected(false);
        pool = allRows;
        index = find(allRows);
      }
      const key = pool[index]?.key;
      if (key) {
        pending.current = { key, flash: lost, focus: false };
        setRevealVersion((v) => v + 1);
      }
      let rect = opener?.getBoundingClientRect() ?? null;
      if (!rect && scrollRef.current) {
        const bounds = scrollRef.current.getBoundingClientRect();
        rect = new DOMRect(bounds.left + 24, bounds.top + 24, 0, 0);
      }
      openPopover({
        quoteIds: [quote.id],
        pinned: true,
        via: 'pin',
        element: lost ? opener : null,
        rect,
        ...(mode !== 'view' ? { initial: { quoteId: quote.id, mode } } : {}),
        returnFocus: opener,
      });
    },
    [rows, allRows, filtering, openPopover],
  );

  /** The reanchor report's "Show it" and "Find it again". */
  const showReported = useCallback(
    (request: ShowQuoteRequest) => {
      const quote = quoteById.get(request.quoteId);
      if (quote) {
        showQuote(request.lost ? { ...quote, anchorStatus: 'lost', pageStart: request.page } : quote, null, request.lost ? 'adjust' : 'view');
      } else {
        revealPlace({ page: request.page, ...(request.offset !== undefined ? { offset: request.offset } : {}) });
      }
    },
    [quoteById, showQuote, revealPlace],
  );

  // Pointer and focus on highlights (delegated from the text).
  const onTextMouseOver = (event: ReactMouseEvent) => {
    const piece = (event.target as HTMLElement).closest<HTMLElement>('.qhl');
    if (!piece || event.buttons !== 0 || popoverRef.current?.pinned) return;
    if (!(document.getSelection()?.isCollapsed ?? true)) return;
    if (hoverTimer.current !== null) window.clearTimeout(hoverTimer.current);
    const quoteIds = (piece.dataset.quotes ?? '').split(' ').filter(Boolean);
    const pointer = { x: event.clientX, y: event.clientY };
    hoverTimer.current = window.setTimeout(() => {
      hoverTimer.current = null;
      if (!piece.isConnected) return;
      openPopover({ quoteIds, pinned: false, via: 'hover', element: null, rect: rectAt(piece, pointer), returnFocus: null });
    }, HOVER_OPEN_MS);
  };
  const onTextMouseOut = (event: ReactMouseEvent) => {
    const piece = (event.target as HTMLElement).closest<HTMLElement>('.qhl');
    if (!piece) return;
    const to = event.relatedTarget as Node | null;
    if (to instanceof Element && to.closest('.qhl')) return;
    if (popoverRef.current && !popoverRef.current.pinned) scheduleClose();
    else if (hoverTimer.current !== null) {
      window.clearTimeout(hoverTimer.current);
      hoverTimer.current = null;
    }
  };
  const onTextClick = (event: ReactMouseEvent) => {
    const piece = (event.target as HTMLElement).closest<HTMLElement>('.qhl');
    if (!piece || !(document.getSelection()?.isCollapsed ?? true)) return;
    const quoteIds = (piece.dataset.quotes ?? '').split(' ').filter(Boolean);
    const head = piece.dataset.quoteHead ? piece : null;
    openPopover({ quoteIds, pinned: true, via: 'pin', element: null, rect: rectAt(piece, { x: event.clientX, y: event.clientY }), returnFocus: head ?? (document.activeElement as HTMLElement | null) });
  };
  const onTextFocus = (event: FocusEvent) => {
    const head = event.target as HTMLElement;
    if (!head.dataset?.quoteHead || popoverRef.current?.pinned || restoringFocus.current) return;
    openPopover({ quoteIds: (head.dataset.quotes ?? '').split(' ').filter(Boolean), pinned: false, via: 'focus', element: head, rect: lastRect(head), returnFocus: head });
  };
  const onTextBlur = (event: FocusEvent) => {
    const current = popoverRef.current;
    if (!current || current.pinned || current.via !== 'focus') return;
    const to = event.relatedTarget as Node | null;
    if (to && document.getElementById(`${ids}-popover`)?.contains(to)) return;
    closePopover(false);
  };
  const onTextKeyDown = (event: ReactKeyboardEvent) => {
    const head = event.target as HTMLElement;
    if (!head.dataset?.quoteHead || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    openPopover({ quoteIds: (head.dataset.quotes ?? '').split(' ').filter(Boolean), pinned: true, via: 'pin', element: head, rect: lastRect(head), returnFocus: head });
  };

  // Keyboard shortcuts, whenever focus is not in a field and no dialog is open.
  const latestStep = useRef(stepTurn);
  latestStep.current = stepTurn;
  const latestQuoteKeys = useRef({ markSelection, markFocusedRow, tagFocused, closePopover });
  latestQuoteKeys.current = { markSelection, markFocusedRow, tagFocused, closePopover };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (document.querySelector('dialog[open]')) return;
      const element = event.target as HTMLElement | null;
      if (element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName))) return;
      const quoteKeys = latestQuoteKeys.current;
      const inDetails = Boolean(element?.closest?.('.quote-popover'));
      // Ctrl+Shift+Q (also on a Mac: ⌘⇧Q is the system's Log Out) marks the selection.
      if (event.code === 'KeyQ' && event.ctrlKey && event.shiftKey && !event.altKey && !event.metaKey) {
        event.preventDefault();
        quoteKeys.markSelection();
        return;
      }
      const digit = /^Digit([1-9])$/.exec(event.code)?.[1];
      if (digit && event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
        if (quoteKeys.tagFocused(Number(digit))) event.preventDefault();
        return;
      }
      if (event.ctrlKey || event.metaKey) return;
      if (event.key === 'Escape' && popoverRef.current) {
        event.preventDefault();
        quoteKeys.closePopover(true);
        return;
      }
      if (inDetails) return;
      if (event.code === 'KeyQ' && !event.altKey) {
        event.preventDefault();
        if (event.shiftKey) quoteKeys.markFocusedRow();
        else quoteKeys.markSelection();
        return;
      }
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
  const currentPage = topRow()?.page ?? firstPage;
  const popoverQuotes = popover ? popover.quoteIds.map((quoteId) => quoteById.get(quoteId)).filter((q): q is Quote => q !== undefined) : [];
  const openIds: ReadonlySet<Id> = new Set(popover ? popover.quoteIds : []);

  return (
    <div className="reader">
      <p className="eyebrow">
        <a href={backHref}>Transcripts</a> · {overview.investigation.title}
      </p>
      <h1 className="reader__title">{detail.title}</h1>
      <p className="reader__meta">
        {[
          longDateOr(detail.heldOn, 'Date not set'),
          meeting ? `${meeting.title} (${meetingKindInProse(meeting.kind)})` : detail.meetingTitle,
          detail.panelTitle,
          count(detail.pageCount, 'page'),
          count(detail.turnCount, 'speaker turn'),
          detail.format ? `${TRANSCRIPT_FORMAT_LABELS[detail.format]}${detail.originalFileName ? ` (${detail.originalFileName})` : ''}` : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <div className="reader__actions">
        <button type="button" className="button button--small button--secondary" onClick={() => setReplacing(true)}>
          Replace with corrected version…
        </button>
      </div>

      <div className="reader__layout">
        <div className="reader__main">
        <p className="reader__where">
          {rows.length > 0 ? (
            <>
              Page <strong>{currentPage}</strong> of {lastPage}
              {filtering && chosen ? <span className="reader__filtering"> · Only the turns of {chosen.display}</span> : null}
            </>
          ) : null}
        </p>
        <p className="quote-message" role="alert">
          {quoteMessage}
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
          <div
            className="reader__canvas"
            ref={canvasRef}
            style={{ height: virtualizer.getTotalSize() }}
            onMouseOver={onTextMouseOver}
            onMouseOut={onTextMouseOut}
            onClick={onTextClick}
            onFocus={onTextFocus}
            onBlur={onTextBlur}
            onKeyDown={onTextKeyDown}
          >
            {items.map((item) => {
              const row = rows[item.index]!;
              const rowSpans = spans.filter((span) => span.start < row.end && span.end > row.start);
              const highlights: Highlights | null =
                rowSpans.length === 0
                  ? null
                  : {
                      spans: rowSpans,
                      colours,
                      heads: new Set(rowSpans.filter((span) => headKeyOf.get(span.id) === row.key).map((span) => span.id)),
                      open: openIds,
                      draftId: draft?.quoteId ?? null,
                      describedBy: popover ? `${ids}-popover-summary` : null,
                    };
              return (
                <div
                  key={item.key}
                  data-index={item.index}
                  data-row-key={row.key}
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
                    highlights={highlights}
                  />
                </div>
              );
            })}
          </div>
        </div>
        </div>

        <aside className="reader__side" aria-label="Reading tools">
          <QuoteList
            quotes={quotes}
            tagsById={codebook.byId}
            page={currentPage}
            openIds={popover?.pinned ? popover.quoteIds : []}
            onOpen={(quote, opener) => showQuote(quote, opener)}
            error={quoteState.error && !quotes ? describeError(quoteState.error).message : null}
          />

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
                  <kbd>Q</kbd> or <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>Q</kbd>
                </dt>
                <dd>Mark the selected words as a quote</dd>
              </div>
              <div>
                <dt>
                  <kbd>Shift</kbd>+<kbd>Q</kbd>
                </dt>
                <dd>Mark the whole turn in focus</dd>
              </div>
              <div>
                <dt>
                  <kbd>Tab</kbd>, <kbd>Enter</kbd>
                </dt>
                <dd>Go to a highlighted quote, open its details</dd>
              </div>
              <div>
                <dt>
                  <kbd>Alt</kbd>+<kbd>1</kbd>…<kbd>9</kbd>
                </dt>
                <dd>Put a recent tag on the quote in focus</dd>
              </div>
              <div>
                <dt>
                  <kbd>Esc</kbd>
                </dt>
                <dd>Close a quote’s details</dd>
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

      {popover && popoverQuotes.length > 0 ? (
        <QuotePopover
          id={`${ids}-popover`}
          label={popoverQuotes.length === 1 ? `Quote${speakerOf(popoverQuotes[0]!) ? ` from ${speakerOf(popoverQuotes[0]!)}` : ''}` : `${popoverQuotes.length} quotes here`}
          anchor={popoverAnchor}
          pinned={popover.pinned}
          onEscape={() => closePopover(true)}
          onMouseEnter={() => {
            if (hoverTimer.current !== null) window.clearTimeout(hoverTimer.current);
            hoverTimer.current = null;
          }}
          onMouseLeave={() => {
            if (!popoverRef.current?.pinned) scheduleClose();
          }}
        >
          <p id={`${ids}-popover-summary`} className="visually-hidden">
            {popoverQuotes.map((quote) => describeQuote(quote, codebook.byId)).join(' ')}
          </p>
          {popoverQuotes.length > 1 ? <p className="quote-popover__count">{popoverQuotes.length} quotes overlap here</p> : null}
          {popoverQuotes.map((quote) => (
            <QuoteCard
              key={`${popover.generation}:${quote.id}`}
              quote={quote}
              tags={codebook.tags}
              tagsById={codebook.byId}
              recent={recentTags.recent}
              actions={actions}
              adjust={adjustSupport}
              {...(popover.initial?.quoteId === quote.id ? { initialMode: popover.initial.mode } : {})}
              onDone={() => closePopover(true)}
              onModeChange={(mode) => {
                setCardMode(mode);
                // Working in the details pins them, so they stay when the pointer leaves.
                if (mode !== 'view' && popoverRef.current && !popoverRef.current.pinned) setPopover({ ...popoverRef.current, pinned: true, via: 'pin' });
              }}
            />
          ))}
        </QuotePopover>
      ) : null}

      {markAt && cardMode !== 'adjust' ? (
        <button
          ref={markButtonRef}
          type="button"
          className="mark-quote"
          style={{ top: markAt.top, left: markAt.left }}
          aria-keyshortcuts="Q Control+Shift+Q"
          onMouseDown={(event) => event.preventDefault()}
          onClick={markSelection}
        >
          Mark quote <kbd className="mark-quote__key">Q</kbd>
        </button>
      ) : null}

      {replacing ? (
        <ReplaceTranscriptDialog
          transcript={{ id: detail.id, title: detail.title, pageCount: detail.pageCount, originalFileName: detail.originalFileName }}
          onClose={() => setReplacing(false)}
          onShow={showReported}
        />
      ) : null}

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
  highlights,
}: {
  row: ReaderRow;
  detail: TranscriptDetail;
  pageIndexByNumber: Map<number, number>;
  speakers: Map<string, Speaker>;
  selected: string | null;
  flash: boolean;
  matcher: RegExp | null;
  highlights: Highlights | null;
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
          <OffsetText text={text} offset={from} matcher={matcher} highlights={highlights} />
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
        <OffsetText text={text} offset={from} matcher={matcher} highlights={highlights} />
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
 * Quotes are drawn over it: the text is cut at every quote boundary, each piece tinted by its
 * innermost quote (deeper where quotes overlap) and underlined once per quote covering it.
 */
function OffsetText({ text, offset, matcher, highlights }: { text: string; offset: number; matcher: RegExp | null; highlights: Highlights | null }) {
  const lead = text.length - text.trimStart().length;
  const shown = text.trim();
  const base = offset + lead;
  const matches = findMatches(shown, matcher);
  if (highlights && highlights.spans.length > 0) return <HighlightedText shown={shown} base={base} matches={matches} highlights={highlights} />;
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

function HighlightedText({ shown, base, matches, highlights }: { shown: string; base: number; matches: [number, number][]; highlights: Highlights }) {
  const segments = segmentText(base, shown.length, highlights.spans, matches);
  const headed = new Set<Id>();
  return (
    <>
      {segments.map((segment) => {
        const content = shown.slice(segment.start - base, segment.end - base);
        if (segment.quoteIds.length === 0) {
          return segment.match ? (
            <mark key={segment.start} data-offset={segment.start}>
              {content}
            </mark>
          ) : (
            <span key={segment.start} data-offset={segment.start}>
              {content}
            </span>
          );
        }
        const heads = segment.quoteIds.filter((quoteId) => highlights.heads.has(quoteId) && !headed.has(quoteId));
        for (const quoteId of heads) headed.add(quoteId);
        const open = segment.quoteIds.some((quoteId) => highlights.open.has(quoteId));
        const colourOf = (quoteId: Id) => highlights.colours.get(quoteId) ?? UNTAGGED_COLOUR;
        const innermost = colourOf(segment.quoteIds.at(-1)!);
        // One line per quote (innermost at the bottom), three at most; the tint deepens per layer.
        const lines = [...segment.quoteIds].reverse().slice(0, 3).map((quoteId) => colourOf(quoteId).line);
        const style: CSSProperties = {
          backgroundColor: segment.match ? SEARCH_YELLOW : deepenTint(innermost, segment.quoteIds.length + (open ? 1 : 0)),
          boxShadow: lines.map((line, i) => `inset 0 -${(i + 1) * 2}px 0 ${line}`).join(', '),
        };
        const className = [
          'qhl',
          segment.quoteIds.length > 1 ? 'qhl--overlap' : '',
          open ? 'qhl--open' : '',
          highlights.draftId && segment.quoteIds.includes(highlights.draftId) ? 'qhl--draft' : '',
        ]
          .filter(Boolean)
          .join(' ');
        return (
          <mark
            key={segment.start}
            className={className}
            data-offset={segment.start}
            data-quotes={segment.quoteIds.join(' ')}
            data-quote-head={heads.length > 0 ? heads.join(' ') : undefined}
            tabIndex={heads.length > 0 ? 0 : undefined}
            aria-describedby={heads.length > 0 && open && highlights.describedBy ? highlights.describedBy : undefined}
            style={style}
          >
            {content}
          </mark>
        );
      })}
    </>
  );
}

/** The last line box of an element: a highlight's details open below where it ends. */
function lastRect(element: Element): DOMRect {
  const rects = [...element.getClientRects()].filter((r) => r.width > 0);
  return rects.at(-1) ?? element.getBoundingClientRect();
}

/** The line box of an element under the pointer (a highlight may wrap over several lines). */
function rectAt(element: Element, point: { x: number; y: number }): DOMRect {
  const rects = [...element.getClientRects()];
  return rects.find((r) => point.y >= r.top && point.y <= r.bottom) ?? lastRect(element);
}

/** True when the selection was made from its end towards its start. */
function isBackward(selection: Selection): boolean {
  if (selection.isCollapsed || !selection.anchorNode || !selection.focusNode) return false;
  const range = document.createRange();
  range.setStart(selection.anchorNode, selection.anchorOffset);
  range.setEnd(selection.focusNode, selection.focusOffset);
  return range.collapsed;
}

/** What a screen reader hears about a focused highlight. */
function describeQuote(quote: Quote, tagsById: ReadonlyMap<Id, { name: string }>): string {
  const tags = quote.tagIds.map((tagId) => tagsById.get(tagId)?.name).filter(Boolean);
  return [
    `Quote${speakerOf(quote) ? ` from ${speakerOf(quote)}` : ''}, ${pagesLabel(quote.pageStart, quote.pageEnd)}.`,
    tags.length > 0 ? `Tagged ${tags.join(', ')}.` : 'No tags yet.',
    quote.note ? `Note: ${quote.note}` : '',
    `Marked by ${quote.authorName} on ${longDateOr(quote.createdAt.slice(0, 10), 'an unknown date')}.`,
    'Press Enter for its details.',
  ]
    .filter(Boolean)
    .join(' ');
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
