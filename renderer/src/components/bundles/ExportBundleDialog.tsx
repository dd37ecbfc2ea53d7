/**
 * Export a bundle: the whole investigation, or your own work since a date. The browser host
 * serves it as a download; the desktop app saves it where the member chooses (main's own dialog,
 * the same path as a Word export's "Save as…").
 */
import { useId, useState, type FormEvent } from 'react';
import type { BundleExportResult } from '../../../../shared/domain/bundles';
import { useApi } from '../../api/WorkbenchContext';
import { useExportDelivery } from '../../views/export/export-delivery';
import { describeError } from '../../hooks/useSubmit';
import { Modal } from '../Modal';
import { bundleDownloadHref } from './bundle-text';

export function ExportBundleDialog({ investigationId, onClose }: { investigationId: string; onClose: () => void }) {
  const api = useApi();
  const delivery = useExportDelivery();
  const [savedTo, setSavedTo] = useState<string | null>(null);
  const id = useId();
  const [kind, setKind] = useState<'whole' | 'since'>('since');
  const [since, setSince] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<BundleExportResult | null>(null);

  async function run(event: FormEvent) {
    event.preventDefault();
    if (kind === 'since' && !/^\d{4}-\d\d-\d\d$/.test(since)) {
      setError('Give the date your work starts from.');
      return;
    }
    setError(null);
    setBusy(true);
    try {
      setResult(await api.call('bundles.export', { investigationId, ...(kind === 'since' ? { since } : {}) }));
    } catch (failure) {
      setError(describeError(failure).message);
    } finally {
      setBusy(false);
    }
  }

  async function saveAs(made: BundleExportResult) {
    if (delivery.kind !== 'desktop' || !delivery.files) return;
    setError(null);
    try {
      const saved = await delivery.files.saveAs(made.exportId, made.fileName.replace(/\.scrutiny$/i, ''), 'bundle');
      if (saved) setSavedTo(saved.path);
    } catch (failure) {
      setError(describeError(failure).message);
    }
  }

  return (
    <Modal title="Export a bundle" onClose={onClose}>
      {result ? (
        <>
          <p role="status">
            The bundle holds {result.records.toLocaleString('en-GB')} records and {result.attachments} original files.
            {savedTo ? ` It was saved as ${savedTo}.` : ''}
          </p>
          {error ? (
            <p className="notice notice--error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="form-actions">
            {delivery.kind === 'desktop' ? (
              <button type="button" className="button" disabled={!delivery.files} onClick={() => void saveAs(result)}>
                Save {result.fileName} as…
              </button>
            ) : (
              <a className="button" href={bundleDownloadHref(result.exportId)} download={result.fileName}>
                Download {result.fileName}
              </a>
            )}
            <button type="button" className="button button--secondary" onClick={onClose}>
              Done
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={run} noValidate className="form">
          {error ? (
            <p className="notice notice--error" role="alert">
              {error}
            </p>
          ) : null}
          <fieldset className="fieldset">
            <legend>What to send</legend>
            <div className="radio">
              <input type="radio" id={`${id}-since`} name={`${id}-kind`} checked={kind === 'since'} onChange={() => setKind('since')} />
              <label htmlFor={`${id}-since`}>My work since a date</label>
            </div>
            <div className="radio">
              <input type="radio" id={`${id}-whole`} name={`${id}-kind`} checked={kind === 'whole'} onChange={() => setKind('whole')} />
              <label htmlFor={`${id}-whole`}>The whole investigation</label>
            </div>
          </fieldset>
          {kind === 'since' ? (
            <div className="field">
              <label htmlFor={`${id}-date`}>Since</label>
              <input id={`${id}-date`} type="date" className="input" value={since} onChange={(event) => setSince(event.target.value)} />
            </div>
          ) : null}
          <div className="form-actions">
            <button type="submit" className="button" disabled={busy}>
              {busy ? 'Making the bundle…' : 'Make the bundle'}
            </button>
            <button type="button" className="button button--secondary" onClick={onClose}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
