/** Backup and check of the store, offered where the clerk finishes a piece of work. */
import { useStoreActions } from '../../components/StoreActions';

export function StoreSafety() {
  const storeActions = useStoreActions();
  return (
    <section aria-labelledby="export-store">
      <h2 id="export-store">Keep the store safe</h2>
      <p>
        Everything in the workbench is held in one store file on this computer. Make a backup before sharing work or making large changes,
        and check the store if anything looks wrong.
      </p>
      <div className="page-actions">
        <button type="button" className="button button--secondary" onClick={storeActions.backup}>
          Back up the store
        </button>
        <button type="button" className="button button--secondary" onClick={storeActions.check}>
          Check the store
        </button>
      </div>
    </section>
  );
}
