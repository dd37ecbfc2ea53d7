/** Words for the Draft area: kinds of block and chapter, short descriptions of a block. */
import type { ChapterKind } from '../../../../shared/domain/types';
import type { BlockKind } from '../../../../shared/report/content';

export const BLOCK_KIND_NAMES: Record<BlockKind, string> = {
  paragraph: 'Paragraph',
  list: 'Bullet list',
  quote: 'Quote',
  recommendation: 'Recommendation',
  metric: 'Metric statement',
  chart: 'Chart',
  heading: 'Heading',
};

/** "paragraph", "bullet list": inside sentences. */
export function blockKindWord(kind: BlockKind): string {
  return BLOCK_KIND_NAMES[kind].toLowerCase();
}

export const CHAPTER_KIND_NAMES: Record<ChapterKind, string> = {
  front_matter: 'Front matter',
  introduction: 'Introduction',
  chapter: 'Chapter',
  closing_matter: 'Closing matter',
};

/** "Chapter one: Delivery and performance monitoring", "Foreword". */
export function chapterHeading(chapter: { label: string | null; title: string }): string {
  return chapter.label ? `${chapter.label}: ${chapter.title}` : chapter.title;
}

/** The first words of a text, for names of things: “The final Police and Crime Plan should…”. */
export function opening(text: string, words = 8): string {
  const all = text.trim().split(/\s+/).filter(Boolean);
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}

/** "position 3 of 7". */
export function positionOf(index: number, total: number): string {
  return `position ${index + 1} of ${total}`;
}
