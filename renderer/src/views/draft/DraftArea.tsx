/**
 * Draft: the report written where the evidence lives. Three views, each at its own address
 * (…/draft?view=check) so a reload or the Back button returns to it:
 *   Write       the outline, the open chapter's blocks to edit, and the live preview
 *   Check list  what to put right before the report goes out, each linked to its block
 *   Versions    named versions, comparison and agreement (views/draft/versions)
 */
import { AreaHeader } from '../../components/AreaHeader';
import { AreaViewTabs, useAreaView } from '../../components/AreaViews';
import { Loading, LoadError } from '../../components/QueryStatus';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useLoadedInvestigation } from '../../investigation/InvestigationContext';
import { count } from '../../format/plural';
import { CheckList } from './CheckList';
import { draftHref, type DraftViewKey } from './draft-links';
import { useDraftData } from './useDraftData';
import { VersionsPanel } from './versions/VersionsPanel';
import { WriteView } from './WriteView';
import './draft.css';

const VIEWS: { key: DraftViewKey; label: string }[] = [
  { key: 'write', label: 'Write' },
  { key: 'check', label: 'Check list' },
  { key: 'versions', label: 'Versions' },
];

export function DraftArea() {
  const { overview } = useLoadedInvestigation();
  const investigationId = overview.investigation.id;
  const { key: view, label } = useAreaView(VIEWS);
  const draft = useDraftData(investigationId);
  const problems = draft.data?.model.problems ?? [];
  const errors = problems.filter((p) => p.severity === 'error').length;

  return (
    <div className="draft-area">
      <AreaHeader title="Draft">
        <p>
          The report, written here: chapters and sections, paragraphs with their footnotes, witnesses’ quotes, recommendations that number
          themselves, and members’ dissents where they apply. The preview prints it as the Word export will.
        </p>
      </AreaHeader>
      <AreaViewTabs
        label="Draft views"
        views={VIEWS}
        current={view}
        href={(key) => draftHref(investigationId, { view: key })}
        badge={(key) => (key === 'check' && draft.data && errors > 0 ? <span className="draft-tabs__count"> ({errors})</span> : null)}
      />
      <h2 className="visually-hidden">{label}</h2>
      {view === 'versions' ? (
        <VersionsPanel />
      ) : draft.error && !draft.data ? (
        <LoadError error={draft.error} what="the draft" onRetry={draft.reload} />
      ) : !draft.data ? (
        <Loading what="the draft" />
      ) : view === 'check' ? (
        <CheckView investigationId={investigationId} chapterNames={new Map(draft.data.model.chapters.map((c) => [c.id, c.heading]))} />
      ) : (
        <WriteView draft={draft} data={draft.data} />
      )}
    </div>
  );
}

/** The check list as `report.check` gives it. */
function CheckView({ investigationId, chapterNames }: { investigationId: string; chapterNames: ReadonlyMap<string, string> }) {
  const check = useApiQuery(`report-check:${investigationId}`, (api) => api.call('report.check', { investigationId }), { investigationId });
  if (check.error && !check.data) return <LoadError error={check.error} what="the check list" onRetry={check.reload} />;
  if (!check.data) return <Loading what="the check list" />;
  return (
    <section className="draft-check" aria-label="Check list">
      <p className="lead">
        {check.data.length === 0 ? 'The report is ready to export.' : `Before the report goes out: ${count(check.data.length, 'item')} on the list. Each links to where it is.`}
      </p>
      <CheckList problems={check.data} chapterNames={chapterNames} investigationId={investigationId} />
    </section>
  );
}
