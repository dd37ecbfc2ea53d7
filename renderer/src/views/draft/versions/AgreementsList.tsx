/**
 * The agreements recorded: which version, the date, who was present and the dissents noted, as
 * they were recorded. One recorded by mistake can be withdrawn (the version stays).
 */
import type { Agreement } from '../../../../../shared/domain/versions';
import { formatLongDate } from '../../../../../shared/format/dates';
import { dissentHeading, savedAt } from './versions-format';

export function AgreementsList({ agreements, onWithdraw }: { agreements: Agreement[]; onWithdraw: (agreement: Agreement) => void }) {
  if (agreements.length === 0) return <p className="muted">No agreement is recorded yet. When the committee agrees the report, record it against the version it agreed.</p>;
  return (
    <ul className="agreements">
      {agreements.map((agreement) => (
        <li key={agreement.id} className="agreement" data-agreement-id={agreement.id}>
          <h4 className="agreement__title">
            “{agreement.versionName}”, agreed on {formatLongDate(agreement.agreedOn)}
          </h4>
          <dl className="agreement__facts">
            <div>
              <dt>Members present</dt>
              <dd>{agreement.membersPresent.map((m) => m.name).join(', ')}</dd>
            </div>
            <div>
              <dt>Dissents noted</dt>
              <dd>
                {agreement.dissentsNoted.length === 0 ? (
                  'None'
                ) : (
                  <ul>
                    {agreement.dissentsNoted.map((dissent, index) => (
                      <li key={index}>
                        <strong>{dissentHeading(dissent)}</strong>
                        {dissent.text ? <span className="agreement__dissent-text">{dissent.text}</span> : null}
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
            {agreement.note ? (
              <div>
                <dt>Note</dt>
                <dd>{agreement.note}</dd>
              </div>
            ) : null}
            <div>
              <dt>Recorded</dt>
              <dd>
                {savedAt(agreement.createdAt)}
                {agreement.authorName ? ` by ${agreement.authorName}` : ''}
              </dd>
            </div>
          </dl>
          <button type="button" className="button button--quiet-danger button--small" onClick={() => onWithdraw(agreement)}>
            Withdraw this agreement<span className="visually-hidden"> of “{agreement.versionName}”</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
