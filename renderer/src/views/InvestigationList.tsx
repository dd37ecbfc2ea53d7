/** The investigation picker: every investigation in the store, newest work first as the API orders it. */
import { useState } from 'react';
import { INVESTIGATION_STATUS_LABELS } from '../../../shared/domain/labels';
import type { InvestigationSummary } from '../../../shared/domain/types';
import { longDateOr } from '../format/dates';
import { describeError } from '../hooks/useSubmit';
import { useOpenSample } from '../hooks/useOpenSample';
import { hrefFor } from '../routing/routes';

export function InvestigationList({ investigations }: { investigations: InvestigationSummary[] }) {
  const openSample = useOpenSample();
  const [error, setError] = useState<string | null>(null);
  const hasSample = investigations.some((item) => item.isSample);

  return (
    <div>
      <h1>Investigations</h1>
      <p className="lead">Choose an investigation to open it.</p>
      <div className="page-actions">
        <a className="button" href={hrefFor({ name: 'new' })}>
          Start a new investigation
        </a>
        {hasSample ? null : (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => openSample().catch((caught: unknown) => setError(describeError(caught).message))}
          >
            Open the sample investigation
          </button>
        )}
      </div>
      {error ? (
        <p className="notice notice--error" role="alert">
          The sample could not be opened. {error}
        </p>
      ) : null}
      <table className="table">
        <caption className="visually-hidden">Investigations in this store</caption>
        <thead>
          <tr>
            <th scope="col">Investigation</th>
            <th scope="col">Committee</th>
            <th scope="col">Status</th>
            <th scope="col">Started</th>
            <th scope="col" className="numeric">
              Members
            </th>
            <th scope="col" className="numeric">
              Meetings
            </th>
            <th scope="col" className="numeric">
              Recommendations
            </th>
          </tr>
        </thead>
        <tbody>
          {investigations.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <a href={hrefFor({ name: 'investigation', id: item.id, area: 'overview' })}>{item.title}</a>
                {item.isSample ? <span className="badge">Sample</span> : null}
              </th>
              <td>{item.committeeName}</td>
              <td>{INVESTIGATION_STATUS_LABELS[item.status]}</td>
              <td>{longDateOr(item.startedOn, 'Not set')}</td>
              <td className="numeric">{item.memberCount}</td>
              <td className="numeric">{item.meetingCount}</td>
              <td className="numeric">{item.recommendationCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
