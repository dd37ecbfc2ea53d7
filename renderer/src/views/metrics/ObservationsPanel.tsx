/**
 * An indicator's observations: the grid, and what can be done to them. The row under the
 * keyboard (or clicked) is the chosen one; Enter edits it, Delete asks to delete it, and the
 * buttons below the grid do the same for mouse and keyboard alike.
 */
import { lazy, Suspense, useEffect, useId, useState } from 'react';
import type { IndicatorDetail, Observation } from '../../../../shared/domain/metrics';
import type { Source } from '../../../../shared/domain/sources';
import type { Id } from '../../../../shared/domain/types';
import { useApi } from '../../api/WorkbenchContext';
import { useAnnounce } from '../../components/Announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Loading } from '../../components/QueryStatus';
import { count } from '../../format/plural';
import { exactValueLabel, periodLabel } from './metrics-format';
import { ObservationDialog } from './ObservationDialog';

const loadGrid = () => import('./ObservationsGrid');
const ObservationsGrid = lazy(() => loadGrid().then((module) => ({ default: module.ObservationsGrid })));

type Dialog = { kind: 'add' } | { kind: 'edit'; observation: Observation } | { kind: 'delete'; observation: Observation } | null;

export function ObservationsPanel({ indicator, sources, onChanged }: { indicator: IndicatorDetail; sources: Source[]; onChanged: () => void }) {
  const api = useApi();
  const announce = useAnnounce();
  const ids = useId();
  const [chosenId, setChosenId] = useState<Id | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const chosen = chosenId ? (indicator.observations.find((o) => o.id === chosenId) ?? null) : null;
  const describe = (o: Observation) => `${periodLabel(o.period)}, ${o.groupName ?? 'overall'}`;

  useEffect(() => {
    void loadGrid();
  }, []);

  return (
    <section className="observations" aria-labelledby={`${ids}-heading`}>
      <div className="section-head">
        <h3 id={`${ids}-heading`}>Observations</h3>
        <button type="button" className="button button--secondary" onClick={() => setDialog({ kind: 'add' })}>
          Add an observation
        </button>
      </div>
      {indicator.observations.length === 0 ? (
        <p className="muted">No figures yet: add an observation, or import a CSV file.</p>
      ) : (
        <>
          <p className="muted" id={`${ids}-help`}>
            {count(indicator.observations.length, 'observation')}. Arrow keys move around the grid; Enter edits the figure, Delete deletes it.
          </p>
          <Suspense fallback={<Loading what="the observations" />}>
            <ObservationsGrid
              indicator={indicator}
              sources={sources}
              onChoose={setChosenId}
              onEdit={(observation) => setDialog({ kind: 'edit', observation })}
              onDelete={(observation) => setDialog({ kind: 'delete', observation })}
            />
          </Suspense>
          <div className="observations__chosen">
            {chosen ? (
              <>
                <span>
                  Chosen: <strong>{describe(chosen)}</strong>, {exactValueLabel(chosen.value, indicator.unit)}
                </span>
                <button type="button" className="button button--small button--secondary" onClick={() => setDialog({ kind: 'edit', observation: chosen })}>
                  Edit<span className="visually-hidden"> {describe(chosen)}</span>
                </button>
                <button type="button" className="button button--small button--quiet-danger" onClick={() => setDialog({ kind: 'delete', observation: chosen })}>
                  Delete<span className="visually-hidden"> {describe(chosen)}</span>
                </button>
              </>
            ) : (
              <span className="muted">Choose a row to edit or delete its figure.</span>
            )}
          </div>
        </>
      )}
      {dialog?.kind === 'add' || dialog?.kind === 'edit' ? (
        <ObservationDialog
          indicator={indicator}
          observation={dialog.kind === 'edit' ? dialog.observation : null}
          sources={sources}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setChosenId(saved.id);
            onChanged();
          }}
        />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <ConfirmDialog
          title={`Delete the figure for ${describe(dialog.observation)}?`}
          confirmLabel="Delete figure"
          onConfirm={() => api.call('observations.delete', { id: dialog.observation.id })}
          onDone={() => {
            announce(`Deleted the figure for ${describe(dialog.observation)}.`);
            setChosenId(null);
            onChanged();
          }}
          onClose={() => setDialog(null)}
          fallbackFocus={() => document.getElementById(`${ids}-heading`)}
        >
          <p>
            {exactValueLabel(dialog.observation.value, indicator.unit)} for {describe(dialog.observation)} is removed from “{indicator.name}”.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
