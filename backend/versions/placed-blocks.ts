/**
 * The report model's blocks in document order, each with where it is and how a clerk would name
 * it ("Paragraph 3" of its section, "Quote 2", "Recommendation 5"). Recommendations the
 * workbench prints again in the Recommendations list are left out: the comparison reports
 * recommendations on their own, once.
 */
import type { ModelBlock, ReportModel } from '../../shared/report/model';
import { blockText, type BlockText } from './block-text';
import type { FootnoteRefs } from './footnote-keys';

export interface PlacedBlock {
  /** 0-based position in the whole report's list. */
  index: number;
  /** The block's id; null for text the workbench writes itself (Committee Activity). */
  blockId: string | null;
  block: ModelBlock;
  chapterId: string;
  chapterHeading: string;
  sectionId: string | null;
  sectionTitle: string | null;
  /** 1-based among the blocks of the same kind in its chapter or section. */
  ordinal: number;
  text: BlockText;
}

const NOUNS: Record<ModelBlock['kind'], string> = {
  paragraph: 'Paragraph',
  list: 'List',
  heading: 'Heading',
  quote: 'Quote',
  recommendation: 'Recommendation',
  metric: 'Metric statement',
  chart: 'Chart',
};

function shorten(text: string, words = 8): string {
  const all = text.trim().split(/\s+/);
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}

/** "Paragraph 3", "Heading “Stop and search”", "Recommendation 5". */
export function blockLabel(placed: Pick<PlacedBlock, 'block' | 'ordinal'>): string {
  const { block } = placed;
  if (block.kind === 'heading') return `Heading “${shorten(block.text)}”`;
  if (block.kind === 'recommendation') return `Recommendation ${block.recommendation.number}`;
  return `${NOUNS[block.kind]} ${placed.ordinal}`;
}

/** "Chapter one: Delivery and performance monitoring, “Budgetary constraints”". */
export function placeName(placed: Pick<PlacedBlock, 'chapterHeading' | 'sectionTitle'>): string {
  return placed.sectionTitle ? `${placed.chapterHeading}, “${placed.sectionTitle}”` : placed.chapterHeading;
}

export function placedBlocks(model: ReportModel, refs: FootnoteRefs): PlacedBlock[] {
  const placed: PlacedBlock[] = [];
  const container = (chapterId: string, chapterHeading: string, sectionId: string | null, sectionTitle: string | null, blocks: readonly ModelBlock[]) => {
    const counters = new Map<ModelBlock['kind'], number>();
    for (const block of blocks) {
      if (block.kind === 'recommendation' && block.blockId === null) continue;
      const ordinal = (counters.get(block.kind) ?? 0) + 1;
      counters.set(block.kind, ordinal);
      placed.push({ index: placed.length, blockId: block.blockId, block, chapterId, chapterHeading, sectionId, sectionTitle, ordinal, text: blockText(block, refs) });
    }
  };
  for (const chapter of model.chapters) {
    container(chapter.id, chapter.heading, null, null, chapter.blocks);
    for (const section of chapter.sections) container(chapter.id, chapter.heading, section.id, section.title, section.blocks);
  }
  return placed;
}
