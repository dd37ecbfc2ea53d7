/**
 * Every quote of the investigation in one grid: sort by a column heading, filter by a column
 * (the row of boxes under the headings) or by the quick filter, group by chapter, recommendation,
 * theme, witness, organisation or author, export what is shown to CSV, and open a quote in the
 * transcript reader (the link, or Enter on its row).
 *
 * Loaded only when the Evidence area's Quotes view opens: ag-grid is large. One grid whatever the
 * grouping, with group headers as full-width rows, so 50,000 quotes stay virtualised and fast.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import {
  type CellFocusedEvent,
  type CellKeyDownEvent,
  type ColDef,
  type GetRowIdParams,
  type GridApi,
  type IRowNode,
  type PostSortRowsParams,
  type RowHeightParams,
} from 'ag-grid-community';
import { gridTheme } from '../../components/grid-theme';
import { AgGridReact, type CustomCellRendererProps } from 'ag-grid-react';
import type { GridQuote, Tag } from '../../../../shared/domain/evidence';
import type { Id } from '../../../../shared/domain/types';
import { longDateOr } from '../../format/dates';
import { count } from '../../format/plural';
import { useHashParam } from '../../hooks/useHashParam';
import { navigate, parseHash, readerHref } from '../../routing/routes';
import { ANCHOR_HINTS, attribution, localDateStamp, pageLabel } from './evidence-format';
import { AnchorCell, ClampCell, OpenLinkCell, QuoteTextCell, TagsCell } from './grid-cells';
import { createFrameDebounce, createMatcher, filterWords } from './quick-filter';
import { GROUP_BY_OPTIONS, baseRows, groupRows, isGroupBy, searchPartsOf, warmSearchTexts, type EvidenceRow, type GroupBy, type GroupRow, type QuoteRow } from './quote-rows';
import './evidence.css';

const theme = gridTheme;

const QUOTE_ROW_HEIGHT = 88;
const GROUP_ROW_HEIGHT = 44;

/** Filtered-in counts per group, worked out as the grid sorts and read by the group headers. */
interface GroupCounts {
  get(key: string): number;
  set(next: Map<string, number>): void;
  publish(): void;
  subscribe(listener: () => void): () => void;
}

function createGroupCounts(): GroupCounts {
  let counts = new Map<string, number>();
  let pending = false;
  const listeners = new Set<() => void>();
  return {
    get: (key) => counts.get(key) ?? 0,
    set(next) {
      counts = next;
      pending = true;
    },
    publish() {
      if (!pending) return;
      pending = false;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * How many quotes (and groups) the filters let through, of how many quotes the grid holds: kept
 * outside React state so that a filter re-renders the count above the grid and nothing else.
 */
interface Shown {
  quotes: number | null;
  groups: number;
  /** Quotes in the grid's rows when counted (the first screenful, then all). */
  of: number;
}

interface ShownCount {
  get(): Shown;
  set(quotes: number, groups: number, of: number): void;
  subscribe(listener: () => void): () => void;
}

function createShownCount(): ShownCount {
  let value: Shown = { quotes: null, groups: 0, of: 0 };
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(quotes, groups, of) {
      if (value.quotes === quotes && value.groups === groups && value.of === of) return;
      value = { quotes, groups, of };
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

interface GridContext {
  counts: GroupCounts;
  columnCount: number;
  investigationId: Id;
}

const asQuote = (data: EvidenceRow | undefined): QuoteRow | null => (data && data.kind === 'quote' ? data : null);

function openInReader(investigationId: Id, quote: GridQuote): void {
  const route = parseHash(readerHref(investigationId, quote.transcriptId, { page: quote.pageStart, offset: quote.startOffset }));
  if (route) navigate(route);
}

interface Props {
  investigationId: Id;
  /** The quotes loaded so far: the first screenful, then all of them. */
  quotes: GridQuote[];
  /** Quotes in the investigation, loaded or not. */
  total: number;
  /** Called once the grid has painted its first rows. */
  onFirstRows: () => void;
  tags: Tag[];
}

export function QuotesGrid({ investigationId, quotes, total, onFirstRows, tags }: Props) {
  const ids = useId();
  const [groupParam, setGroupParam] = useHashParam('group');
  const groupBy: GroupBy = isGroupBy(groupParam) ? groupParam : 'none';
  const [filter, setFilter] = useState('');
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const shown = useMemo(createShownCount, []);
  const apiRef = useRef<GridApi<EvidenceRow> | null>(null);
  const counts = useMemo(createGroupCounts, []);

  const base = useMemo(() => baseRows(quotes, tags), [quotes, tags]);
  const shaped = useMemo(() => groupRows(base, tags, groupBy), [base, tags, groupBy]);
  const groupLabels = useMemo(() => new Map(shaped.rows.filter((r): r is GroupRow => r.kind === 'group').map((r) => [r.groupKey, r.label])), [shaped]);
  // The grid's callbacks are set once; they read the current grouping from here.
  const shapeRef = useRef(shaped);
  shapeRef.current = shaped;
  const groupByRef = useRef(groupBy);
  groupByRef.current = groupBy;

  // After the first paint, get the quick filter's texts ready while nobody is typing.
  useEffect(() => warmSearchTexts(base), [base]);

  // The quick filter: the box shows each key at once; the grid filters at the next frame.
  const filterRef = useRef<{ words: string[]; matches: ReturnType<typeof createMatcher> }>({ words: [], matches: () => true });
  const debounce = useMemo(
    () =>
      createFrameDebounce((value) => {
        const words = filterWords(value);
        if (words.join(' ') === filterRef.current.words.join(' ')) return;
        filterRef.current = { words, matches: createMatcher(words) };
        apiRef.current?.onFilterChanged();
      }),
    [],
  );
  useEffect(() => () => debounce.cancel(), [debounce]);
  const onFilterInput = (value: string) => {
    setFilter(value);
    debounce.push(value);
  };
  const isExternalFilterPresent = useCallback(() => filterRef.current.words.length > 0, []);
  const doesExternalFilterPass = useCallback((node: IRowNode<EvidenceRow>) => {
    const row = asQuote(node.data);
    return row !== null && filterRef.current.matches(searchPartsOf(row));
  }, []);

  const columns = useMemo<ColDef<EvidenceRow>[]>(() => columnDefs(), []);
  const context = useMemo<GridContext>(() => ({ counts, columnCount: columns.length, investigationId }), [counts, columns.length, investigationId]);

  /** After the grid sorts: put each group's header back above its quotes; drop groups the filters emptied. */
  const postSortRows = useCallback(
    ({ nodes }: PostSortRowsParams<EvidenceRow>) => {
      if (groupByRef.current === 'none') return;
      const headers = new Map<string, IRowNode<EvidenceRow>>();
      const members = new Map<string, IRowNode<EvidenceRow>[]>();
      for (const node of nodes) {
        const data = node.data;
        if (!data) continue;
        if (data.kind === 'group') {
          headers.set(data.groupKey, node);
        } else if (data.groupKey !== null) {
          let list = members.get(data.groupKey);
          if (!list) members.set(data.groupKey, (list = []));
          list.push(node);
        }
      }
      const next = new Map<string, number>();
      nodes.length = 0;
      for (const key of shapeRef.current.groupOrder) {
        const header = headers.get(key);
        const list = members.get(key);
        if (!header || !list || list.length === 0) continue;
        next.set(key, list.length);
        nodes.push(header);
        for (const node of list) nodes.push(node);
      }
      counts.set(next);
    },
    [counts],
  );

  const onModelUpdated = useCallback(() => {
    const api = apiRef.current;
    if (!api) return;
    counts.publish();
    if (groupByRef.current === 'none') {
      shown.set(api.getDisplayedRowCount(), 0, shapeRef.current.quoteCount);
      return;
    }
    const seen = new Set<string>();
    let groups = 0;
    api.forEachNodeAfterFilterAndSort((node) => {
      if (node.data?.kind === 'quote') seen.add(node.data.quote.id);
      else if (node.data?.kind === 'group') groups += 1;
    });
    shown.set(seen.size, groups, shapeRef.current.quoteCount);
  }, [counts, shown]);

  const onCellKeyDown = useCallback(
    (event: CellKeyDownEvent<EvidenceRow>) => {
      const key = (event.event as KeyboardEvent | null | undefined)?.key;
      const row = asQuote(event.data);
      if (key === 'Enter' && row) {
        event.event?.preventDefault();
        openInReader(investigationId, row.quote);
      }
    },
    [investigationId],
  );

  const onCellFocused = useCallback((event: CellFocusedEvent<EvidenceRow>) => {
    if (event.rowIndex === null || event.rowPinned) return;
    const row = asQuote(event.api.getDisplayedRowAtIndex(event.rowIndex)?.data);
    if (row) setFocusedId(row.quote.id);
  }, []);

  const exportCsv = () => {
    const api = apiRef.current;
    if (!api) return;
    const grouped = groupByRef.current !== 'none';
    const groupName = GROUP_BY_OPTIONS.find((o) => o.value === groupByRef.current)?.label ?? 'Group';
    api.exportDataAsCsv({
      fileName: `evidence-${localDateStamp()}.csv`,
      columnKeys: [...(grouped ? ['group'] : []), ...EXPORTED],
      shouldRowBeSkipped: (params) => params.node.data?.kind !== 'quote',
      processHeaderCallback: (params) => (params.column.getColId() === 'group' ? groupName : (params.column.getColDef().headerName ?? '')),
      processCellCallback: (params) => {
        const row = asQuote(params.node?.data);
        if (!row) return '';
        const id = params.column.getColId();
        if (id === 'group') return row.groupKey !== null ? (groupLabels.get(row.groupKey) ?? '') : '';
        return exportValue(id, row);
      },
    });
  };

  const focused = focusedId ? quotes.find((q) => q.id === focusedId) ?? null : null;
  const complete = quotes.length >= total;

  return (
    <div className="evidence-grid">
      <div className="evidence-grid__toolbar">
        <div className="field evidence-grid__filter">
          <label htmlFor={`${ids}-filter`}>Filter quotes</label>
          <input
            id={`${ids}-filter`}
            className="input input--medium"
            type="search"
            value={filter}
            aria-describedby={`${ids}-status`}
            onChange={(event) => onFilterInput(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-group`}>Group by</label>
          <select
            id={`${ids}-group`}
            className="input"
            value={groupBy}
            onChange={(event) => setGroupParam(event.target.value === 'none' ? null : event.target.value)}
          >
            {GROUP_BY_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="evidence-grid__actions">
          {/* Exporting the first screenful as if it were everything would mislead: wait for the rest. */}
          <button type="button" className="button button--secondary" onClick={exportCsv} disabled={!complete}>
            Export to CSV
          </button>
        </div>
      </div>
      <p className="evidence-grid__status" id={`${ids}-status`}>
        <GridStatus shown={shown} total={total} groupBy={groupBy} />{' '}
        <span className="muted">
          {groupBy === 'none'
            ? 'Filter searches the quote, speaker, organisation, meeting, tags, author and note.'
            : 'A quote under several groups appears in each.'}{' '}
          Arrow keys move around the grid; Enter opens a quote in the reader.
        </span>
      </p>
      <div className="evidence-grid__frame">
        <AgGridReact<EvidenceRow>
          theme={theme}
          rowData={shaped.rows}
          columnDefs={columns}
          defaultColDef={DEFAULT_COLUMN}
          context={context}
          getRowId={getRowId}
          getRowHeight={getRowHeight}
          isFullWidthRow={isFullWidthRow}
          fullWidthCellRenderer={GroupHeader}
          alwaysPassFilter={isGroupNode}
          postSortRows={postSortRows}
          isExternalFilterPresent={isExternalFilterPresent}
          doesExternalFilterPass={doesExternalFilterPass}
          onGridReady={(event) => {
            apiRef.current = event.api;
          }}
          onFirstDataRendered={onFirstRows}
          onModelUpdated={onModelUpdated}
          onCellKeyDown={onCellKeyDown}
          onCellFocused={onCellFocused}
          // Rows do not slide about when sorted or filtered: calmer, and quicker with many quotes.
          animateRows={false}
          // Rows are tall (three lines of a quote): four beyond the window are plenty to scroll into,
          // and each filter and the first paint draw fewer.
          rowBuffer={4}
          // Thirteen columns: render them all, so screen readers and Find see every cell of a row.
          suppressColumnVirtualisation
          tooltipShowDelay={500}
          enableCellTextSelection
          suppressCellFocus={false}
          overlayNoRowsTemplate={quotes.length === 0 ? 'No quotes have been marked yet.' : 'No quotes match the filters.'}
        />
      </div>
      <QuoteDetails quote={focused} tags={tags} investigationId={investigationId} />
    </div>
  );
}

/** The count above the grid; "Loading…" until the grid holds every quote, so it never counts a part as the whole. */
function GridStatus({ shown, total, groupBy }: { shown: ShownCount; total: number; groupBy: GroupBy }) {
  const { quotes, groups, of } = useSyncExternalStore(shown.subscribe, shown.get);
  return <span role="status">{of === total ? statusText(quotes, total, groupBy, groups) : `Loading all ${count(total, 'quote')}…`}</span>;
}

function statusText(shown: number | null, total: number, groupBy: GroupBy, groups: number): string {
  if (shown === null) return 'Loading the quotes…';
  const what = shown === total ? count(total, 'quote') : `Showing ${count(shown, 'quote')} of ${total.toLocaleString('en-GB')}`;
  if (groupBy === 'none') return `${what}.`;
  const by = GROUP_BY_OPTIONS.find((o) => o.value === groupBy)!.label.toLowerCase();
  return `${what}, grouped by ${by} (${count(groups, 'group')}).`;
}

const DEFAULT_COLUMN: ColDef<EvidenceRow> = {
  sortable: true,
  resizable: true,
  filter: 'agTextColumnFilter',
  floatingFilter: true,
  filterParams: { buttons: ['reset'], maxNumConditions: 1, trimInput: true, debounceMs: 150 },
  suppressHeaderMenuButton: true,
  cellClass: 'evidence-grid__cell',
};

const getRowId = (params: GetRowIdParams<EvidenceRow>) => params.data.id;
const getRowHeight = (params: RowHeightParams<EvidenceRow>) => (params.data?.kind === 'group' ? GROUP_ROW_HEIGHT : QUOTE_ROW_HEIGHT);
const isFullWidthRow = (params: { rowNode: IRowNode<EvidenceRow> }) => params.rowNode.data?.kind === 'group';
const isGroupNode = (node: IRowNode<EvidenceRow>) => node.data?.kind === 'group';

const EXPORTED = ['speaker', 'role', 'organisation', 'meeting', 'date', 'page', 'tags', 'author', 'note', 'text', 'anchor'];

function exportValue(colId: string, row: QuoteRow): string {
  const { quote } = row;
  switch (colId) {
    case 'speaker':
      return quote.speaker;
    case 'role':
      return quote.roleText ?? '';
    case 'organisation':
      return quote.organisation ?? '';
    case 'meeting':
      return quote.meetingTitle;
    case 'date':
      return row.date;
    case 'page':
      return row.page;
    case 'tags':
      return row.tags;
    case 'author':
      return quote.authorName;
    case 'note':
      return quote.note ?? '';
    case 'text':
      return quote.text.replace(/\s*\n\s*/g, ' ');
    case 'anchor':
      return row.anchor;
    default:
      return '';
  }
}

function text(getter: (row: QuoteRow) => string | null): ColDef<EvidenceRow>['valueGetter'] {
  return (params) => {
    const row = asQuote(params.data);
    return row ? (getter(row) ?? '') : null;
  };
}

function columnDefs(): ColDef<EvidenceRow>[] {
  return [
    { colId: 'group', headerName: 'Group', hide: true, filter: false, sortable: false, valueGetter: () => '' },
    { colId: 'speaker', headerName: 'Speaker', width: 180, pinned: 'left', valueGetter: text((r) => r.quote.speaker), cellRenderer: ClampCell },
    {
      colId: 'text',
      headerName: 'Quote',
      width: 420,
      minWidth: 260,
      valueGetter: text((r) => r.quote.text),
      cellRenderer: QuoteTextCell,
      tooltipValueGetter: (params) => asQuote(params.data)?.quote.text ?? null,
    },
    { colId: 'tags', headerName: 'Tags', width: 220, valueGetter: text((r) => r.tags), cellRenderer: TagsCell, tooltipValueGetter: (params) => asQuote(params.data)?.tags || null },
    {
      colId: 'page',
      headerName: 'Page',
      width: 100,
      valueGetter: (params) => asQuote(params.data)?.quote.pageStart ?? null,
      valueFormatter: (params) => asQuote(params.data)?.page ?? '',
      filterValueGetter: (params) => asQuote(params.data)?.page ?? '',
      comparator: (a: number | null, b: number | null) => (a ?? 0) - (b ?? 0),
    },
    {
      colId: 'date',
      headerName: 'Date',
      width: 170,
      // Sorts on the ISO date; shows and filters on the house-style date.
      valueGetter: text((r) => r.quote.heldOn),
      valueFormatter: (params) => asQuote(params.data)?.date ?? '',
      filterValueGetter: (params) => asQuote(params.data)?.date ?? '',
    },
    {
      colId: 'meeting',
      headerName: 'Meeting',
      width: 220,
      valueGetter: text((r) => r.quote.meetingTitle),
      cellRenderer: ClampCell,
      tooltipValueGetter: (params) => {
        const row = asQuote(params.data);
        return row ? `${row.quote.meetingTitle} — ${row.quote.transcriptTitle}` : null;
      },
    },
    { colId: 'role', headerName: 'Role', width: 180, valueGetter: text((r) => r.quote.roleText), cellRenderer: ClampCell },
    { colId: 'organisation', headerName: 'Organisation', width: 160, valueGetter: text((r) => r.quote.organisation), cellRenderer: ClampCell },
    { colId: 'author', headerName: 'Author', width: 160, valueGetter: text((r) => r.quote.authorName), cellRenderer: ClampCell },
    { colId: 'note', headerName: 'Note', width: 200, valueGetter: text((r) => r.quote.note), cellRenderer: ClampCell, tooltipValueGetter: (params) => asQuote(params.data)?.quote.note ?? null },
    { colId: 'anchor', headerName: 'Anchor', width: 120, valueGetter: text((r) => r.anchor), cellRenderer: AnchorCell },
    { colId: 'open', headerName: 'Reader', width: 150, pinned: 'right', sortable: false, filter: false, resizable: false, cellRenderer: OpenLinkCell },
  ];
}

// ---- Cells ----------------------------------------------------------------------------------

/** A group's header row: its name and how many of its quotes the filters let through. */
function GroupHeader({ data, context }: CustomCellRendererProps<EvidenceRow, unknown, GridContext>) {
  const group = data && data.kind === 'group' ? data : null;
  const counts = context.counts;
  const key = group?.groupKey ?? '';
  const shownInGroup = useSyncExternalStore(counts.subscribe, () => counts.get(key));
  if (!group) return null;
  const shown = shownInGroup || group.total;
  return (
    <div className="evidence-group" role="gridcell" aria-colspan={context.columnCount - 1}>
      <span className="evidence-group__label">{group.label}</span>
      <span className="evidence-group__count">{shown === group.total ? count(group.total, 'quote') : `${shown} of ${count(group.total, 'quote')}`}</span>
    </div>
  );
}

// ---- The focused quote in full ---------------------------------------------------------------

function QuoteDetails({ quote, tags, investigationId }: { quote: GridQuote | null; tags: Tag[]; investigationId: Id }) {
  const headingId = useId();
  const names = useMemo(() => {
    if (!quote) return [];
    const byId = new Map(tags.map((t) => [t.id, t]));
    return quote.tagIds
      .map((id) => byId.get(id))
      .filter((t): t is Tag => t !== undefined)
      .sort((a, b) => a.order - b.order);
  }, [quote, tags]);
  return (
    <section className="quote-details" aria-labelledby={headingId}>
      <h3 id={headingId}>Quote in full</h3>
      {quote ? (
        <>
          <blockquote className="quote-details__text">{quote.text}</blockquote>
          <p className="quote-details__who">— {attribution(quote)}</p>
          <dl className="facts quote-details__facts">
            <div>
              <dt>Where</dt>
              <dd>
                {quote.meetingTitle}, {quote.transcriptTitle}, {longDateOr(quote.heldOn, '')}, {pageLabel(quote)}{' '}
                <a href={readerHref(investigationId, quote.transcriptId, { page: quote.pageStart, offset: quote.startOffset })}>Open in reader</a>
              </dd>
            </div>
            <div>
              <dt>Tags</dt>
              <dd>{names.length > 0 ? names.map((t) => t.name).join('; ') : 'None'}</dd>
            </div>
            <div>
              <dt>Marked by</dt>
              <dd>{quote.authorName}</dd>
            </div>
            {quote.note ? (
              <div>
                <dt>Note</dt>
                <dd>{quote.note}</dd>
              </div>
            ) : null}
            {quote.anchorStatus !== 'exact' ? (
              <div>
                <dt>Anchor</dt>
                <dd>{ANCHOR_HINTS[quote.anchorStatus]}</dd>
              </div>
            ) : null}
          </dl>
        </>
      ) : (
        <p className="muted">Move to a row of the grid (or click one) to read its quote in full here.</p>
      )}
    </section>
  );
}
