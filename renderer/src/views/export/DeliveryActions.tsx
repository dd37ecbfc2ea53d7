/**
 * What the clerk can do with one finished export: download it (browser host), or save it where
 * they choose and open it in Word (desktop app).
 */
import { useState } from 'react';
import { useAnnounce } from '../../components/Announcer';
import { describeError } from '../../hooks/useSubmit';
import { useLoadedInvestigation } from '../../investigation/InvestigationContext';
import type { ExportDelivery } from './export-delivery';
import { downloadHref } from './export-format';
import { markSaved, type RecentExport } from './recent-exports';

interface Props {
  entry: RecentExport;
  delivery: ExportDelivery;
  /** The result panel's buttons are the main ones; the recent list's are smaller and name their file. */
  compact?: boolean;
}

export function DeliveryActions({ entry, delivery, compact = false }: Props) {
  const { result, saved } = entry;
  const { overview } = useLoadedInvestigation();
  const announce = useAnnounce();
  const [busy, setBusy] = useState<'saving' | 'opening' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const size = compact ? ' button--small' : '';
  const forFile = <span className="visually-hidden"> {result.fileName}</span>;

  if (delivery.kind === 'download') {
    return (
      <div className="form-actions export-actions">
        <a className={`button${size}`} href={downloadHref(result.exportId)} download={result.fileName}>
          Download{compact ? forFile : ` ${result.fileName}`}
        </a>
      </div>
    );
  }

  const files = delivery.files;
  if (!files) {
    return <p className="notice notice--warning">This version of the desktop app cannot save Word documents. Update the app and export again.</p>;
  }

  async function saveAs() {
    setBusy('saving');
    setError(null);
    try {
      const where = await files!.saveAs(result.exportId, overview.investigation.title);
      if (where) {
        markSaved(result.exportId, where);
        announce(`Saved ${result.fileName} to ${where.path}.`);
      }
    } catch (caught) {
      setError(describeError(caught).message);
    } finally {
      setBusy(null);
    }
  }

  async function open() {
    if (!saved) return;
    setBusy('opening');
    setError(null);
    try {
      await files!.open(saved.savedId);
      announce('Opening the document in Word.');
    } catch (caught) {
      setError(describeError(caught).message);
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="export-actions">
      {saved ? (
        <p className="export-actions__saved">
          Saved to <span className="file-path">{saved.path}</span>
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className={`button${saved ? ' button--secondary' : ''}${size}`} disabled={busy !== null} onClick={() => void saveAs()}>
          {busy === 'saving' ? 'Saving…' : saved ? 'Save again as…' : 'Save as…'}
          {compact ? forFile : null}
        </button>
        {saved ? (
          <button type="button" className={`button${size}`} disabled={busy !== null} onClick={() => void open()}>
            {busy === 'opening' ? 'Opening…' : 'Open in Word'}
            {compact ? forFile : null}
          </button>
        ) : null}
      </div>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
