/** What a view shows while its data loads or when it could not be loaded. */
import { describeError } from '../hooks/useSubmit';

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}

export function LoadError({ error, what, onRetry }: { error: unknown; what: string; onRetry?: () => void }) {
  return (
    <div className="notice notice--error" role="alert">
      <p>
        <strong>Could not load {what}.</strong> {describeError(error).message}
      </p>
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
