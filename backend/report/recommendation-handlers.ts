/**
 * Editing and deleting recommendations (adding one is `recommendations.create`, beside the blocks
 * that place it). A part keeps its id when reworded, so a member's dissent stays on the part they
 * dissent from; a part, or a whole recommendation, with a dissent on it is not removed until the
 * dissent is withdrawn.
 */
import { ApiError } from '../../shared/api/errors';
import { memberName } from '../../shared/domain/labels';
import type { Objection } from '../../shared/domain/types';
import { blockPlacingRecommendation, deleteBlock } from '../../db/repositories/blocks';
import { recordChange } from '../../db/repositories/change-log';
import { getCommittee } from '../../db/repositories/committees';
import { getInvestigation } from '../../db/repositories/investigations';
import {
  deleteRecommendations,
  getRecommendationRow,
  listObjections,
  listRecommendations,
  replaceRecommendationParts,
  updateRecommendationFields,
} from '../../db/repositories/report';
import type { Db } from '../../db/store';
import type { HandlerGroup } from '../api/registry';
import { found } from '../handlers/guards';
import { announceReport, keepInOrder } from './keep-in-order';
import { inProse } from './where';

function whose(db: Db, investigationId: string, objections: readonly Objection[]): string {
  const committee = getCommittee(db, found(getInvestigation(db, investigationId), 'investigation').committeeId)!;
  return inProse([...new Set(objections.map((o) => `${memberName(o.member, committee)}’s dissent`))]);
}

/** "Recommendation 8", or "The recommendation “…”" for one not placed (so without a number). */
function nameOf(db: Db, investigationId: string, recommendationId: string): string {
  const recommendation = listRecommendations(db, investigationId).find((r) => r.id === recommendationId);
  if (!recommendation) return 'This recommendation';
  if (blockPlacingRecommendation(db, recommendationId)) return `Recommendation ${recommendation.number}`;
  const first = recommendation.parts[0]?.text ?? '';
  return `The recommendation “${first.length > 60 ? `${first.slice(0, 59)}…` : first}”`;
}

export const recommendationHandlers: HandlerGroup = {
  'recommendations.update': (input, context) => {
    const { store, author } = context;
    const { db } = store;
    const row = found(getRecommendationRow(db, input.id), 'recommendation');
    const before = listRecommendations(db, row.investigationId).find((r) => r.id === row.id)!;
    if (input.parts) {
      const own = new Set(before.parts.map((p) => p.id));
      const foreign = input.parts.find((part) => part.id !== undefined && !own.has(part.id));
      if (foreign) throw new ApiError('invalid_input', 'A part given is not one of this recommendation’s parts. Reload and try again.', { parts: 'A part given is not one of this recommendation’s parts.' });
      const ids = input.parts.flatMap((part) => (part.id ? [part.id] : []));
      if (new Set(ids).size !== ids.length) throw new ApiError('invalid_input', 'The same part is given twice.', { parts: 'The same part is given twice.' });
      const kept = new Set(ids);
      const stranded = listObjections(db, row.investigationId).filter((o) => o.recommendationId === row.id && o.recommendationPartId !== null && !kept.has(o.recommendationPartId));
      if (stranded.length > 0) {
        const part = before.parts.find((p) => p.id === stranded[0]!.recommendationPartId);
        throw new ApiError('conflict', `${whose(db, row.investigationId, stranded)} is on the part “${part?.text ?? ''}”, so that part cannot be removed. Withdraw the dissent, or move it to the whole recommendation, first.`, { parts: 'A member dissents from a part removed here.' });
      }
    }
    const result = store.transaction(() => {
      if (input.parts) replaceRecommendationParts(db, author.id, row.id, input.parts);
      updateRecommendationFields(db, row.id, { addressee: input.addressee, dueOn: input.dueOn, dueNote: input.dueNote });
      keepInOrder(db, row.investigationId);
      const name = nameOf(db, row.investigationId, row.id);
      recordChange(db, { authorId: author.id, entity: 'recommendation', entityId: row.id, action: 'update', summary: `Edited ${name.startsWith('Recommendation') ? name : 'a recommendation not yet placed'}`, investigationId: row.investigationId });
      const placed = blockPlacingRecommendation(db, row.id);
      const number = placed ? listRecommendations(db, row.investigationId).find((r) => r.id === row.id)!.number : null;
      return { recommendationId: row.id, number };
    });
    announceReport(context, row.investigationId, ['recommendation', 'footnote']);
    return result;
  },

  'recommendations.delete': (input, context) => {
    const { store, author } = context;
    const { db } = store;
    const row = found(getRecommendationRow(db, input.id), 'recommendation');
    const name = nameOf(db, row.investigationId, row.id);
    const dissents = listObjections(db, row.investigationId).filter((o) => o.kind === 'dissent' && o.recommendationId === row.id);
    if (dissents.length > 0) {
      throw new ApiError('conflict', `${whose(db, row.investigationId, dissents)} ${dissents.length === 1 ? 'is' : 'are'} recorded on ${name}. Withdraw ${dissents.length === 1 ? 'it' : 'them'} first, then delete the recommendation.`);
    }
    store.transaction(() => {
      const blockId = blockPlacingRecommendation(db, row.id);
      if (blockId) deleteBlock(db, blockId);
      deleteRecommendations(db, [row.id]);
      keepInOrder(db, row.investigationId);
      recordChange(db, { authorId: author.id, entity: 'recommendation', entityId: row.id, action: 'delete', summary: `Deleted ${name.startsWith('Recommendation') ? name : 'a recommendation not yet placed'}; later ones are renumbered`, investigationId: row.investigationId });
    });
    announceReport(context, row.investigationId, ['recommendation', 'footnote', 'tag']);
    return { id: row.id };
  },
};
