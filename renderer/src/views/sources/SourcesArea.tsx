/**
 * Sources: the register of everything the report cites, and the footnotes that cite it. Two
 * views, each with its own address (…/sources?view=footnotes), so a reload or Back returns to it:
 *   Register   every source in a grid: search, filter, sort, details and where each is cited
 *   Footnotes  the numbered footnotes in order, each editable with a live house-style preview
 */
import type { Source } from '../../../../shared/domain/sources';
import { AreaHeader } from '../../components/AreaHeader';
import { AreaViewTabs, useAreaView } from '../../components/AreaViews';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useLoadedInvestigation } from '../../investigation/InvestigationContext';
import { hrefFor } from '../../routing/routes';
import { FootnotesView } from './FootnotesView';
import { NewWindowNote } from './FootnoteRuns';
import { SourcesRegister } from './SourcesRegister';
import { SOURCE_ENTITIES } from './entities';

const VIEWS = [
  { key: 'register', label: 'Register' },
  { key: 'footnotes', label: 'Footnotes' },
] as const;

export function SourcesArea() {
  const { overview } = useLoadedInvestigation();
  const investigationId = overview.investigation.id;
  const { key: view, label } = useAreaView(VIEWS);
  // Both views need the register: the grid shows it, the footnote editor chooses from it.
  const sources = useApiQuery<Source[]>(`sources:${investigationId}`, (api) => api.call('sources.list', { investigationId }), {
    investigationId,
    entities: SOURCE_ENTITIES,
  });
  const base = hrefFor({ name: 'investigation', id: investigationId, area: 'sources' });

  return (
    <div className="sources">
      <AreaHeader title="Sources">
        <p>
          Everything the report cites, recorded once and cited as often as needed: each citation in a footnote names its source and, where it
          helps, a page (“p.10-11”) and the date a dashboard or web page was read.
        </p>
      </AreaHeader>
      <AreaViewTabs label="Sources views" views={VIEWS} current={view} href={(key) => (key === 'register' ? base : `${base}?view=${key}`)} />
      <h2 className="visually-hidden">{label}</h2>
      <NewWindowNote />
      {view === 'register' ? <SourcesRegister investigationId={investigationId} sources={sources} /> : null}
      {view === 'footnotes' ? <FootnotesView investigationId={investigationId} sources={sources} /> : null}
    </div>
  );
}
