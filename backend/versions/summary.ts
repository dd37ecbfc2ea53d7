/**
 * The comparison in one sentence, the way a clerk would report it to the committee:
 * "3 paragraphs changed, 1 added, Recommendation 3 added, Recommendations 3–12 became 4–13,
 * 1 footnote added." A noun is said once for a run of the same kind of block.
 */
import { renumberingRuns, type BlockChange, type ChapterComparison, type FootnoteChange, type FrontMatterChange, type RecommendationChange } from '../../shared/domain/versions';

const NOUNS: Record<BlockChange['kind'], [string, string]> = {
  paragraph: ['paragraph', 'paragraphs'],
  list: ['list', 'lists'],
  heading: ['heading', 'headings'],
  quote: ['quote', 'quotes'],
  metric: ['metric statement', 'metric statements'],
  chart: ['chart', 'charts'],
  recommendation: ['recommendation', 'recommendations'],
};
const STATUSES: BlockChange['status'][] = ['changed', 'added', 'removed', 'moved'];

function counted(parts: string[], items: { noun: [string, string]; status: string; n: number }[]): void {
  let lastNoun: string | null = null;
  for (const { noun, status, n } of items) {
    if (n === 0) continue;
    const word = n === 1 ? noun[0] : noun[1];
    parts.push(lastNoun === noun[0] ? `${n} ${status}` : `${n} ${word} ${status}`);
    lastNoun = noun[0];
  }
}

function recommendationParts(changes: RecommendationChange[]): string[] {
  const parts: string[] = [];
  for (const c of changes) {
    if (c.status === 'added') parts.push(`Recommendation ${c.toNumber} added`);
    if (c.status === 'removed') parts.push(`Recommendation ${c.fromNumber} removed`);
  }
  parts.push(...renumberingRuns(changes));
  for (const c of changes) {
    if (c.status !== 'kept') continue;
    if (c.textChanged) parts.push(`Recommendation ${c.toNumber} reworded`);
    for (const member of c.dissentsAdded) parts.push(`${member}’s dissent added to Recommendation ${c.toNumber}`);
    for (const member of c.dissentsRemoved) parts.push(`${member}’s dissent taken off Recommendation ${c.toNumber}`);
  }
  return parts;
}

export function summarise(input: {
  frontMatter: FrontMatterChange[];
  chapters: ChapterComparison[];
  recommendations: RecommendationChange[];
  footnotes: { changes: FootnoteChange[]; renumbered: number };
}): string {
  const parts: string[] = [];
  for (const change of input.frontMatter) parts.push(`${change.field === 'Title' ? 'the title' : `“${change.field}”`} changed`);

  const chapterStatus = (status: ChapterComparison['status']) => input.chapters.filter((c) => c.status === status).length;
  const sectionStatus = (status: 'added' | 'removed' | 'renamed') => input.chapters.reduce((n, c) => n + c.sections.filter((s) => s.status === status).length, 0);
  counted(parts, [
    ...(['added', 'removed', 'renamed'] as const).map((status) => ({ noun: ['chapter', 'chapters'] as [string, string], status, n: chapterStatus(status) })),
    ...(['added', 'removed', 'renamed'] as const).map((status) => ({ noun: ['section', 'sections'] as [string, string], status, n: sectionStatus(status) })),
  ]);

  const blocks = input.chapters.flatMap((c) => c.blocks).filter((b) => b.kind !== 'recommendation');
  const kinds = (Object.keys(NOUNS) as BlockChange['kind'][]).filter((k) => k !== 'recommendation');
  counted(
    parts,
    kinds.flatMap((kind) => STATUSES.map((status) => ({ noun: NOUNS[kind], status, n: blocks.filter((b) => b.kind === kind && b.status === status).length }))),
  );

  parts.push(...recommendationParts(input.recommendations));

  const footnote = (status: FootnoteChange['status']) => input.footnotes.changes.filter((c) => c.status === status).length;
  counted(parts, [
    ...(['added', 'removed', 'changed'] as const).map((status) => ({ noun: ['footnote', 'footnotes'] as [string, string], status, n: footnote(status) })),
    { noun: ['footnote', 'footnotes'], status: 'renumbered', n: input.footnotes.renumbered },
  ]);

  if (parts.length === 0) return 'The two read exactly the same.';
  const sentence = parts.join(', ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
