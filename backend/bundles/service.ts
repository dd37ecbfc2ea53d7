/**
 * The bundle work the handlers and the CLI run: export an investigation (or one author's recent
 * work) to a bundle file; preview a staged bundle; import it (backup first, then one merge
 * transaction). Long steps report progress through the job.
 */
import fs from 'node:fs';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { nowIso } from '../../db/ids';
import { recordChange } from '../../db/repositories/change-log';
import { ApiError } from '../../shared/api/errors';
import { BUNDLE_EXTENSION, type BundleExportResult, type MergeReport } from '../../shared/domain/bundles';
import type { HandlerContext } from '../api/context';
import { backupBeforeMerge } from '../backups';
import type { Job } from '../jobs';
import { saveBundle } from './bundle-area';
import { collectBundle } from './collect';
import { mergeBundle } from './merge';
import { readBundle, type BundleLimits, type ParsedBundle } from './read';
import { bundleFiles, zipFiles } from './write';

export interface ExportRequest {
  investigationId: string;
  /** ISO instant: only the current profile's work from then on. */
  since?: string;
}

/** "Response to the draft Police and Crime Plan – Anna Clerk – 2025-03-04.scrutiny" (safe as a file name). */
function bundleFileName(title: string, author: string, created: string, kind: string): string {
  const clean = (s: string) => s.replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  return `${clean(title)} - ${clean(author)} - ${kind === 'since' ? 'recent work ' : ''}${created.slice(0, 10)}${BUNDLE_EXTENSION}`;
}

/** Every name this store knows for an author id: its own profiles and authors met in bundles. */
function knownAuthors(db: HandlerContext['store']['db']): Record<string, string> {
  const rows = db.prepare('SELECT id, name FROM sync_authors UNION ALL SELECT id, name FROM profiles').all() as { id: string; name: string }[];
  return Object.fromEntries(rows.map((row) => [row.id, row.name]));
}

export async function exportBundle(context: HandlerContext, request: ExportRequest, job: Job): Promise<BundleExportResult> {
  const { db } = context.store;
  const investigation = db.prepare('SELECT id, title FROM investigations WHERE id = ?').get(request.investigationId) as { id: string; title: string } | undefined;
  if (!investigation) throw new ApiError('not_found', 'That investigation is not in this store.');
  job.progress('Gathering the records', 0, 3);
  const content = collectBundle(db, {
    investigationId: investigation.id,
    ...(request.since ? { since: { at: request.since, authorId: context.author.id } } : {}),
  });
  job.checkCancelled();
  const created = nowIso();
  const kind = request.since ? 'since' : 'whole';
  job.progress('Packing the bundle', 1, 3);
  const files = bundleFiles(
    {
      appVersion: context.appVersion,
      schemaVersion: LATEST_SCHEMA_VERSION,
      investigation,
      kind,
      since: request.since ?? null,
      author: { id: context.author.id, name: context.author.name },
      authors: knownAuthors(db),
      created,
    },
    content,
  );
  const bytes = await zipFiles(files);
  job.checkCancelled();
  job.progress('Saving', 2, 3);
  const saved = saveBundle(context.store.path, bundleFileName(investigation.title, context.author.name, created, kind), bytes);
  job.progress('Done', 3, 3);
  const records = [...content.synced.values()].reduce((n, rows) => n + rows.length, 0) + content.tombstones.length;
  return { exportId: saved.bundleId, fileName: saved.fileName, bytes: saved.bytes, kind, records, attachments: content.attachments.length };
}

/** Reads a staged upload as a bundle (refusing anything unsafe or altered). */
export async function readStagedBundle(context: HandlerContext, uploadId: string, limits?: BundleLimits): Promise<ParsedBundle> {
  const staged = context.uploads.get(uploadId);
  return readBundle(fs.readFileSync(staged.path), staged.fileName, limits);
}

export async function previewBundle(context: HandlerContext, uploadId: string, job: Job): Promise<MergeReport> {
  job.progress('Checking the bundle', 0, 2);
  const bundle = await readStagedBundle(context, uploadId);
  job.progress('Working out what would change', 1, 2);
  const report = mergeBundle(context.store, bundle, { dryRun: true, createInvestigation: true });
  job.progress('Done', 2, 2);
  return report;
}

export async function importBundle(context: HandlerContext, uploadId: string, createInvestigation: boolean, job: Job): Promise<MergeReport> {
  job.progress('Checking the bundle', 0, 3);
  const bundle = await readStagedBundle(context, uploadId);
  // The merge rehearsed first (and rolled back): a bundle that cannot be merged is refused before
  // a backup is taken for it, so it leaves no trace at all.
  mergeBundle(context.store, bundle, { dryRun: true, createInvestigation });
  job.checkCancelled();
  job.progress('Backing up the store', 1, 3);
  const backup = await backupBeforeMerge(context, `Bundle from ${bundle.manifest.author.name}, ${bundle.fileName}`);
  job.progress('Merging', 2, 3);
  const report = context.store.transaction(() => {
    const merged = mergeBundle(context.store, bundle, { dryRun: false, createInvestigation });
    recordChange(context.store.db, {
      authorId: context.author.id,
      entity: 'bundle',
      entityId: bundle.manifest.investigation.id,
      action: 'update',
      summary: `Merged “${bundle.fileName}” from ${bundle.manifest.author.name}: ${merged.totals.new} new, ${merged.totals.updated} updated, ${merged.totals.conflicting} in conflict, ${merged.totals.deleted} deleted`,
      investigationId: bundle.manifest.investigation.id,
    });
    return merged;
  });
  context.uploads.remove(uploadId);
  job.progress('Done', 3, 3);
  return { ...report, backup: { path: backup.path } };
}
