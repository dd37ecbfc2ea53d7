/**
 * Export: what a Word export would contain from the store as it stands, and the store safety
 * actions that exist now (backup and check).
 */
import { AreaHeader } from '../../components/AreaHeader';
import { AreaLink } from '../../components/AreaLink';
import { useStoreActions } from '../../components/StoreActions';
import { useLoadedInvestigation } from '../../investigation/InvestigationContext';

export function ExportView() {
  const { overview } = useLoadedInvestigation();
  const storeActions = useStoreActions();
  const sections = overview.chapters.reduce((n, chapter) => n + chapter.sections.length, 0);
  const dissents = overview.recommendations.reduce((n, r) => n + r.dissents.length, 0);

  return (
    <div>
      <AreaHeader title="Export">
        <p>
          Export writes the report as a Word document in house style, from the same report model the Draft area shows, so that the
          document and the screen agree on numbering and footnotes.
        </p>
      </AreaHeader>
      <p className="notice notice--info">This version of the workbench cannot write Word documents.</p>

      <h2>What the report holds now</h2>
      <dl className="facts facts--columns">
        <div>
          <dt>Chapters</dt>
          <dd>{overview.chapters.length}</dd>
        </div>
        <div>
          <dt>Sections</dt>
          <dd>{sections}</dd>
        </div>
        <div>
          <dt>Recommendations</dt>
          <dd>{overview.recommendations.length}</dd>
        </div>
        <div>
          <dt>Dissents</dt>
          <dd>{dissents}</dd>
        </div>
        <div>
          <dt>Reservations</dt>
          <dd>{overview.reservations.length}</dd>
        </div>
      </dl>
      <p>
        Read it through in <AreaLink area="draft">Draft</AreaLink>.
      </p>

      <h2>Keep the store safe</h2>
      <p>
        Everything in the workbench is held in one store file on this computer. Make a backup before sharing work or making large
        changes, and check the store if anything looks wrong.
      </p>
      <div className="page-actions">
        <button type="button" className="button" onClick={storeActions.backup}>
          Back up the store
        </button>
        <button type="button" className="button button--secondary" onClick={storeActions.check}>
          Check the store
        </button>
      </div>
    </div>
  );
}
