/** The first rows of a CSV as they would be stored, and every row-level problem (line, column, message). */
import type { CsvPreview } from '../../../../shared/domain/metrics';
import { count } from '../../format/plural';
import { groupLabel, periodLabel } from './metrics-format';
import { formatNumber } from '../../../../shared/format/numbers';

export function CsvPreviewTable({ preview, reading }: { preview: CsvPreview; reading: boolean }) {
  const errorTotal = preview.errors.length + preview.moreErrors;
  return (
    <div className="csv-preview" aria-busy={reading}>
      <p role="status" className={preview.importable ? 'csv-preview__status' : 'csv-preview__status csv-preview__status--problem'}>
        {reading
          ? 'Reading the file again…'
          : preview.importable
            ? `Every row is valid: ${count(preview.figureCount ?? preview.rows.length, 'figure')} to import.`
            : `${count(errorTotal, 'problem')} to put right before importing.`}
      </p>
      {preview.errors.length > 0 ? (
        <>
          <h4>Problems</h4>
          <table className="table table--compact csv-preview__errors">
            <caption className="visually-hidden">Problems in the file, by line</caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Column</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {preview.errors.map((error, i) => (
                <tr key={`${error.line}-${error.column ?? ''}-${i}`}>
                  <td className="numeric">{error.line.toLocaleString('en-GB')}</td>
                  <td>{error.column ?? <span className="muted">Whole row</span>}</td>
                  <td>{error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.moreErrors > 0 ? <p>and {count(preview.moreErrors, 'more problem')}.</p> : null}
        </>
      ) : null}
      <h4>First rows as they would be stored</h4>
      {preview.rows.length === 0 ? (
        <p className="muted">No rows to show with these columns.</p>
      ) : (
        <table className="table table--compact csv-preview__rows">
          <caption className="visually-hidden">The first rows of the file, as they would be stored</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Period</th>
              <th scope="col">Group</th>
              <th scope="col" className="numeric">
                Value
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row, i) => (
              <tr key={`${row.line}-${row.period}-${row.groupName ?? ''}-${i}`}>
                <td className="numeric">{row.line.toLocaleString('en-GB')}</td>
                <td>{periodLabel(row.period)}</td>
                <td>{groupLabel(row.groupName)}</td>
                <td className="numeric">{formatNumber(row.value, 2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
