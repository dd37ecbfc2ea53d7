/**
 * The report's frame: the front pages (title, committee, contacts) and the chapters and sections,
 * matched by id, with the block changes listed under the chapter they belong to.
 */
import type { ChapterComparison, FrontMatterChange, SectionChange } from '../../shared/domain/versions';
import type { ModelChapter, ReportModel } from '../../shared/report/model';
import type { PlacedChange } from './compare-blocks';
import { wordChanges } from './word-diff';

export function compareFrontMatter(from: ReportModel, to: ReportModel): FrontMatterChange[] {
  const contacts = (model: ReportModel) => model.contactUs.map((c) => [c.name, c.jobTitle, c.email].filter(Boolean).join(', ')).join('\n');
  const fields: [string, string, string][] = [
    ['Title', from.title, to.title],
    ['Committee', from.committeeName, to.committeeName],
    ['About the committee', from.committeeDescription, to.committeeDescription],
    ['Contact us', contacts(from), contacts(to)],
  ];
  return fields.filter(([, before, after]) => before !== after).map(([field, before, after]) => ({ field, words: wordChanges(before, after) }));
}

function compareSections(before: ModelChapter | undefined, after: ModelChapter | undefined): SectionChange[] {
  const earlier = new Map((before?.sections ?? []).map((s) => [s.id, s]));
  const laterIds = new Set((after?.sections ?? []).map((s) => s.id));
  const changes: SectionChange[] = [];
  for (const section of after?.sections ?? []) {
    const was = earlier.get(section.id);
    if (!was) changes.push({ sectionId: section.id, status: 'added', title: section.title, previousTitle: null });
    else if (was.title !== section.title) changes.push({ sectionId: section.id, status: 'renamed', title: section.title, previousTitle: was.title });
  }
  for (const section of before?.sections ?? []) {
    if (!laterIds.has(section.id)) changes.push({ sectionId: section.id, status: 'removed', title: section.title, previousTitle: null });
  }
  return changes;
}

/** The chapters in the later version's order, a removed chapter after the one it followed; only those with a difference. */
export function compareChapters(from: ReportModel, to: ReportModel, blockChanges: PlacedChange[]): ChapterComparison[] {
  const earlier = new Map(from.chapters.map((c) => [c.id, c]));
  const later = new Map(to.chapters.map((c) => [c.id, c]));
  const order: string[] = to.chapters.map((c) => c.id);
  let previous: string | null = null;
  for (const chapter of from.chapters) {
    if (later.has(chapter.id)) previous = chapter.id;
    else {
      order.splice(previous === null ? 0 : order.indexOf(previous) + 1, 0, chapter.id);
      previous = chapter.id;
    }
  }
  const comparisons: ChapterComparison[] = [];
  for (const id of order) {
    const before = earlier.get(id);
    const after = later.get(id);
    const status: ChapterComparison['status'] = !before ? 'added' : !after ? 'removed' : before.heading !== after.heading ? 'renamed' : 'same';
    const blocks = blockChanges
      .filter((c) => c.chapterId === id)
      .sort((a, b) => a.order - b.order)
      .map((c) => c.change);
    const sections = compareSections(before, after);
    if (status === 'same' && blocks.length === 0 && sections.length === 0) continue;
    comparisons.push({
      chapterId: id,
      heading: (after ?? before)!.heading,
      status,
      previousHeading: status === 'renamed' ? before!.heading : null,
      sections,
      blocks,
    });
  }
  return comparisons;
}
