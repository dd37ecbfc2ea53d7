/**
 * An indicator's observations in a grid: period (sorted by time, not by text), group, value in
 * house style, source and locator. Loaded only when an indicator opens: ag-grid is large.
 */
import { useCallback, useMemo, useRef } from 'react';
import type { CellFocusedEvent, CellKeyDownEvent, ColDef, GetRowIdParams, RowSelectionOptions } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import type { IndicatorDetail, Observation } from '../../../../shared/domain/metrics';
import type { Source } from '../../../../shared/domain/sources';
import type { Id } from '../../../../shared/domain/types';
import { comparePeriods } from '../../../../shared/format/periods';
import { gridTheme } from '../../components/grid-theme';
import { exactValueLabel, groupLabel, periodLabel } from './metrics-format';

interface Props {
  indicator: IndicatorDetail;
  sources: Source[];
  onChoose: (id: Id) => void;
  onEdit: (observation: Observation) => void;
  onDelete: (observation: Observation) => void;
}

const ROW_SELECTION: RowSelectionOptions = { mode: 'singleRow', checkboxes: false, enableClickSelection: true };

function safeCompare(a: string, b: string): number {
  try {
    return comparePeriods(a, b);
  } catch {
    return a.localeCompare(b);
  }
}

export function ObservationsGrid({ indicator, sources, onChoose, onEdit, onDelete }: Props) {
  const handlers = useRef({ onChoose, onEdit, onDelete });
  handlers.current = { onChoose, onEdit, onDelete };
  const columns = useMemo<ColDef<Observation>[]>(() => {
    const titles = new Map(sources.map((s) => [s.id, s.title]));
    return [
      {
        colId: 'period',
        headerName: 'Period',
        width: 170,
        valueGetter: (p) => p.data?.period ?? '',
        valueFormatter: (p) => periodLabel(p.value as string),
        comparator: safeCompare,
      },
      { colId: 'group', headerName: 'Group', flex: 1, minWidth: 160, valueGetter: (p) => (p.data ? groupLabel(p.data.groupName) : '') },
      {
        colId: 'value',
        headerName: 'Value',
        width: 190,
        type: 'numericColumn',
        valueGetter: (p) => p.data?.value ?? null,
        valueFormatter: (p) => (typeof p.value === 'number' ? exactValueLabel(p.value, indicator.unit) : ''),
      },
      { colId: 'source', headerName: 'Source', flex: 1, minWidth: 200, valueGetter: (p) => (p.data?.sourceId ? (titles.get(p.data.sourceId) ?? '') : ''), tooltipValueGetter: (p) => (p.value as string) || null },
      { colId: 'locator', headerName: 'Locator', width: 130, valueGetter: (p) => p.data?.locator ?? '' },
    ];
  }, [sources, indicator.unit]);

  const onCellFocused = useCallback((event: CellFocusedEvent<Observation>) => {
    if (event.rowIndex === null || event.rowPinned) return;
    const node = event.api.getDisplayedRowAtIndex(event.rowIndex);
    if (!node?.data) return;
    node.setSelected(true, true);
    handlers.current.onChoose(node.data.id);
  }, []);

  const onCellKeyDown = useCallback((event: CellKeyDownEvent<Observation>) => {
    const key = (event.event as KeyboardEvent | null | undefined)?.key;
    if (!event.data) return;
    if (key === 'Enter') {
      event.event?.preventDefault();
      handlers.current.onEdit(event.data);
    } else if (key === 'Delete') {
      event.event?.preventDefault();
      handlers.current.onDelete(event.data);
    }
  }, []);

  // A few rows size the grid to fit; many scroll inside a grid of fixed height.
  const tall = indicator.observations.length > 12;
  return (
    <div className={tall ? 'observations-grid observations-grid--tall' : 'observations-grid'}>
      <AgGridReact<Observation>
        theme={gridTheme}
        rowData={indicator.observations}
        columnDefs={columns}
        defaultColDef={DEFAULT_COLUMN}
        getRowId={getRowId}
        rowSelection={ROW_SELECTION}
        onCellFocused={onCellFocused}
        onCellKeyDown={onCellKeyDown}
        domLayout={tall ? 'normal' : 'autoHeight'}
        animateRows={false}
        suppressColumnVirtualisation
        enableCellTextSelection
        overlayNoRowsTemplate="No figures yet."
      />
    </div>
  );
}

const DEFAULT_COLUMN: ColDef<Observation> = { sortable: true, resizable: true, suppressHeaderMenuButton: true };
const getRowId = (params: GetRowIdParams<Observation>) => params.data.id;
