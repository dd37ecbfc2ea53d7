/**
 * Export a bundle: the whole investigation, or your own work since a date. The browser host
 * serves it as a download; the desktop app cannot yet save one itself, so it says how to make one.
 */
import { useId, useState, type FormEvent } from 'react';
import type { BundleExportResult } from '../../../../shared/domain/bundles';
import { useApi, useWorkbench } from '../../api/WorkbenchContext';
import { describeError } from '../../hooks/useSubmit';
import { Modal } from '../Modal';
import { bundleDownloadHref } from './bundle-text';

export function ExportBundleDialog({ investigationId, onClose }: { investigationId: string; onClose: () => void }) {
  const api = useApi();
  const { host } = useWorkbench();
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

  return (
    <Modal title="Export a bundle" onClose={onClose}>
      {host === 'desktop' ? (
        <p className="notice notice--warning">
          This version of the desktop app cannot save bundles yet. Make one with the command <code>scrutiny export bundle --investigation {investigationId} --out FILE</code>, or open the
          workbench in your browser.
        </p>
      ) : result ? (
        <>
          <p role="status">
            The bundle holds {result.records.toLocaleString('en-GB')} records and {result.attachments} original files.
          </p>
          <div className="form-actions">
            <a className="button" href={bundleDownloadHref(result.exportId)} download={result.fileName}>
              Download {result.fileName}
            </a>
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
