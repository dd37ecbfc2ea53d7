/**
 * Metrics: the figures the report relies on. The indicators in a table; the one chosen
 * (…/metrics?indicator=<id>, so a reload or Back returns to it) in detail below, with its
 * observations, its charts and change statements; then the charts saved for the report.
 */
import { useEffect, useRef, useState } from 'react';
import type { Indicator } from '../../../../shared/domain/metrics';
import type { Source } from '../../../../shared/domain/sources';
import { AreaHeader } from '../../components/AreaHeader';
import { Loading, LoadError } from '../../components/QueryStatus';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useHashParam } from '../../hooks/useHashParam';
import { useLoadedInvestigation } from '../../investigation/InvestigationContext';
import { METRIC_ENTITIES } from './entities';
import { FiguresList } from './FiguresList';
import { ImportCsvDialog } from './ImportCsvDialog';
import { IndicatorDetailView } from './IndicatorDetail';
import { IndicatorDialog } from './IndicatorDialog';
import { IndicatorList } from './IndicatorList';

export function MetricsArea() {
  const { overview } = useLoadedInvestigation();
  const investigationId = overview.investigation.id;
  const [selectedId, setSelectedId] = useHashParam('indicator');
  const [dialog, setDialog] = useState<'add' | 'import' | null>(null);
  const detailHeadingRef = useRef<HTMLHeadingElement>(null);
  const indicators = useApiQuery<Indicator[]>(`indicators:${investigationId}`, (api) => api.call('indicators.list', { investigationId }), {
    investigationId,
    entities: METRIC_ENTITIES,
  });
  // Indicators and observations name their sources; the forms choose from the register.
  const sources = useApiQuery<Source[]>(`sources:${investigationId}`, (api) => api.call('sources.list', { investigationId }), {
    investigationId,
    entities: ['source', 'sources'],
  });

  const list = indicators.data;
  const selected = selectedId && list ? (list.find((i) => i.id === selectedId) ?? null) : null;

  // Choosing an indicator (not arriving with one already chosen) moves focus to its details, so a
  // screen reader announces them and Tab carries on from there.
  const chosenBefore = useRef<string | null>(selectedId);
  useEffect(() => {
    if (!selected || chosenBefore.current === selected.id) return;
    chosenBefore.current = selected.id;
    detailHeadingRef.current?.focus();
  }, [selected]);

  return (
    <div className="metrics">
      <AreaHeader title="Metrics">
        <p>
          The figures the report relies on: each indicator measured over periods (financial years, quarters, months), overall or for groups
          of people, from a source. Charts and change statements in house style come from them.
        </p>
      </AreaHeader>
      <div className="toolbar">
        <button type="button" className="button" onClick={() => setDialog('add')}>
          Add an indicator
        </button>
        <button type="button" className="button button--secondary" onClick={() => setDialog('import')}>
          Import figures from CSV…
        </button>
      </div>
      <h2>Indicators</h2>
      {indicators.error && !list ? <LoadError error={indicators.error} what="the indicators" onRetry={indicators.reload} /> : null}
      {!list && !indicators.error ? <Loading what="the indicators" /> : null}
      {list ? <IndicatorList indicators={list} selectedId={selectedId} /> : null}
      {selectedId && list && !selected ? <p className="notice notice--error">That indicator is no longer in the store. Choose another from the table.</p> : null}
      {selected ? (
        <IndicatorDetailView
          key={selected.id}
          headingRef={detailHeadingRef}
          indicator={selected}
          sources={sources.data ?? []}
          investigationId={investigationId}
          onDeleted={() => setSelectedId(null)}
        />
      ) : null}
      <FiguresList investigationId={investigationId} indicators={list ?? []} />
      {dialog === 'add' ? (
        <IndicatorDialog
          investigationId={investigationId}
          indicator={null}
          sources={sources.data ?? []}
          onClose={() => setDialog(null)}
          onSaved={(id) => {
            indicators.reload();
            setSelectedId(id);
          }}
        />
      ) : null}
      {dialog === 'import' ? (
        <ImportCsvDialog
          investigationId={investigationId}
          indicators={list ?? []}
          currentId={selected?.id ?? null}
          onClose={() => setDialog(null)}
          onImported={(id) => {
            indicators.reload();
            setSelectedId(id);
          }}
        />
      ) : null}
    </div>
  );
}
