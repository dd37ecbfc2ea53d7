/** The top of the Overview: title, status, committee, dates, summary and terms of reference. */
import { useRef, useState } from 'react';
import { INVESTIGATION_STATUS_LABELS } from '../../../../shared/domain/labels';
import { useAnnounce } from '../../components/Announcer';
import { longDateOr } from '../../format/dates';
import { useLoadedInvestigation } from '../../investigation/InvestigationContext';
import { DetailsForm } from './DetailsForm';

export function DetailsSection() {
  const { overview, reload } = useLoadedInvestigation();
  const { investigation, committee } = overview;
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const announce = useAnnounce();

  const closeForm = () => {
    setEditing(false);
    window.requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <div className="details">
      <p className="eyebrow">Overview</p>
      <h1>{investigation.title}</h1>
      {investigation.isSample ? (
        <p className="notice notice--info">
          This is the sample investigation. Changes you make to it are saved in this store like any other.
        </p>
      ) : null}
      {editing ? (
        <DetailsForm
          investigation={investigation}
          onCancel={closeForm}
          onSaved={() => {
            announce('Saved');
            reload();
            closeForm();
          }}
        />
      ) : (
        <>
          <div className="details__head">
            <dl className="facts facts--columns">
              <div>
                <dt>Status</dt>
                <dd>
                  <span className={`status-tag status-tag--${investigation.status}`}>{INVESTIGATION_STATUS_LABELS[investigation.status]}</span>
                </dd>
              </div>
              <div>
                <dt>Committee</dt>
                <dd>
                  {committee.name}
                  {committee.body ? <span className="muted">, {committee.body}</span> : null}
                </dd>
              </div>
              <div>
                <dt>Started</dt>
                <dd>{longDateOr(investigation.startedOn, 'Not set')}</dd>
              </div>
              <div>
                <dt>Published</dt>
                <dd>
                  {longDateOr(
                    investigation.publishedOn,
                    investigation.status === 'published' || investigation.status === 'monitoring' ? 'Date not recorded' : 'Not yet published',
                  )}
                </dd>
              </div>
            </dl>
            <button type="button" className="button button--secondary" ref={editButton} onClick={() => setEditing(true)}>
              Edit details
            </button>
          </div>
          <section aria-labelledby="overview-summary">
            <h2 id="overview-summary">Summary</h2>
            {investigation.summary.trim() ? (
              investigation.summary
                .split(/\n\s*\n/)
                .map((paragraph, index) => <p key={index}>{paragraph.trim()}</p>)
            ) : (
              <p className="empty">No summary yet. Use “Edit details” to write one.</p>
            )}
          </section>
          <section aria-labelledby="overview-terms">
            <h2 id="overview-terms">Terms of reference</h2>
            {investigation.termsOfReference.length > 0 ? (
              <ol className="terms">
                {investigation.termsOfReference.map((term, index) => (
                  <li key={index}>{term}</li>
                ))}
              </ol>
            ) : (
              <p className="empty">No terms of reference yet. Use “Edit details” to add them.</p>
            )}
          </section>
        </>
      )}
    </div>
  );
}
