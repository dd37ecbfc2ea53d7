/**
 * Import a bundle: choose (or drop) a .scrutiny file → preview of what would change → confirm →
 * the backend backs up the store and merges → what changed, with the conflicts.
 */
import { useId, useState, type DragEvent, type FormEvent } from 'react';
import type { MergeReport } from '../../../../shared/domain/bundles';
import { useApi } from '../../api/WorkbenchContext';
import { describeError } from '../../hooks/useSubmit';
import { useAnnounce } from '../Announcer';
import { Modal } from '../Modal';
import { describeTotals } from './bundle-text';
import { MergeSummary } from './MergeSummary';

type Step =
  | { kind: 'choose' }
  | { kind: 'checking' }
  | { kind: 'preview'; uploadId: string; report: MergeReport }
  | { kind: 'merging'; report: MergeReport }
  | { kind: 'done'; report: MergeReport };

export function ImportBundleDialog({ onClose, initialFile }: { onClose: () => void; initialFile?: File | null }) {
  const api = useApi();
  const announce = useAnnounce();
  const id = useId();
  const [file, setFile] = useState<File | null>(initialFile ?? null);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const [create, setCreate] = useState(false);

  async function check(event?: FormEvent) {
    event?.preventDefault();
    if (!file) {
      setError('Choose the bundle (.scrutiny file) to import.');
      return;
    }
    setError(null);
    setStep({ kind: 'checking' });
    try {
      const uploaded = await api.upload(file.name, file);
      const report = await api.call('bundles.preview', { uploadId: uploaded.uploadId });
      setStep({ kind: 'preview', uploadId: uploaded.uploadId, report });
    } catch (failure) {
      setError(describeError(failure).message);
      setStep({ kind: 'choose' });
    }
  }

  async function merge() {
    if (step.kind !== 'preview') return;
    setStep({ kind: 'merging', report: step.report });
    try {
      const report = await api.call('bundles.import', { uploadId: step.uploadId, createInvestigation: create });
      setStep({ kind: 'done', report });
      announce(`Bundle imported: ${describeTotals(report.totals)}.`);
    } catch (failure) {
      setError(describeError(failure).message);
      setStep({ kind: 'preview', uploadId: step.uploadId, report: step.report });
    }
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    const dropped = event.dataTransfer.files[0];
    if (dropped) {
      setFile(dropped);
      announce(`${dropped.name} is ready to check.`);
    }
  }

  return (
    <Modal title="Import a bundle" onClose={onClose} wide>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      {step.kind === 'choose' || step.kind === 'checking' ? (
        <form onSubmit={check} noValidate className="form">
          <div className="bundle-drop" onDragOver={(event) => event.preventDefault()} onDrop={onDrop} data-testid="bundle-drop">
            <div className="field">
              <label htmlFor={`${id}-file`}>Bundle file</label>
              <p className="field__hint" id={`${id}-hint`}>
                A .scrutiny file from another member’s workbench. Drop it here, or choose it. Nothing changes until you confirm.
              </p>
              <input id={`${id}-file`} aria-describedby={`${id}-hint`} type="file" accept=".scrutiny" className="input input--full" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
            </div>
            <p aria-live="polite">{file ? `Chosen: ${file.name}` : 'No file chosen yet.'}</p>
          </div>
          <div className="form-actions">
            <button type="submit" className="button" disabled={step.kind === 'checking'}>
              {step.kind === 'checking' ? 'Checking…' : 'Check what it would change'}
            </button>
            <button type="button" className="button button--secondary" onClick={onClose}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      {step.kind === 'preview' || step.kind === 'merging' ? (
        <>
          <MergeSummary report={step.report} />
          {step.report.investigationExists ? null : (
            <div className="checkbox">
              <input id={`${id}-create`} type="checkbox" checked={create} onChange={(event) => setCreate(event.target.checked)} />
              <label htmlFor={`${id}-create`}>Create the investigation “{step.report.manifest.investigation.title}” in this store</label>
            </div>
          )}
          <p>The store is backed up before anything is merged.</p>
          <div className="form-actions">
            <button type="button" className="button" onClick={merge} disabled={step.kind === 'merging' || (!step.report.investigationExists && !create)}>
              {step.kind === 'merging' ? 'Backing up and merging…' : 'Back up and merge'}
            </button>
            <button type="button" className="button button--secondary" onClick={onClose}>
              Cancel
            </button>
          </div>
        </>
      ) : null}
      {step.kind === 'done' ? (
        <>
          <p className="notice notice--success" role="status">
            The bundle was merged. {step.report.backup ? `The store was backed up first (${step.report.backup.path}).` : ''}
          </p>
          <MergeSummary report={step.report} />
          <div className="form-actions">
            <button type="button" className="button" onClick={onClose}>
              Done
            </button>
          </div>
        </>
      ) : null}
    </Modal>
  );
}
