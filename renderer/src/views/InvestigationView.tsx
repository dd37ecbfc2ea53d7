/** Chooses the page for an area once the investigation has loaded. */
import { ApiError } from '../../../shared/api/errors';
import { Loading, LoadError } from '../components/QueryStatus';
import { useInvestigation } from '../investigation/InvestigationContext';
import { hrefFor, type AreaKey, type ReaderTarget } from '../routing/routes';
import { DraftView } from './areas/DraftView';
import { EvidenceView } from './areas/EvidenceView';
import { ExportView } from './areas/ExportView';
import { MetricsView } from './areas/MetricsView';
import { SourcesView } from './areas/SourcesView';
import { MeetingsView } from './meetings/MeetingsView';
import { OverviewView } from './overview/OverviewView';
import { TranscriptReader } from './transcripts/TranscriptReader';
import { TranscriptsView } from './transcripts/TranscriptsView';

interface Props {
  area: AreaKey;
  /** In Transcripts: the transcript open in the reader, and where. */
  transcriptId?: string | undefined;
  target?: ReaderTarget | undefined;
}

export function InvestigationView({ area, transcriptId, target }: Props) {
  const { data, error, reload } = useInvestigation();
  if (data === undefined) {
    if (ApiError.is(error) && error.code === 'not_found') {
      return (
        <div className="narrow">
          <h1>Investigation not found</h1>
          <p>This investigation is not in the store. It may have been deleted, or the store in use may be a different one.</p>
          <p>
            <a href={hrefFor({ name: 'home' })}>Go to all investigations</a>
          </p>
        </div>
      );
    }
    return error ? <LoadError error={error} what="the investigation" onRetry={reload} /> : <Loading what="the investigation" />;
  }
  switch (area) {
    case 'overview':
      return <OverviewView />;
    case 'meetings':
      return <MeetingsView />;
    case 'transcripts':
      return transcriptId ? <TranscriptReader key={transcriptId} transcriptId={transcriptId} target={target} /> : <TranscriptsView />;
    case 'evidence':
      return <EvidenceView />;
    case 'sources':
      return <SourcesView />;
    case 'metrics':
      return <MetricsView />;
    case 'draft':
      return <DraftView />;
    case 'export':
      return <ExportView />;
  }
}
