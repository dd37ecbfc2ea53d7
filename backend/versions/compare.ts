/** Compares two report models (two saved versions, or one and the report as it is now). */
import type { ComparedSide, VersionComparison } from '../../shared/domain/versions';
import type { ReportModel } from '../../shared/report/model';
import { compareBlocks } from './compare-blocks';
import { compareFootnotes } from './compare-footnotes';
import { compareRecommendations } from './compare-recommendations';
import { compareChapters, compareFrontMatter } from './compare-structure';
import { footnoteRefs } from './footnote-keys';
import { placedBlocks } from './placed-blocks';
import { summarise } from './summary';

export function compareModels(from: { side: ComparedSide; model: ReportModel }, to: { side: ComparedSide; model: ReportModel }): VersionComparison {
  const refs = footnoteRefs(from.model, to.model);
  const blockChanges = compareBlocks(placedBlocks(from.model, refs.from), placedBlocks(to.model, refs.to));
  const frontMatter = compareFrontMatter(from.model, to.model);
  const chapters = compareChapters(from.model, to.model, blockChanges);
  const recommendations = compareRecommendations(from.model, to.model);
  const footnotes = compareFootnotes(from.model, to.model);
  const counts = { changed: 0, added: 0, removed: 0, moved: 0 };
  for (const chapter of chapters) for (const block of chapter.blocks) if (block.kind !== 'recommendation') counts[block.status] += 1;
  const identical = frontMatter.length === 0 && chapters.length === 0 && recommendations.length === 0 && footnotes.changes.length === 0 && footnotes.renumbered === 0;
  return {
    from: from.side,
    to: to.side,
    identical,
    summary: summarise({ frontMatter, chapters, recommendations, footnotes }),
    counts,
    frontMatter,
    chapters,
    recommendations,
    footnotes,
  };
}
