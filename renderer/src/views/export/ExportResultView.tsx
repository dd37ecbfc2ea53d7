/** What an export produced, and how to get the document: download, or save and open. */
import { DeliveryActions } from './DeliveryActions';
import type { ExportDelivery } from './export-delivery';
import { formatBytes, formatDuration } from './export-format';
import type { RecentExport } from './recent-exports';

export function ExportResultView({ id, entry, delivery }: { id: string; entry: RecentExport; delivery: ExportDelivery }) {
  const { result } = entry;
  return (
    <div className="export-result">
      <h3 id={id} tabIndex={-1} className="import-result__title">
        Exported “{result.fileName}”
      </h3>
      <dl className="facts facts--columns import-result__facts" aria-label="The exported document">
        <div>
          <dt>Size</dt>
          <dd>{formatBytes(result.bytes)}</dd>
        </div>
        <div>
          <dt>Footnotes</dt>
          <dd>{result.footnoteCount.toLocaleString('en-GB')}</dd>
        </div>
        <div>
          <dt>Recommendations</dt>
          <dd>{result.recommendationCount.toLocaleString('en-GB')}</dd>
        </div>
        <div>
          <dt>Took</dt>
          <dd>{formatDuration(result.durationMs)}</dd>
        </div>
      </dl>
      <p>
        {entry.templateName ? `Written with the styles of ${entry.templateName}.` : 'Written in the workbench’s house style.'} Word asks to
        update the table of contents when the document is first opened: choose Yes so that its page numbers are filled in.
      </p>
      {result.missingStyles.length > 0 ? (
        <div className="notice notice--warning">
          <p>
            <strong>The template lacked these styles; the built-in ones were used:</strong>
          </p>
          <ul>
            {result.missingStyles.map((style) => (
              <li key={style}>{style}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {result.warnings.length > 0 ? (
        <div className="notice notice--warning">
          <p>
            <strong>Worth checking in the document</strong>
          </p>
          <ul>
            {result.warnings.map((warning, index) => (
              <li key={`${index}-${warning}`}>{warning}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <DeliveryActions entry={entry} delivery={delivery} />
    </div>
  );
}
