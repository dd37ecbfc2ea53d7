/**
 * Every guest heard across the investigation's meetings, in one sortable, filterable table:
 * who gave evidence, in what role, for which organisation, and when. Uses ag-grid (community)
 * with the v33+ theming API; no remote fonts are loaded (loadThemeGoogleFonts stays off and
 * the font is inherited from the page).
 */
import { useId, useMemo, useState } from 'react';
import type { ColDef } from 'ag-grid-community';
import { gridTheme } from '../../components/grid-theme';
import { AgGridReact } from 'ag-grid-react';
import { displayName } from '../../../../shared/domain/labels';
import type { Meeting } from '../../../../shared/domain/types';
import { longDateOr } from '../../format/dates';

const theme = gridTheme;

interface WitnessRow {
  id: string;
  name: string;
  role: string;
  organisation: string;
  heldOn: string;
  meeting: string;
}

export function WitnessGrid({ meetings }: { meetings: Meeting[] }) {
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const rows = useMemo(() => toRows(meetings), [meetings]);
  const columns = useMemo<ColDef<WitnessRow>[]>(
    () => [
      { field: 'name', headerName: 'Name', flex: 2, minWidth: 130 },
      { field: 'role', headerName: 'Role', flex: 3, minWidth: 150 },
      { field: 'organisation', headerName: 'Organisation', flex: 2, minWidth: 120 },
      {
        field: 'heldOn',
        headerName: 'Date',
        width: 175,
        sort: 'asc',
        // Sorts on the ISO date, shows the house-style date.
        valueFormatter: (params) => longDateOr(params.value as string, ''),
      },
      // The panel is part of where the guest was heard ("… — Panel 1"); one column keeps the table narrow.
      { field: 'meeting', headerName: 'Meeting', flex: 3, minWidth: 150 },
    ],
    [],
  );

  if (rows.length === 0) return <p className="empty">No guests are recorded at any meeting yet.</p>;

  return (
    <div className="witness-grid">
      <div className="field field--inline">
        <label htmlFor={filterId}>Filter guests</label>
        <input id={filterId} className="input input--medium" type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
      </div>
      <div className="grid-frame">
        <AgGridReact<WitnessRow>
          theme={theme}
          rowData={rows}
          columnDefs={columns}
          // Every cell wraps, so long roles and meeting titles are read in full and rows line up.
          defaultColDef={{ sortable: true, resizable: true, wrapText: true, autoHeight: true, wrapHeaderText: true, autoHeaderHeight: true }}
          getRowId={(params) => params.data.id}
          quickFilterText={filter}
          domLayout="autoHeight"
          ensureDomOrder
          suppressColumnVirtualisation
          suppressRowVirtualisation
          enableCellTextSelection
          overlayNoRowsTemplate="No guests match the filter."
        />
      </div>
    </div>
  );
}

function toRows(meetings: Meeting[]): WitnessRow[] {
  return meetings.flatMap((meeting) => {
    const onPanels = meeting.panels.flatMap((panel) => panel.participants.map((participant) => ({ participant, panel: panel.title })));
    const loose = meeting.participants.map((participant) => ({ participant, panel: '' }));
    return [...onPanels, ...loose].map(({ participant, panel }) => ({
      id: participant.id,
      name: displayName(participant.person),
      role: participant.roleText,
      organisation: participant.organisation ?? '',
      heldOn: meeting.heldOn,
      meeting: panel ? `${meeting.title} — ${panel}` : meeting.title,
    }));
  });
}
