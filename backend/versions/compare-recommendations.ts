/**
 * Recommendations matched by id: added, removed, renumbered (Recommendation 4 became 5 because
 * one was added before it), reworded, and dissents that appear or disappear on them.
 */
import type { RecommendationChange } from '../../shared/domain/versions';
import type { ModelRecommendation, ReportModel } from '../../shared/report/model';
import { wholeText, wordChanges } from './word-diff';

/** The recommendation's words as a reader sees them: bullets as "• ". */
function recommendationText(recommendation: ModelRecommendation): string {
  return recommendation.parts.map((part) => (part.kind === 'bullet' ? `• ${part.text}` : part.text)).join('\n');
}

function dissenters(recommendation: ModelRecommendation): string[] {
  return [...new Set(recommendation.dissents.map((d) => d.member))];
}

export function compareRecommendations(from: ReportModel, to: ReportModel): RecommendationChange[] {
  const earlier = new Map(from.recommendations.map((r) => [r.id, r]));
  const laterIds = new Set(to.recommendations.map((r) => r.id));
  const changes: RecommendationChange[] = [];
  for (const recommendation of to.recommendations) {
    const before = earlier.get(recommendation.id);
    const text = recommendationText(recommendation);
    if (!before) {
      changes.push({ recommendationId: recommendation.id, status: 'added', fromNumber: null, toNumber: recommendation.number, textChanged: true, words: wholeText('added', text), dissentsAdded: dissenters(recommendation), dissentsRemoved: [] });
      continue;
    }
    const beforeText = recommendationText(before);
    const textChanged = beforeText !== text;
    const was = dissenters(before);
    const now = dissenters(recommendation);
    const dissentsAdded = now.filter((m) => !was.includes(m));
    const dissentsRemoved = was.filter((m) => !now.includes(m));
    if (!textChanged && before.number === recommendation.number && dissentsAdded.length === 0 && dissentsRemoved.length === 0) continue;
    changes.push({
      recommendationId: recommendation.id,
      status: 'kept',
      fromNumber: before.number,
      toNumber: recommendation.number,
      textChanged,
      words: textChanged ? wordChanges(beforeText, text) : [],
      dissentsAdded,
      dissentsRemoved,
    });
  }
  for (const recommendation of from.recommendations) {
    if (laterIds.has(recommendation.id)) continue;
    changes.push({ recommendationId: recommendation.id, status: 'removed', fromNumber: recommendation.number, toNumber: null, textChanged: true, words: wholeText('removed', recommendationText(recommendation)), dissentsAdded: [], dissentsRemoved: dissenters(recommendation) });
  }
  // In the order a reader meets them: by number now, removed ones where they were.
  return changes.sort((a, b) => (a.toNumber ?? a.fromNumber! - 0.5) - (b.toNumber ?? b.fromNumber! - 0.5));
}
