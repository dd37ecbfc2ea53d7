/** What a bundle will change (preview) or changed (after the merge), by kind of record. */
import type { MergeReport } from '../../../../shared/domain/bundles';
import { formatLongDate } from '../../../../shared/format/dates';
import { changedKinds, describeTotals, showValue } from './bundle-text';

export function MergeSummary({ report }: { report: MergeReport }) {
  const m = report.manifest;
  const kinds = changedKinds(report);
  return (
    <div className="bundle-summary">
      <p>
        From <strong>{m.author.name}</strong>, made {formatLongDate(m.created.slice(0, 10))}:{' '}
        {m.kind === 'whole' ? 'the whole investigation' : `their work since ${formatLongDate((m.since ?? m.created).slice(0, 10))}`} “{m.investigation.title}”.
      </p>
      {report.investigationExists ? null : (
        <p className="notice notice--warning">This store does not have this investigation. Importing the bundle creates it.</p>
      )}
      <p>
        {report.dryRun ? 'Importing it would make: ' : 'Imported: '}
        {describeTotals(report.totals)}.
      </p>
      {kinds.length > 0 ? (
        <table className="table">
          <caption className="visually-hidden">Changes by kind of record</caption>
          <thead>
            <tr>
              <th scope="col">Kind of record</th>
              <th scope="col">New</th>
              <th scope="col">Updated</th>
              <th scope="col">In conflict</th>
              <th scope="col">Deleted</th>
            </tr>
          </thead>
          <tbody>
            {kinds.map(({ kind, counts }) => (
              <tr key={kind}>
                <th scope="row">{kind}</th>
                <td>{counts.new}</td>
                <td>{counts.updated}</td>
                <td>{counts.conflicting}</td>
                <td>{counts.deleted}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Nothing would change: this store already has everything in the bundle.</p>
      )}
      {report.conflicts.length > 0 ? (
        <>
          <h4>Edits in conflict</h4>
          <ul>
            {report.conflicts.map((c) => (
              <li key={c.id}>
                {c.field.replace(/_/g, ' ')}: keeps “{showValue(c.keptValue)}” ({c.keptAuthor}) over “{showValue(c.lostValue)}” ({c.lostAuthor})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.notes.length > 0 ? (
        <ul>
          {report.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
