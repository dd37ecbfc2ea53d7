/**
 * What every drafting write does last, inside its transaction: recommendations take the order of
 * their blocks, and the footnotes register takes the order the report prints footnotes in, so the
 * codebook's "Recommendation 8", the sources register's "footnote 112" and the preview agree.
 */
import { syncRecommendationOrder } from '../../db/repositories/blocks';
import { orderFootnotesAsPrinted } from '../../db/repositories/report';
import type { Db } from '../../db/store';
import type { HandlerContext } from '../api/context';
import { buildReportModel } from './build-report-model';

export function keepInOrder(db: Db, investigationId: string): void {
  syncRecommendationOrder(db, investigationId);
  const model = buildReportModel(db, investigationId);
  if (model) orderFootnotesAsPrinted(db, investigationId, model.footnotes.flatMap((f) => (f.footnoteId ? [f.footnoteId] : [])));
}

/** After commit: the report changed, and with it these kinds of thing. */
export function announceReport(context: HandlerContext, investigationId: string, entities: readonly string[]): void {
  context.emit('store.changed', { entities: ['block', ...entities], investigationId });
}
