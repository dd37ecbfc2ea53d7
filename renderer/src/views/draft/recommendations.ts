/**
 * A recommendation as the Draft area shows and edits it. The report model is read first: it is
 * loaded with the blocks, so a recommendation just added is there as soon as its block is (the
 * investigation's overview, reloaded separately, may still be on its way); the overview fills in
 * only what the model does not carry (the dissents as people).
 */
import type { InvestigationOverview, Recommendation } from '../../../../shared/domain/types';
import type { DraftData } from './useDraftData';

export function findRecommendation(data: DraftData, overview: InvestigationOverview, id: string | null): Recommendation | undefined {
  if (!id) return undefined;
  const known = overview.recommendations.find((r) => r.id === id);
  const printed = data.model.recommendations.find((r) => r.id === id);
  if (!printed) return known;
  return {
    id: printed.id,
    investigationId: data.model.investigationId,
    chapterId: printed.chapterId,
    sectionId: printed.sectionId,
    position: printed.number - 1,
    number: printed.number,
    addressee: printed.addressee,
    dueOn: printed.dueOn,
    dueNote: printed.dueNote,
    parts: printed.parts.map((part, position) => ({ id: part.id, recommendationId: printed.id, position, kind: part.kind, text: part.text })),
    dissents: known?.dissents ?? [],
  };
}
