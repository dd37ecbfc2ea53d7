/** The Word exports made from this investigation in this session, newest first, each still to hand. */
import { count } from '../../format/plural';
import { DeliveryActions } from './DeliveryActions';
import type { ExportDelivery } from './export-delivery';
import { formatBytes, formatExportedAt } from './export-format';
import type { RecentExport } from './recent-exports';

export function RecentExports({ entries, delivery, headingId }: { entries: RecentExport[]; delivery: ExportDelivery; headingId: string }) {
  if (entries.length === 0) {
    return <p className="empty">Nothing has been exported from this investigation since the workbench was opened.</p>;
  }
  return (
    <ol className="export-recent" aria-labelledby={headingId}>
      {entries.map((entry) => (
        <li key={entry.result.exportId} className="export-recent__item">
          <p className="export-recent__name">{entry.result.fileName}</p>
          <p className="export-recent__meta">
            {formatExportedAt(entry.result.createdAt)} · {formatBytes(entry.result.bytes)} · {count(entry.result.footnoteCount, 'footnote')} ·{' '}
            {entry.templateName ? `template ${entry.templateName}` : 'house style'}
          </p>
          <DeliveryActions entry={entry} delivery={delivery} compact />
        </li>
      ))}
    </ol>
  );
}
