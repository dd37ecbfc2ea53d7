/** Words the bundle dialogs print: counts by kind of record, and values in conflicts. */
import { recordKindLabel, type MergeCounts, type MergeReport } from '../../../../shared/domain/bundles';

export function describeTotals(c: MergeCounts): string {
  return `${c.new.toLocaleString('en-GB')} new, ${c.updated.toLocaleString('en-GB')} updated, ${c.conflicting.toLocaleString('en-GB')} in conflict, ${c.deleted.toLocaleString('en-GB')} deleted`;
}

/** Kinds the bundle changes (not those it only confirms), as table rows. */
export function changedKinds(report: MergeReport): { kind: string; counts: MergeCounts }[] {
  return Object.entries(report.byKind)
    .filter(([, c]) => c.new + c.updated + c.conflicting + c.deleted > 0)
    .map(([table, counts]) => ({ kind: recordKindLabel(table), counts }));
}

export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  const text = String(value);
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}

export function bundleDownloadHref(exportId: string): string {
  return `/api/bundles/${encodeURIComponent(exportId)}`;
}
