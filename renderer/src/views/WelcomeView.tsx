/** First start, empty store: explain what the workbench holds and offer the two ways in. */
import { useState } from 'react';
import { describeError } from '../hooks/useSubmit';
import { useOpenSample } from '../hooks/useOpenSample';
import { NewInvestigationForm } from './NewInvestigationForm';

export function WelcomeView() {
  const openSample = useOpenSample();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  return (
    <div className="welcome">
      <h1>Welcome to Scrutiny Workbench</h1>
      <p className="lead">
        The workbench keeps a committee investigation together on this computer: its members and terms of reference,
        the meetings and the witnesses heard, and the report’s chapters and recommendations. It works without an
        internet connection.
      </p>
      <p>There are no investigations in this store yet.</p>
      <div className="choices">
        <section className="card" aria-labelledby="welcome-sample">
          <h2 id="welcome-sample">Look around with the sample</h2>
          <p>
            The sample is the London Assembly Police and Crime Committee’s <cite>Response to the Mayor’s draft Police and
            Crime Plan 2025-29</cite>: its members and secretariat, the meetings and guests the committee heard, and its
            12 recommendations, one with a member’s dissent.
          </p>
          {error ? (
            <p className="notice notice--error" role="alert">
              The sample could not be opened. {error}
            </p>
          ) : null}
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              setError(null);
              try {
                await openSample();
              } catch (caught) {
                setError(describeError(caught).message);
                setBusy(false);
              }
            }}
          >
            {busy ? 'Opening the sample…' : 'Open the sample investigation'}
          </button>
        </section>
        <section className="card" aria-labelledby="welcome-new">
          <h2 id="welcome-new">Begin your own</h2>
          <p>Give the investigation a title and name the committee. You can add members, meetings and terms of reference next.</p>
          <NewInvestigationForm submitLabel="Start a new investigation" />
        </section>
      </div>
    </div>
  );
}
