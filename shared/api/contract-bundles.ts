/** The contract's methods for exchange bundles (.scrutiny files) and the conflicts merges list. */
import { z } from 'zod';
import type { BundleExportResult, MergeConflict, MergeReport } from '../domain/bundles';
import { id, method, returns } from './fields';

const instant = z
  .string({ error: 'Give the date and time the work starts from.' })
  .trim()
  .refine((value) => /^\d{4}-\d\d-\d\d(T[\d:.]+Z?)?$/.test(value) && !Number.isNaN(Date.parse(value)), 'Give a real date, such as 2025-03-04.')
  .transform((value) => new Date(value.length === 10 ? `${value}T00:00:00Z` : value).toISOString());

export const bundlesContract = {
  'bundles.export': method(
    z.object({ investigationId: id, since: instant.optional(), jobId: id.optional() }).strict(),
    returns<BundleExportResult>(),
    'Writes an exchange bundle: the whole investigation, or (with `since`) your own work from then on.',
  ),
  'bundles.preview': method(
    z.object({ uploadId: id, jobId: id.optional() }).strict(),
    returns<MergeReport>(),
    'Checks an uploaded bundle and says what importing it would change (new, updated, conflicting, deleted); changes nothing.',
  ),
  'bundles.import': method(
    z.object({ uploadId: id, createInvestigation: z.boolean().default(false), jobId: id.optional() }).strict(),
    returns<MergeReport>(),
    'Backs up the store, then merges an uploaded bundle by stable ids, listing every conflict.',
  ),
  'conflicts.list': method(z.object({ investigationId: id }).strict(), returns<MergeConflict[]>(), 'Concurrent edits that merges resolved, for the clerk to review.'),
  'conflicts.reverse': method(z.object({ id }).strict(), returns<MergeConflict>(), 'Puts back the value a merge replaced, as a new edit.'),
} as const;
