/**
 * Exchanging work with other members (the Overview's "Exchange with other members" section):
 * export a bundle, import one (the button, or a .scrutiny file dropped on the section), and the
 * conflicts merges have listed, each of which the clerk can reverse.
 */
import { useEffect, useState, type DragEvent } from 'react';
import { useApi } from '../../api/WorkbenchContext';
import { openBundleRequest } from '../../commands/ui-requests';
import { useApiQuery } from '../../hooks/useApiQuery';
import { describeError } from '../../hooks/useSubmit';
import { useAnnounce } from '../Announcer';
import { ExportBundleDialog } from './ExportBundleDialog';
import { ImportBundleDialog } from './ImportBundleDialog';
import { showValue } from './bundle-text';
import { recordKindLabel } from '../../../../shared/domain/bundles';

export function BundleExchange({ investigationId }: { investigationId: string }) {
  const api = useApi();
  const announce = useAnnounce();
  const [open, setOpen] = useState<{ kind: 'export' } | { kind: 'import'; file: File | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const conflicts = useApiQuery(`conflicts:${investigationId}`, (client) => client.call('conflicts.list', { investigationId }), { investigationId });
  const open_ = (conflicts.data ?? []).filter((c) => !c.resolved);

  // File › Export a bundle… / Import a bundle… in the desktop menu open the same dialogs.
  useEffect(() => openBundleRequest.subscribe((kind) => setOpen(kind === 'export' ? { kind } : { kind, file: null })), []);

  async function reverse(conflictId: string) {
    setError(null);
    try {
      await api.call('conflicts.reverse', { id: conflictId });
      announce('The earlier value was put back.');
      conflicts.reload();
    } catch (failure) {
      setError(describeError(failure).message);
    }
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    const file = event.dataTransfer.files[0];
    if (file) setOpen({ kind: 'import', file });
  }

  return (
    <section aria-labelledby="overview-exchange" onDragOver={(event) => event.preventDefault()} onDrop={onDrop}>
      <h2 id="overview-exchange">Exchange with other members</h2>
      <p>Send your quotes, tags, notes and dissents to the clerk as a bundle, or bring in a bundle from another member. You can also drop a .scrutiny file here.</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => setOpen({ kind: 'export' })}>
          Export a bundle…
        </button>
        <button type="button" className="button button--secondary" onClick={() => setOpen({ kind: 'import', file: null })}>
          Import a bundle…
        </button>
      </div>
      <h3>Conflicts to review</h3>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      {open_.length === 0 ? (
        <p className="empty">No merge has replaced anyone’s edit.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Edits a merge replaced with a later one</caption>
          <thead>
            <tr>
              <th scope="col">Record</th>
              <th scope="col">Kept</th>
              <th scope="col">Replaced</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {open_.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  {recordKindLabel(c.table)}, {c.field.replace(/_/g, ' ')}
                </th>
                <td>
                  “{showValue(c.keptValue)}” ({c.keptAuthor})
                </td>
                <td>
                  “{showValue(c.lostValue)}” ({c.lostAuthor})
                </td>
                <td>
                  <button type="button" className="button button--small button--secondary" onClick={() => void reverse(c.id)}>
                    Put back<span className="visually-hidden"> “{showValue(c.lostValue)}”</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open?.kind === 'export' ? <ExportBundleDialog investigationId={investigationId} onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'import' ? (
        <ImportBundleDialog
          initialFile={open.file}
          onClose={() => {
            setOpen(null);
            conflicts.reload();
          }}
        />
      ) : null}
    </section>
  );
}
