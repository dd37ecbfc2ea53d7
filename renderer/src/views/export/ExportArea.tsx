/**
 * Export: what the Word document will contain and what the check list still finds, an optional
 * committee template, "Export to Word" with progress and Cancel, the result with its download
 * (browser) or Save as… and Open in Word (desktop), and the exports made in this session.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { focusExportRequest } from '../../commands/ui-requests';
import { AreaHeader } from '../../components/AreaHeader';
import { AreaLink } from '../../components/AreaLink';
import { Loading, LoadError } from '../../components/QueryStatus';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useLoadedInvestigation } from '../../investigation/InvestigationContext';
import { CheckList } from './CheckList';
import { useExportDelivery } from './export-delivery';
import { tallyProblems } from './export-format';
import { ExportRunner, type ExportRunnerHandle } from './ExportRunner';
import { useRecentExports } from './recent-exports';
import { RecentExports } from './RecentExports';
import { ReportSummary } from './ReportSummary';
import { StoreSafety } from './StoreSafety';
import { TemplateChooser, type MissingStyles, type TemplateChooserHandle, type TemplateState } from './TemplateChooser';
import { useFileDrop } from '../../hooks/useFileDrop';
import './export.css';

export function ExportArea() {
  const { overview } = useLoadedInvestigation();
  const investigationId = overview.investigation.id;
  const model = useApiQuery(`report-model:${investigationId}`, (api) => api.call('report.model', { investigationId }), { investigationId });
  const check = useApiQuery(`report-check:${investigationId}`, (api) => api.call('report.check', { investigationId }), { investigationId });
  const delivery = useExportDelivery();
  const recent = useRecentExports(investigationId);
  const [template, setTemplate] = useState<TemplateState>({ kind: 'none' });
  const [onMissing, setOnMissing] = useState<MissingStyles>('fallback');
  const [running, setRunning] = useState(false);
  const runnerRef = useRef<ExportRunnerHandle>(null);
  const templateRef = useRef<TemplateChooserHandle>(null);
  const dragging = useFileDrop(
    (file) => templateRef.current?.take(file),
    () => !running,
  );
  const onRunningChange = useCallback((next: boolean) => setRunning(next), []);

  // File › Export to Word… lands here; wait past the page's own focus on its heading.
  useEffect(
    () =>
      focusExportRequest.subscribe(() => {
        window.requestAnimationFrame(() => window.requestAnimationFrame(() => runnerRef.current?.focusExport()));
      }),
    [],
  );

  const problems = check.data ?? [];
  const errors = tallyProblems(problems).errors.length;

  return (
    <div className="export-page">
      <AreaHeader title="Export">
        <p>
          Export writes the report as a Word document in house style — cover, contents, chapters, recommendations in boxes and real
          footnotes — from the same report model the <AreaLink area="draft">Draft</AreaLink> area shows, so the document and the screen
          agree on every number.
        </p>
      </AreaHeader>

      <section aria-labelledby="export-contents">
        <h2 id="export-contents">What will be exported</h2>
        {model.data ? (
          <ReportSummary model={model.data} />
        ) : model.error ? (
          <LoadError error={model.error} what="the report" onRetry={model.reload} />
        ) : (
          <Loading what="the report" />
        )}
        {check.data ? (
          <CheckList investigationId={investigationId} problems={check.data} headingId="export-check" />
        ) : check.error ? (
          <LoadError error={check.error} what="the check list" onRetry={check.reload} />
        ) : (
          <Loading what="the check list" />
        )}
      </section>

      <section aria-labelledby="export-template">
        <h2 id="export-template">Committee template (optional)</h2>
        <TemplateChooser
          ref={templateRef}
          template={template}
          onTemplate={setTemplate}
          onMissing={onMissing}
          onMissingChange={setOnMissing}
          locked={running}
        />
      </section>

      <section aria-labelledby="export-word">
        <h2 id="export-word">Export to Word</h2>
        <ExportRunner
          ref={runnerRef}
          investigationId={investigationId}
          problemCount={errors}
          template={template}
          onMissing={onMissing}
          delivery={delivery}
          onRunningChange={onRunningChange}
        />
      </section>

      <section aria-labelledby="export-recent">
        <h2 id="export-recent">Exported in this session</h2>
        <RecentExports entries={recent} delivery={delivery} headingId="export-recent" />
      </section>

      <StoreSafety />

      <div className={dragging ? 'drop-overlay drop-overlay--visible' : 'drop-overlay'} aria-hidden="true">
        <p>Drop the Word template to check its styles</p>
      </div>
    </div>
  );
}
