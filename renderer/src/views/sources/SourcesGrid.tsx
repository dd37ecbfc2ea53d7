/**
 * The sources register as a grid: sort by a heading, move with the arrow keys, and the row under
 * the keyboard (or the one clicked) is the one whose details show below. Enter moves to them.
 * Loaded only when the Register opens: ag-grid is large.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { CellFocusedEvent, CellKeyDownEvent, ColDef, GetRowIdParams, GridApi, RowSelectionOptions } from 'ag-grid-community';
import { AgGridReact, type CustomCellRendererProps } from 'ag-grid-react';
import type { Source } from '../../../../shared/domain/sources';
import type { Id } from '../../../../shared/domain/types';
import { gridTheme } from '../../components/grid-theme';
import { formatPartialDate, safeHref, SOURCE_KIND_NAMES } from './sources-format';
import { NEW_WINDOW_NOTE_ID } from './FootnoteRuns';

interface Props {
  sources: Source[];
  /** The whole register, to name a likely duplicate's twins. */
  all: Source[];
  selectedId: Id | null;
  onSelect: (id: Id) => void;
  /** Enter on a row: go to its details. */
  onOpen: () => void;
  filtered: boolean;
}

const ROW_SELECTION: RowSelectionOptions = { mode: 'singleRow', checkboxes: false, enableClickSelection: true };

export function SourcesGrid({ sources, all, selectedId, onSelect, onOpen, filtered }: Props) {
  const apiRef = useRef<GridApi<Source> | null>(null);
  const columns = useMemo(() => columnDefs(all), [all]);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const onOpenRef = useRef(onOpen);
  onOpenRef.current = onOpen;

  /** Keep the grid's selected row in step with the page's choice (a footnote's link, a new source). */
  const showSelected = useCallback(() => {
    const api = apiRef.current;
    if (!api || !selectedId) return;
    const node = api.getRowNode(selectedId);
    if (!node) {
      api.deselectAll();
      return;
    }
    if (!node.isSelected()) node.setSelected(true, true);
    api.ensureNodeVisible(node);
  }, [selectedId]);

  useEffect(showSelected, [showSelected, sources]);

  const onCellFocused = useCallback((event: CellFocusedEvent<Source>) => {
    if (event.rowIndex === null || event.rowPinned) return;
    const node = event.api.getDisplayedRowAtIndex(event.rowIndex);
    if (!node?.data) return;
    node.setSelected(true, true);
    onSelectRef.current(node.data.id);
  }, []);

  const onCellKeyDown = useCallback((event: CellKeyDownEvent<Source>) => {
    const key = (event.event as KeyboardEvent | null | undefined)?.key;
    if (key === 'Enter' && event.data) {
      event.event?.preventDefault();
      onOpenRef.current();
    }
  }, []);

  return (
    <div className="sources-grid">
      <AgGridReact<Source>
        theme={gridTheme}
        rowData={sources}
        columnDefs={columns}
        defaultColDef={DEFAULT_COLUMN}
        getRowId={getRowId}
        rowSelection={ROW_SELECTION}
        onGridReady={(event) => {
          apiRef.current = event.api;
        }}
        onFirstDataRendered={showSelected}
        onCellFocused={onCellFocused}
        onCellKeyDown={onCellKeyDown}
        animateRows={false}
        suppressColumnVirtualisation
        enableCellTextSelection
        tooltipShowDelay={500}
        overlayNoRowsTemplate={filtered ? 'No sources match the search and filters.' : 'No sources are recorded yet.'}
      />
    </div>
  );
}

const DEFAULT_COLUMN: ColDef<Source> = {
  sortable: true,
  resizable: true,
  suppressHeaderMenuButton: true,
  cellClass: 'sources-grid__cell',
};

const getRowId = (params: GetRowIdParams<Source>) => params.data.id;

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
const textComparator = (a: string | null, b: string | null) => collator.compare(a ?? '', b ?? '');

function columnDefs(all: Source[]): ColDef<Source>[] {
  const titles = new Map(all.map((s) => [s.id, s.title]));
  return [
    { colId: 'kind', headerName: 'Kind', width: 135, valueGetter: (p) => (p.data ? SOURCE_KIND_NAMES[p.data.kind] : ''), comparator: textComparator },
    { colId: 'publisher', headerName: 'Publisher', width: 155, valueGetter: (p) => p.data?.publisher ?? '', comparator: textComparator, tooltipValueGetter: (p) => p.data?.publisher || null },
    {
      colId: 'title',
      headerName: 'Title',
      flex: 1,
      minWidth: 200,
      valueGetter: (p) => p.data?.title ?? '',
      comparator: textComparator,
      cellRenderer: TitleCell,
      tooltipValueGetter: (p) => p.data?.title ?? null,
    },
    {
      colId: 'publishedOn',
      headerName: 'Published',
      width: 140,
      // Sorts on the ISO text ("2023-03" before "2023-03-21"), shows the house-style date.
      valueGetter: (p) => p.data?.publishedOn ?? '',
      valueFormatter: (p) => formatPartialDate(p.value as string),
    },
    { colId: 'accessedOn', headerName: 'Accessed', width: 140, valueGetter: (p) => p.data?.accessedOn ?? '', valueFormatter: (p) => formatPartialDate(p.value as string) },
    {
      colId: 'citations',
      headerName: 'Citations',
      width: 100,
      type: 'numericColumn',
      valueGetter: (p) => p.data?.citationCount ?? 0,
      valueFormatter: (p) => (p.value as number).toLocaleString('en-GB'),
    },
    {
      colId: 'duplicate',
      headerName: 'Duplicate?',
      width: 140,
      valueGetter: (p) => (p.data && p.data.likelyDuplicateIds.length > 0 ? 'Likely duplicate' : ''),
      cellRenderer: DuplicateCell,
      tooltipValueGetter: (p) =>
        p.data && p.data.likelyDuplicateIds.length > 0 ? `Probably the same as: ${p.data.likelyDuplicateIds.map((id) => titles.get(id) ?? 'another source').join('; ')}` : null,
    },
  ];
}

function TitleCell({ data }: CustomCellRendererProps<Source>) {
  if (!data) return null;
  const href = safeHref(data.url);
  if (!href) return <span className="sources-grid__clamp">{data.title}</span>;
  // The grid moves by cell, so the link is not a Tab stop here; the details below have it as one.
  return (
    <a className="sources-grid__clamp" href={href} target="_blank" rel="noreferrer noopener" tabIndex={-1} aria-describedby={NEW_WINDOW_NOTE_ID}>
      {data.title}
    </a>
  );
}

function DuplicateCell({ value }: CustomCellRendererProps<Source, string>) {
  return value ? <span className="badge badge--warning sources-grid__badge">{value}</span> : null;
}
