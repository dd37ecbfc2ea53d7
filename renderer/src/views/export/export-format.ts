/** Words, numbers and addresses the Export area prints. */
import { formatLongDate } from '../../../../shared/format/dates';
import type { ReportProblem } from '../../../../shared/report/model';
import { hrefFor } from '../../routing/routes';
import { count } from '../../format/plural';

export { formatBytes } from '../../format/transcripts';

/** Where the browser host serves a finished export (the host checks the cookie like every /api route). */
export function downloadHref(exportId: string): string {
  return `/api/exports/${encodeURIComponent(exportId)}`;
}

/**
 * The Draft area, at the block a problem is about when it has one. The router ignores the query
 * on area pages, so the link opens Draft whether or not Draft reads `block`.
 */
export function draftHref(investigationId: string, blockId: string | null): string {
  const base = hrefFor({ name: 'investigation', id: investigationId, area: 'draft' });
  return blockId ? `${base}?block=${encodeURIComponent(blockId)}` : base;
}

/** "0.4 seconds", "2.1 seconds", "1 minute 5 seconds". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return 'unknown';
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)} seconds`;
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds - minutes * 60);
  return `${count(minutes, 'minute')}${rest > 0 ? ` ${count(rest, 'second')}` : ''}`;
}

/** "14:32 on 30 November 2026", in the computer's own time zone. */
export function formatExportedAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'at an unknown time';
  const pad = (n: number) => String(n).padStart(2, '0');
  const local = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${pad(date.getHours())}:${pad(date.getMinutes())} on ${formatLongDate(local)}`;
}

export interface ProblemTally {
  errors: ReportProblem[];
  warnings: ReportProblem[];
}

export function tallyProblems(problems: readonly ReportProblem[]): ProblemTally {
  return { errors: problems.filter((p) => p.severity === 'error'), warnings: problems.filter((p) => p.severity === 'warning') };
}

/** "2 problems to put right and 1 warning", "No problems found". */
export function describeTally({ errors, warnings }: ProblemTally): string {
  if (errors.length === 0 && warnings.length === 0) return 'No problems found.';
  const parts = [errors.length > 0 ? `${count(errors.length, 'problem')} to put right` : null, warnings.length > 0 ? count(warnings.length, 'warning') : null];
  return `${parts.filter(Boolean).join(' and ')}.`;
}

/** The progress line under the bar. */
export function progressText(stage: 'uploading' | 'exporting', progress: { label: string; done: number; total: number | null } | null, cancelling: boolean): string {
  if (cancelling) return 'Cancelling the export…';
  if (stage === 'uploading') return 'Sending the template to the workbench…';
  if (!progress) return 'Starting the export…';
  if (progress.total === null) return `${progress.label}…`;
  return `${progress.label} ${progress.done.toLocaleString('en-GB')} of ${progress.total.toLocaleString('en-GB')}`;
}
