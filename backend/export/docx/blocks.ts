/**
 * The report's blocks as Word paragraphs and tables, each in its named style:
 *
 *   paragraph / list   Normal paragraphs; bullets in List Bullet (nested lists one level in)
 *   heading            Heading 2–4, bookmarked when the Contents lists it
 *   quote              “words” in Quote, with its footnote; the attribution in Quote Attribution
 *   recommendation     a one-cell table, shaded and bordered: Recommendation Heading, then its
 *                      parts in Recommendation Box (bullets in List Bullet), dissent footnotes on
 *                      the part dissented from
 *   metric             its statement in Normal
 *   chart              the saved PNG with its title as alt text, and the title as a Caption
 *
 * Paragraphs mostly in a right-to-left script (Urdu, Arabic) are laid out right-to-left.
 */
import {
  AlignmentType,
  Bookmark,
  ImageRun,
  LevelFormat,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  ShadingType,
  type INumberingOptions,
  type ParagraphChild,
} from 'docx';
import type { Inline, ModelBlock, RecommendationOccurrence, RichNode } from '../../../shared/report/model';
import { FootnoteReferences, inlineRuns, inlineText, textRuns } from './inlines';
import { isRightToLeftParagraph } from './scripts';
import { BOX_BORDER, COLOURS, type StyleIds } from './styles';
import { oneLine } from './text';

export const BULLETS = 'bullets';

/** Three levels of bullets, each indented a little further. */
export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: BULLETS,
      levels: ['\u2022', '\u2013', '\u25AA'].map((text, level) => ({
        level,
        format: LevelFormat.BULLET,
        text,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: 720 + 360 * level, hanging: 360 } } },
      })),
    },
  ],
};

/** A chart's image, read from the store. */
export interface FigureImage {
  data: Uint8Array;
  width: number;
  height: number;
}

export interface BlockContext {
  ids: StyleIds;
  notes: FootnoteReferences;
  /** Contents anchor → bookmark name, for headings the Contents links to. */
  bookmarks: ReadonlyMap<string, string>;
  figures: ReadonlyMap<string, FigureImage>;
  warn(message: string): void;
  /** Width of the text on the page, in pixels at 96 to the inch (images are sized in these). */
  textWidthPx: number;
}

/** A heading's words, inside its bookmark when the Contents links to it. */
export function bookmarked(anchor: string | null, children: ParagraphChild[], context: BlockContext): ParagraphChild[] {
  const name = anchor ? context.bookmarks.get(anchor) : undefined;
  return name ? [new Bookmark({ id: name, children })] : children;
}

function paragraph(style: string, inlines: readonly Inline[], context: BlockContext, extra: { bullet?: number } = {}): Paragraph {
  const rtl = isRightToLeftParagraph(inlineText(inlines));
  return new Paragraph({
    style,
    children: inlineRuns(inlines, context.ids, context.notes),
    ...(rtl ? { bidirectional: true } : {}),
    ...(extra.bullet !== undefined ? { numbering: { reference: BULLETS, level: Math.min(extra.bullet, 2), custom: true } } : {}),
  });
}

/** Rich text (paragraphs and bullet lists, lists nested in lists) as paragraphs. */
export function richParagraphs(nodes: readonly RichNode[], context: BlockContext, paragraphStyle: string, level = 0): Paragraph[] {
  const out: Paragraph[] = [];
  for (const node of nodes) {
    if (node.type === 'paragraph') {
      out.push(paragraph(paragraphStyle, node.inlines, context));
      continue;
    }
    for (const item of node.items) {
      item.forEach((child, index) => {
        if (child.type === 'bulletList') out.push(...richParagraphs([child], context, paragraphStyle, level + 1));
        else if (index === 0) out.push(paragraph(context.ids.ListBullet, child.inlines, context, { bullet: level }));
        else {
          // A second paragraph in the same bullet point: under the first one's text, without a bullet.
          out.push(new Paragraph({ style: context.ids.ListBullet, indent: { left: 720 + 360 * Math.min(level, 2), hanging: 0 }, children: inlineRuns(child.inlines, context.ids, context.notes) }));
        }
      });
    }
  }
  return out;
}

/** A recommendation in its box: a one-cell table, so bullets and page breaks inside it stay in the box. */
export function recommendationBox(occurrence: RecommendationOccurrence, context: BlockContext): Table {
  const { ids } = context;
  const children: Paragraph[] = [new Paragraph({ style: ids.RecommendationHeading, keepNext: true, children: textRuns(occurrence.heading) })];
  for (const part of occurrence.parts) {
    children.push(part.kind === 'bullet' ? paragraph(ids.ListBullet, part.inlines, context, { bullet: 0 }) : paragraph(ids.RecommendationBox, part.inlines, context));
  }
  const border = { ...BOX_BORDER };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            children,
            shading: { type: ShadingType.CLEAR, fill: COLOURS.box, color: 'auto' },
            margins: { top: 160, bottom: 80, left: 200, right: 200 },
          }),
        ],
      }),
    ],
  });
}

/** Space after a table, which Word otherwise butts against the next paragraph (or the next box). */
function spacer(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0 }, children: [] });
}

export function blockChildren(block: ModelBlock, context: BlockContext): (Paragraph | Table)[] {
  const { ids } = context;
  switch (block.kind) {
    case 'paragraph':
    case 'list':
      return richParagraphs(block.content, context, ids.Normal);
    case 'heading': {
      const style = block.level === 2 ? ids.Heading2 : block.level === 3 ? ids.Heading3 : ids.Heading4;
      const text = oneLine(block.text);
      return [new Paragraph({ style, bidirectional: isRightToLeftParagraph(text) || undefined, children: bookmarked(block.anchor, textRuns(text), context) })];
    }
    case 'quote': {
      const words = oneLine(block.text);
      const note: ParagraphChild[] = block.footnote !== null ? [context.notes.reference(block.footnote)] : [];
      const out: Paragraph[] = [];
      const rtl = isRightToLeftParagraph(words) || undefined;
      if (words) out.push(new Paragraph({ style: ids.Quote, bidirectional: rtl, children: [...textRuns(`\u201C${words}\u201D`), ...note] }));
      const attribution = oneLine(block.attribution);
      // A quote deleted from the evidence prints nothing, but its footnote (already numbered) stays.
      if (attribution || (!words && note.length > 0)) out.push(new Paragraph({ style: ids.QuoteAttribution, children: [...textRuns(attribution), ...(words ? [] : note)] }));
      return out;
    }
    case 'recommendation':
      return [recommendationBox(block.recommendation, context), spacer()];
    case 'metric':
      return block.statement ? [new Paragraph({ style: ids.Normal, children: textRuns(oneLine(block.statement)) })] : [];
    case 'chart': {
      const title = block.title ? oneLine(block.title) : null;
      const image = block.attachmentSha256 ? context.figures.get(block.attachmentSha256) : undefined;
      if (!image) {
        context.warn(title ? `The chart “${title}” has no saved image, so it is left out. Save the chart again in Metrics.` : 'A chart deleted from the metrics register is left out.');
        return [];
      }
      const width = Math.min(context.textWidthPx, image.width);
      const height = Math.round((image.height * width) / image.width);
      const alt = title ?? 'Chart';
      return [
        new Paragraph({
          style: ids.Normal,
          alignment: AlignmentType.CENTER,
          keepNext: true,
          children: [new ImageRun({ type: 'png', data: image.data, transformation: { width, height }, altText: { name: alt, title: alt, description: alt } })],
        }),
        new Paragraph({ style: ids.Caption, children: textRuns(alt) }),
      ];
    }
  }
}
