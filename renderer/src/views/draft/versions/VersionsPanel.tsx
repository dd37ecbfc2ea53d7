/**
 * Draft › Versions: named versions of the report ("Chairman's draft", "As agreed on 4 March
 * 2025"), what changed between two of them (or since one), and the record of the committee's
 * agreement. Mounted by the Draft area at …/draft?view=versions; everything it needs comes from
 * the open investigation.
 */
import { useId, useRef, useState } from 'react';
import type { Id } from '../../../../../shared/domain/types';
import type { Agreement, ReportVersion, VersionComparison } from '../../../../../shared/domain/versions';
import { formatLongDate } from '../../../../../shared/format/dates';
import { useApi } from '../../../api/WorkbenchContext';
import { useAnnounce } from '../../../components/Announcer';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Loading, LoadError } from '../../../components/QueryStatus';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useHashParam } from '../../../hooks/useHashParam';
import { useLoadedInvestigation } from '../../../investigation/InvestigationContext';
import { AgreementsList } from './AgreementsList';
import { CompareForm } from './CompareForm';
import { ComparisonView } from './ComparisonView';
import { RecordAgreementDialog } from './RecordAgreementDialog';
import { VersionList, type VersionAction } from './VersionList';
import { VersionNameDialog } from './VersionNameDialog';
import { VersionPreview } from './VersionPreview';
import { savedAt } from './versions-format';
import './versions.css';

type Dialog = { kind: 'save' } | { kind: VersionAction; version: ReportVersion } | { kind: 'withdraw'; agreement: Agreement };

export function VersionsPanel() {
  const { overview } = useLoadedInvestigation();
  const investigationId = overview.investigation.id;
  const api = useApi();
  const announce = useAnnounce();
  const ids = useId();
  const saveRef = useRef<HTMLButtonElement>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [fromParam, setFromParam] = useHashParam('from');
  const [toParam, setToParam] = useHashParam('to');
  const chosen = fromParam && toParam ? { fromId: fromParam, toId: toParam } : null;

  // Any change to the report can make a version stop (or start) being the same as the current draft.
  const versions = useApiQuery<ReportVersion[]>(`versions:${investigationId}`, (client) => client.call('versions.list', { investigationId }), { investigationId });
  const agreements = useApiQuery<Agreement[]>(`agreements:${investigationId}`, (client) => client.call('agreements.list', { investigationId }), {
    investigationId,
    entities: ['agreement', 'report_version'],
  });
  // Kept fresh: comparing with the current draft follows edits made in other windows.
  const comparison = useApiQuery<VersionComparison | null>(
    `compare:${chosen?.fromId ?? ''}:${chosen?.toId ?? ''}`,
    (client) => (chosen ? client.call('versions.compare', chosen) : Promise.resolve(null)),
    { investigationId },
  );

  // Counts the clerk's own requests, so the result takes focus when asked for but not when it refreshes itself.
  const [focusRequest, setFocusRequest] = useState(0);
  const compare = (fromId: Id, toId: Id) => {
    setFromParam(fromId);
    setToParam(toId);
    setFocusRequest((n) => n + 1);
  };

  const reloadAll = () => {
    versions.reload();
    agreements.reload();
  };

  if (versions.error && !versions.data) return <LoadError error={versions.error} what="the versions" onRetry={versions.reload} />;
  if (!versions.data) return <Loading what="the versions" />;
  const list = versions.data;

  return (
    <div className="versions">
      <p className="lead">
        Save the report under a name before it goes out, and again when it comes back; compare any two versions, or a version with the report as it reads now,
        paragraph by paragraph. When the committee agrees a version, record who was present and the dissents noted.
      </p>

      <section className="versions__section" aria-labelledby={`${ids}-saved`}>
        <div className="versions__header">
          <h3 id={`${ids}-saved`}>Saved versions</h3>
          <button type="button" className="button" ref={saveRef} onClick={() => setDialog({ kind: 'save' })}>
            Save a version
          </button>
        </div>
        <VersionList headingId={`${ids}-saved`} versions={list} onAction={(kind, version) => setDialog({ kind, version })} />
      </section>

      <section className="versions__section" aria-labelledby={`${ids}-compare`}>
        <h3 id={`${ids}-compare`}>Compare</h3>
        {list.length === 0 ? (
          <p className="muted">Save a version first: then you can see everything that changes after it.</p>
        ) : (
          <CompareForm versions={list} chosen={chosen} onCompare={compare} />
        )}
        {chosen ? (
          comparison.data ? (
            <ComparisonView comparison={comparison.data} headingId={`${ids}-comparison`} focusRequest={focusRequest} />
          ) : comparison.error ? (
            <LoadError error={comparison.error} what="the comparison" onRetry={comparison.reload} />
          ) : (
            <Loading what="the comparison" />
          )
        ) : null}
      </section>

      <section className="versions__section" aria-labelledby={`${ids}-agreements`}>
        <h3 id={`${ids}-agreements`}>Agreements recorded</h3>
        {agreements.data ? (
          <AgreementsList agreements={agreements.data} onWithdraw={(agreement) => setDialog({ kind: 'withdraw', agreement })} />
        ) : agreements.error ? (
          <LoadError error={agreements.error} what="the agreements" onRetry={agreements.reload} />
        ) : (
          <Loading what="the agreements" />
        )}
      </section>

      {dialog?.kind === 'save' || dialog?.kind === 'rename' ? (
        <VersionNameDialog
          investigationId={investigationId}
          version={dialog.kind === 'rename' ? dialog.version : null}
          onClose={() => setDialog(null)}
          onSaved={reloadAll}
        />
      ) : null}
      {dialog?.kind === 'preview' ? <VersionPreview version={dialog.version} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'agree' ? <RecordAgreementDialog version={dialog.version} onClose={() => setDialog(null)} onRecorded={reloadAll} /> : null}
      {dialog?.kind === 'delete' ? (
        <ConfirmDialog
          title={`Delete “${dialog.version.name}”?`}
          confirmLabel="Delete version"
          onConfirm={() => api.call('versions.delete', { id: dialog.version.id })}
          onClose={() => setDialog(null)}
          onDone={() => {
            announce(`Deleted the version “${dialog.version.name}”.`);
            if (chosen && (chosen.fromId === dialog.version.id || chosen.toId === dialog.version.id)) {
              setFromParam(null);
              setToParam(null);
            }
            reloadAll();
          }}
          fallbackFocus={() => saveRef.current}
        >
          <p>The version saved on {savedAt(dialog.version.createdAt)} is deleted. The report itself is not changed.</p>
        </ConfirmDialog>
      ) : null}
      {dialog?.kind === 'withdraw' ? (
        <ConfirmDialog
          title="Withdraw this agreement?"
          confirmLabel="Withdraw agreement"
          onConfirm={() => api.call('agreements.delete', { id: dialog.agreement.id })}
          onClose={() => setDialog(null)}
          onDone={() => {
            announce(`Withdrew the agreement of “${dialog.agreement.versionName}”.`);
            reloadAll();
          }}
          fallbackFocus={() => saveRef.current}
        >
          <p>
            The record that the committee agreed “{dialog.agreement.versionName}” on {formatLongDate(dialog.agreement.agreedOn)} is removed. Only do this if it was recorded by
            mistake; the version itself is kept.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
