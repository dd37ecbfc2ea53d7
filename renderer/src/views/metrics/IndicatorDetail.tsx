/**
 * One indicator in detail: what it is, its observations (a grid to add, change and delete them),
 * its charts, and change statements between two of its periods.
 */
import { lazy, Suspense, useState, type RefObject } from 'react';
import type { Indicator, IndicatorDetail } from '../../../../shared/domain/metrics';
import type { Source } from '../../../../shared/domain/sources';
import type { Id } from '../../../../shared/domain/types';
import { useApi } from '../../api/WorkbenchContext';
import { useAnnounce } from '../../components/Announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Loading, LoadError } from '../../components/QueryStatus';
import { useApiQuery } from '../../hooks/useApiQuery';
import { count } from '../../format/plural';
import { ChangeStatement } from './ChangeStatement';
import { METRIC_ENTITIES } from './entities';
import { IndicatorDialog } from './IndicatorDialog';
import { periodSpan, UNIT_NAMES } from './metrics-format';
import { ObservationsPanel } from './ObservationsPanel';

// chart.js is large: its chunk loads only when an indicator is opened.
const MetricCharts = lazy(() => import('./charts/MetricCharts').then((module) => ({ default: module.MetricCharts })));

interface Props {
  headingRef: RefObject<HTMLHeadingElement | null>;
  indicator: Indicator;
  sources: Source[];
  investigationId: Id;
  onDeleted: () => void;
}

export function IndicatorDetailView({ headingRef, indicator, sources, investigationId, onDeleted }: Props) {
  const api = useApi();
  const announce = useAnnounce();
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  const detail = useApiQuery<IndicatorDetail>(`indicator:${indicator.id}`, (client) => client.call('indicators.get', { id: indicator.id }), {
    investigationId,
    entities: METRIC_ENTITIES,
  });
  const headingId = `indicator-${indicator.id}`;

  return (
    <section className="indicator-detail" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {indicator.name}
      </h2>
      <dl className="facts">
        <div>
          <dt>Unit</dt>
          <dd>{UNIT_NAMES[indicator.unit]}</dd>
        </div>
        <div>
          <dt>Definition</dt>
          <dd>{indicator.definition ?? <span className="muted">None recorded</span>}</dd>
        </div>
        <div>
          <dt>Source</dt>
          <dd>{indicator.sourceTitle ?? <span className="muted">None recorded</span>}</dd>
        </div>
        <div>
          <dt>Figures</dt>
          <dd>
            {count(indicator.observationCount, 'observation')}, {periodSpan(indicator)}
            {indicator.groups.length > 0 ? `; groups: ${indicator.groups.join(', ')}` : ''}
          </dd>
        </div>
      </dl>
      <div className="toolbar">
        <button type="button" className="button button--secondary" onClick={() => setDialog('edit')}>
          Edit indicator
        </button>
        <button type="button" className="button button--quiet-danger" onClick={() => setDialog('delete')}>
          Delete indicator
        </button>
      </div>
      {detail.error && !detail.data ? <LoadError error={detail.error} what="the indicator’s figures" onRetry={detail.reload} /> : null}
      {!detail.data && !detail.error ? <Loading what="the indicator’s figures" /> : null}
      {detail.data ? (
        <>
          <ObservationsPanel indicator={detail.data} sources={sources} onChanged={detail.reload} />
          <h3>Charts</h3>
          {detail.data.observations.length === 0 ? (
            <p className="muted">Charts appear once the indicator has figures.</p>
          ) : (
            <Suspense fallback={<Loading what="the charts" />}>
              <MetricCharts indicator={detail.data} investigationId={investigationId} />
            </Suspense>
          )}
          <ChangeStatement indicator={detail.data} />
        </>
      ) : null}
      {dialog === 'edit' ? (
        <IndicatorDialog investigationId={investigationId} indicator={indicator} sources={sources} onClose={() => setDialog(null)} onSaved={() => detail.reload()} />
      ) : null}
      {dialog === 'delete' ? (
        <ConfirmDialog
          title={`Delete “${indicator.name}”?`}
          confirmLabel="Delete indicator"
          onConfirm={() => api.call('indicators.delete', { id: indicator.id })}
          onDone={() => {
            announce(`Deleted the indicator “${indicator.name}” and its ${count(indicator.observationCount, 'observation')}.`);
            onDeleted();
          }}
          onClose={() => setDialog(null)}
          fallbackFocus={() => document.querySelector<HTMLElement>('.metrics h2')}
        >
          <p>Its {count(indicator.observationCount, 'observation')} are deleted with it. Charts already saved for the report stay.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
