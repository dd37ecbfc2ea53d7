/** Exchange bundles: export, preview, import (merge), and the conflicts merges list. */
import { newId } from '../../db/ids';
import type { HandlerGroup } from '../api/registry';
import { listConflicts, reverseConflict } from '../bundles/conflicts';
import { exportBundle, importBundle, previewBundle } from '../bundles/service';

export const bundleHandlers: HandlerGroup = {
  'bundles.export': (input, context) =>
    context.jobs.run(input.jobId ?? newId(), (job) => exportBundle(context, { investigationId: input.investigationId, ...(input.since ? { since: input.since } : {}) }, job)),

  'bundles.preview': (input, context) => context.jobs.run(input.jobId ?? newId(), (job) => previewBundle(context, input.uploadId, job)),

  'bundles.import': async (input, context) => {
    const report = await context.jobs.run(input.jobId ?? newId(), (job) => importBundle(context, input.uploadId, input.createInvestigation, job));
    context.emit('store.changed', { entities: [], investigationId: report.manifest.investigation.id });
    return report;
  },

  'conflicts.list': (input, context) => listConflicts(context.store.db, input.investigationId),

  'conflicts.reverse': (input, context) => {
    const conflict = context.store.transaction(() => reverseConflict(context.store.db, input.id, context.author.id));
    context.emit('store.changed', { entities: [conflict.table], investigationId: conflict.investigationId });
    return conflict;
  },
};
