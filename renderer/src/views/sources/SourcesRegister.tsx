/**
 * The register: search, filter by kind and publisher, the grid of sources, and the details of
 * the one chosen (every field, and every footnote that cites it). Adding, editing, deleting and
 * merging duplicates each happen in a dialog.
 */
import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState } from 'react';
import { SOURCE_KINDS, type Id, type SourceKind } from '../../../../shared/domain/types';
import type { Source } from '../../../../shared/domain/sources';
import { Loading, LoadError } from '../../components/QueryStatus';
import type { QueryState } from '../../hooks/useApiQuery';
import { useHashParam } from '../../hooks/useHashParam';
import { count } from '../../format/plural';
import { SourceDetails } from './SourceDetails';
import { SourceDialog } from './SourceDialog';
import { DuplicatesDialog } from './DuplicatesDialog';
import { SOURCE_KIND_NAMES } from './sources-format';
import { filterSources, publishersOf, type SourceFilters } from './source-rows';

const loadGrid = () => import('./SourcesGrid');
// ag-grid is large: its chunk loads only when a grid is shown.
const SourcesGrid = lazy(() => loadGrid().then((module) => ({ default: module.SourcesGrid })));

const ALL = '';

interface Props {
  investigationId: Id;
  sources: QueryState<Source[]>;
}

export function SourcesRegister({ investigationId, sources }: Props) {
  const ids = useId();
  const [sourceParam, setSourceParam] = useHashParam('source');
  const [filters, setFilters] = useState<SourceFilters>({ query: '', kind: ALL, publisher: ALL });
  const [selectedId, setSelectedId] = useState<Id | null>(sourceParam);
  const [dialog, setDialog] = useState<'add' | 'duplicates' | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void loadGrid();
  }, []);
  // Arriving from a footnote's link (…?source=<id>): show that source.
  useEffect(() => {
    if (sourceParam) setSelectedId(sourceParam);
  }, [sourceParam]);

  const all = sources.data;
  const shown = useMemo(() => (all ? filterSources(all, filters) : []), [all, filters]);
  const publishers = useMemo(() => (all ? publishersOf(all) : []), [all]);
  const duplicateCount = useMemo(() => (all ? all.filter((s) => s.likelyDuplicateIds.length > 0).length : 0), [all]);
  const kindsPresent = useMemo(() => new Set(all?.map((s) => s.kind)), [all]);

  if (sources.error && !all) return <LoadError error={sources.error} what="the sources" onRetry={sources.reload} />;
  if (!all) return <Loading what="the sources" />;

  const selected = selectedId ? (all.find((s) => s.id === selectedId) ?? null) : null;
  const status = shown.length === all.length ? `${count(all.length, 'source')}.` : `Showing ${count(shown.length, 'source')} of ${all.length.toLocaleString('en-GB')}.`;

  return (
    <div className="sources-register">
      <div className="sources-toolbar">
        <div className="field">
          <label htmlFor={`${ids}-query`}>Search sources</label>
          <input
            id={`${ids}-query`}
            className="input input--medium"
            type="search"
            value={filters.query}
            aria-describedby={`${ids}-status`}
            onChange={(event) => setFilters((f) => ({ ...f, query: event.target.value }))}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-kind`}>Kind</label>
          <select id={`${ids}-kind`} className="input" value={filters.kind} onChange={(event) => setFilters((f) => ({ ...f, kind: event.target.value as SourceKind | '' }))}>
            <option value={ALL}>Every kind</option>
            {SOURCE_KINDS.filter((kind) => kindsPresent.has(kind)).map((kind) => (
              <option key={kind} value={kind}>
                {SOURCE_KIND_NAMES[kind]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-publisher`}>Publisher</label>
          <select id={`${ids}-publisher`} className="input sources-toolbar__publisher" value={filters.publisher} onChange={(event) => setFilters((f) => ({ ...f, publisher: event.target.value }))}>
            <option value={ALL}>Every publisher</option>
            {publishers.map((publisher) => (
              <option key={publisher} value={publisher}>
                {publisher}
              </option>
            ))}
          </select>
        </div>
        <div className="sources-toolbar__actions">
          <button type="button" className="button" ref={addRef} onClick={() => setDialog('add')}>
            Add a source
          </button>
          <button type="button" className="button button--secondary" onClick={() => setDialog('duplicates')}>
            Likely duplicates{duplicateCount > 0 ? ` (${duplicateCount.toLocaleString('en-GB')})` : ''}
          </button>
        </div>
      </div>
      <p className="sources-status" id={`${ids}-status`}>
        <span role="status">{status}</span>{' '}
        <span className="muted">Search looks through the publisher, title, link and notes. Arrow keys move around the grid; Enter shows a source’s details.</span>
      </p>
      {all.length === 0 ? (
        <div className="notice notice--info">
          <p>No sources are recorded for this investigation yet. Transcripts add themselves when they are imported; add reports, dashboards and the rest with “Add a source”.</p>
        </div>
      ) : (
        <Suspense fallback={<Loading what="the sources grid" />}>
          <SourcesGrid
            sources={shown}
            all={all}
            selectedId={selectedId}
            onSelect={(id) => setSelectedId(id)}
            onOpen={() => document.getElementById(`${ids}-details`)?.focus()}
            filtered={shown.length !== all.length}
          />
        </Suspense>
      )}
      <SourceDetails
        headingId={`${ids}-details`}
        source={selected}
        all={all}
        investigationId={investigationId}
        onDeleted={() => {
          setSelectedId(null);
          if (sourceParam) setSourceParam(null);
        }}
      />
      {dialog === 'add' ? (
        <SourceDialog
          investigationId={investigationId}
          source={null}
          all={all}
          onClose={() => setDialog(null)}
          onSaved={(id) => {
            setSelectedId(id);
            sources.reload();
          }}
        />
      ) : null}
      {dialog === 'duplicates' ? <DuplicatesDialog investigationId={investigationId} all={all} onClose={() => setDialog(null)} onMerged={(keptId) => { setSelectedId(keptId); sources.reload(); }} /> : null}
    </div>
  );
}
