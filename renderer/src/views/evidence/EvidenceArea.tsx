/**
 * Evidence: the quotes members and clerks mark in transcripts, and what they are tagged to.
 * Three views, each reachable by its own address (…/evidence?view=coverage) so that a reload or
 * the Back button returns to it:
 *   Quotes    every quote in a grid: sort, filter, group, export, open in the reader
 *   Coverage  each recommendation and chapter against its evidence; gaps stand out
 *   Codebook  the tags: the report's chapters, sections and recommendations, and themes
 */
import { useEffect, useState } from 'react';
import type { Tag } from '../../../../shared/domain/evidence';
import { AreaHeader } from '../../components/AreaHeader';
import { AreaLink } from '../../components/AreaLink';
import { AreaViewTabs, useAreaView } from '../../components/AreaViews';
import { Loading, LoadError } from '../../components/QueryStatus';
import { useApiQuery, type QueryState } from '../../hooks/useApiQuery';
import { useLoadedInvestigation } from '../../investigation/InvestigationContext';
import { hrefFor } from '../../routing/routes';
import { Codebook } from './Codebook';
import { CoverageView } from './CoverageView';
import { useGridQuotes } from './useGridQuotes';
import './evidence.css';

// The grid library is large; load it only when the Quotes view is opened.
const loadGrid = () => import('./QuotesGrid');
type QuotesGridComponent = Awaited<ReturnType<typeof loadGrid>>['QuotesGrid'];

const VIEWS = [
  { key: 'quotes', label: 'Quotes' },
  { key: 'coverage', label: 'Coverage' },
  { key: 'codebook', label: 'Codebook' },
] as const;

export function EvidenceArea() {
  const { overview } = useLoadedInvestigation();
  const investigationId = overview.investigation.id;
  const { key: view, label } = useAreaView(VIEWS);
  const tags = useApiQuery(`tags:${investigationId}`, (api) => api.call('tags.list', { investigationId }), { investigationId });
  const base = hrefFor({ name: 'investigation', id: investigationId, area: 'evidence' });

  return (
    <div className="evidence">
      <AreaHeader title="Evidence">
        <p>
          Passages marked in transcripts, who said them, and what they support: each quote is tagged to the chapters, sections and
          recommendations of the report, and to themes of your own.
        </p>
      </AreaHeader>
      <AreaViewTabs label="Evidence views" views={VIEWS} current={view} href={(key) => (key === 'quotes' ? base : `${base}?view=${key}`)} />
      <h2 className="visually-hidden">{label}</h2>
      {view === 'quotes' ? <QuotesView investigationId={investigationId} tags={tags} /> : null}
      {view === 'coverage' ? <CoverageView tags={tags} /> : null}
      {view === 'codebook' ? <Codebook tags={tags} /> : null}
    </div>
  );
}

function QuotesView({ investigationId, tags }: { investigationId: string; tags: QueryState<Tag[]> }) {
  // The grid's code loads while the quotes do. Not React.lazy: React holds back what a Suspense
  // boundary reveals for up to 300 ms after its fallback, which would be a third of the time the
  // first rows have to appear.
  const [Grid, setGrid] = useState<{ component: QuotesGridComponent } | null>(null);
  const [gridError, setGridError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    loadGrid().then(
      (module) => live && setGrid({ component: module.QuotesGrid }),
      (error: unknown) => live && setGridError(error),
    );
    return () => {
      live = false;
    };
  }, []);
  const quotes = useGridQuotes(investigationId);

  // A failed reload leaves what was loaded on screen; a failure before every quote arrived does not.
  if (quotes.error && !quotes.complete) return <LoadError error={quotes.error} what="the quotes" onRetry={quotes.reload} />;
  if (tags.error && !tags.data) return <LoadError error={tags.error} what="the tags" onRetry={tags.reload} />;
  if (!quotes.quotes || !tags.data) return <Loading what="the quotes" />;
  if (quotes.quotes.length === 0) {
    return (
      <div className="notice notice--info">
        <p>No quotes have been marked in this investigation yet.</p>
        <p>
          Open a transcript in <AreaLink area="transcripts">Transcripts</AreaLink>, select a passage and mark it as a quote; it appears here
          with its speaker, page and tags.
        </p>
      </div>
    );
  }
  if (gridError) return <LoadError error={gridError} what="the quotes grid" onRetry={() => window.location.reload()} />;
  if (!Grid) return <Loading what="the quotes grid" />;
  return <Grid.component investigationId={investigationId} quotes={quotes.quotes} total={quotes.total} onFirstRows={quotes.painted} tags={tags.data} />;
}
