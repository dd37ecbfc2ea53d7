/**
 * The dissents printed in a version: on which recommendation (by its number then), from which
 * part, and in the member's own words as the report prints them. An agreement notes these unless
 * the clerk says otherwise.
 */
import type { NotedDissent } from '../../shared/domain/versions';
import type { ReportModel } from '../../shared/report/model';

export function dissentsIn(model: ReportModel, personOf: (objectionId: string) => string | null): NotedDissent[] {
  const words = new Map<string, string>();
  for (const footnote of model.footnotes) {
    if (footnote.origin === 'dissent' && footnote.objectionId && !words.has(footnote.objectionId)) words.set(footnote.objectionId, footnote.text);
  }
  return model.recommendations.flatMap((recommendation) =>
    recommendation.dissents.map((dissent) => ({
      objectionId: dissent.objectionId,
      personId: personOf(dissent.objectionId),
      member: dissent.member,
      recommendationNumber: recommendation.number,
      part: recommendation.parts.find((p) => p.id === dissent.partId)?.text ?? null,
      text: words.get(dissent.objectionId) ?? '',
    })),
  );
}
