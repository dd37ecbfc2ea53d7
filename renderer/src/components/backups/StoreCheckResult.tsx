/** The result of `store.check`, in plain words first and the details after. */
import type { StoreCheck } from '../../../../shared/domain/types';

export function StoreCheckResult({ result }: { result: StoreCheck }) {
  const integrityOk = result.integrity.length === 1 && result.integrity[0] === 'ok';
  return (
    <div role="status">
      <p className={result.ok ? 'notice notice--success' : 'notice notice--error'}>
        {result.ok ? 'The store is in good order.' : 'The store has problems. Make a backup before changing anything, and ask for help.'}
      </p>
      <dl className="facts">
        <div>
          <dt>Store</dt>
          <dd className="file-path">{result.path}</dd>
        </div>
        <div>
          <dt>Integrity</dt>
          <dd>{integrityOk ? 'No problems found' : result.integrity.join('; ')}</dd>
        </div>
        <div>
          <dt>Broken links between records</dt>
          <dd>{result.foreignKeyViolations === 0 ? 'None' : result.foreignKeyViolations.toLocaleString('en-GB')}</dd>
        </div>
        <div>
          <dt>Store schema</dt>
          <dd>
            Version {result.schemaVersion} (this app writes version {result.appSchemaVersion})
          </dd>
        </div>
        <div>
          <dt>Updates waiting</dt>
          <dd>{result.pendingMigrations.length === 0 ? 'None' : result.pendingMigrations.map((n) => `#${n}`).join(', ')}</dd>
        </div>
        <div>
          <dt>Journal mode</dt>
          <dd>{result.journalMode.toUpperCase()}</dd>
        </div>
        <div>
          <dt>Full-text search</dt>
          <dd>{result.fts5 ? 'Available' : 'Not available'}</dd>
        </div>
        <div>
          <dt>SQLite version</dt>
          <dd>{result.sqliteVersion}</dd>
        </div>
      </dl>
    </div>
  );
}
