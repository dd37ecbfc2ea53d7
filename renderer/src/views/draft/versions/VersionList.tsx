/**
 * The saved versions, newest first: name and note, when and by whom, whether the committee agreed
 * it (or whether it is still exactly the current draft), and what can be done with each.
 */
import type { ReportVersion } from '../../../../../shared/domain/versions';
import { formatLongDate } from '../../../../../shared/format/dates';
import { count } from '../../../format/plural';
import { savedAt } from './versions-format';

export type VersionAction = 'preview' | 'agree' | 'rename' | 'delete';

interface Props {
  headingId: string;
  versions: ReportVersion[];
  onAction: (action: VersionAction, version: ReportVersion) => void;
}

export function VersionList({ headingId, versions, onAction }: Props) {
  if (versions.length === 0) {
    return (
      <div className="notice notice--info">
        <p>No versions are saved yet. Save one before the report goes to members, and again whenever it changes hands, so you can see what changed since.</p>
      </div>
    );
  }
  return (
    <table className="table versions-table" aria-labelledby={headingId}>
      <thead>
        <tr>
          <th scope="col">Version</th>
          <th scope="col">Saved</th>
          <th scope="col">By</th>
          <th scope="col">Agreed?</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {versions.map((version) => (
          <tr key={version.id} data-version-id={version.id}>
            <th scope="row">
              <span className="versions-table__name">{version.name}</span>
              {version.note ? <span className="versions-table__note">{version.note}</span> : null}
              <span className="versions-table__facts muted">
                {count(version.recommendationCount, 'recommendation')}, {count(version.footnoteCount, 'footnote')}
                {version.sameAsCurrent ? '; the same as the current draft' : ''}
              </span>
            </th>
            <td className="nowrap">{savedAt(version.createdAt)}</td>
            <td>{version.authorName ?? 'Unknown'}</td>
            <td>{version.agreement ? <strong>Agreed on {formatLongDate(version.agreement.agreedOn)}</strong> : 'Not agreed'}</td>
            <td>
              <div className="versions-table__actions">
                <button type="button" className="button button--secondary button--small" onClick={() => onAction('preview', version)}>
                  Preview<span className="visually-hidden"> “{version.name}”</span>
                </button>
                {version.agreement ? null : (
                  <button type="button" className="button button--secondary button--small" onClick={() => onAction('agree', version)}>
                    Record agreement<span className="visually-hidden"> of “{version.name}”</span>
                  </button>
                )}
                <button type="button" className="button button--quiet button--small" onClick={() => onAction('rename', version)}>
                  Rename<span className="visually-hidden"> “{version.name}”</span>
                </button>
                {version.agreement ? null : (
                  <button type="button" className="button button--quiet-danger button--small" onClick={() => onAction('delete', version)}>
                    Delete<span className="visually-hidden"> “{version.name}”</span>
                  </button>
                )}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
