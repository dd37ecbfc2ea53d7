/**
 * The named styles the Word export relies on, and the workbench's own (house) definition of each.
 *
 * Every paragraph and run the export writes names one of these styles rather than carrying its
 * own formatting, so a clerk can restyle the whole report the way clerks edit Word (Modify Style),
 * and a committee's template can supply its own look (`externalStyles`). The list is what
 * `export.checkTemplate` checks a template against and what the README documents.
 *
 * Word's built-in styles have an id without spaces ("Heading1") and a lower-case name
 * ("heading 1"); a template may have either (a template made in another language keeps the name
 * but may change the id), so a template's style is found by its id or its name.
 */
import { AlignmentType, BorderStyle, LineRuleType, ShadingType, type IParagraphStyleOptions, type ICharacterStyleOptions } from 'docx';

export interface StyleSpec {
  /** The style id the document refers to. */
  id: string;
  /** Word's own name for it (lower case for most built-in styles), matched case-insensitively. */
  name: string;
  /** As Word's style gallery shows it, for messages and the README. */
  label: string;
  type: 'paragraph' | 'character';
  /** What the export uses it for. */
  use: string;
}

export const STYLE_SPECS = [
  { id: 'Normal', name: 'Normal', label: 'Normal', type: 'paragraph', use: 'body text' },
  { id: 'Title', name: 'Title', label: 'Title', type: 'paragraph', use: 'the report’s title on the cover' },
  { id: 'Subtitle', name: 'Subtitle', label: 'Subtitle', type: 'paragraph', use: 'the committee’s name on the cover' },
  { id: 'Heading1', name: 'heading 1', label: 'Heading 1', type: 'paragraph', use: 'chapters (in the contents)' },
  { id: 'Heading2', name: 'heading 2', label: 'Heading 2', type: 'paragraph', use: 'sections (in the contents)' },
  { id: 'Heading3', name: 'heading 3', label: 'Heading 3', type: 'paragraph', use: 'headings inside sections' },
  { id: 'Heading4', name: 'heading 4', label: 'Heading 4', type: 'paragraph', use: 'minor headings' },
  { id: 'Quote', name: 'Quote', label: 'Quote', type: 'paragraph', use: 'witness quotes' },
  { id: 'QuoteAttribution', name: 'Quote Attribution', label: 'Quote Attribution', type: 'paragraph', use: 'the speaker under a quote' },
  { id: 'RecommendationHeading', name: 'Recommendation Heading', label: 'Recommendation Heading', type: 'paragraph', use: '“Recommendation 8” at the top of its box' },
  { id: 'RecommendationBox', name: 'Recommendation Box', label: 'Recommendation Box', type: 'paragraph', use: 'a recommendation’s text, in its shaded, bordered box' },
  { id: 'ListBullet', name: 'List Bullet', label: 'List Bullet', type: 'paragraph', use: 'bullet points' },
  { id: 'Caption', name: 'caption', label: 'Caption', type: 'paragraph', use: 'the title under a chart' },
  { id: 'FootnoteText', name: 'footnote text', label: 'Footnote Text', type: 'paragraph', use: 'footnotes' },
  { id: 'FootnoteReference', name: 'footnote reference', label: 'Footnote Reference', type: 'character', use: 'footnote numbers' },
  { id: 'Hyperlink', name: 'Hyperlink', label: 'Hyperlink', type: 'character', use: 'links (sources in footnotes, email addresses)' },
] as const satisfies readonly StyleSpec[];

export type StyleId = (typeof STYLE_SPECS)[number]['id'];

/** Style id → the id to write in the document (a template's own id for it, or the house id). */
export type StyleIds = Record<StyleId, string>;

export const HOUSE_STYLE_IDS: StyleIds = Object.fromEntries(STYLE_SPECS.map((s) => [s.id, s.id])) as StyleIds;

/** The house palette: dark blue headings and box border, a pale blue box, near-black text. */
export const COLOURS = { accent: '1D5A8C', box: 'E8F0F7', text: '1B1B1B', link: '0563C1', muted: '595959' } as const;

/** The house font (Arial, as London Assembly reports use), in half-points for sizes. */
export const HOUSE_FONT = 'Arial';
const pt = (points: number) => points * 2;

const PARAGRAPH_STYLES: Record<Exclude<StyleId, 'FootnoteReference' | 'Hyperlink'>, Omit<IParagraphStyleOptions, 'id' | 'name'>> = {
  Normal: {
    run: { font: HOUSE_FONT, size: pt(12), color: COLOURS.text },
    paragraph: { spacing: { after: 160, line: 276, lineRule: LineRuleType.AUTO } },
    quickFormat: true,
  },
  Title: {
    basedOn: 'Normal',
    next: 'Subtitle',
    run: { size: pt(36), bold: true, color: COLOURS.accent },
    // Outline level 1, so the Contents lists the report's title as the seed's does.
    paragraph: { spacing: { before: 4800, after: 480, line: 240, lineRule: LineRuleType.AUTO }, outlineLevel: 0, keepNext: true },
    quickFormat: true,
  },
  Subtitle: {
    basedOn: 'Normal',
    next: 'Normal',
    run: { size: pt(20), color: COLOURS.accent },
    paragraph: { spacing: { after: 240 } },
    quickFormat: true,
  },
  Heading1: {
    basedOn: 'Normal',
    next: 'Normal',
    run: { size: pt(24), bold: true, color: COLOURS.accent },
    paragraph: { spacing: { before: 0, after: 360, line: 240, lineRule: LineRuleType.AUTO }, keepNext: true, keepLines: true, outlineLevel: 0 },
    quickFormat: true,
  },
  Heading2: {
    basedOn: 'Normal',
    next: 'Normal',
    run: { size: pt(16), bold: true, color: COLOURS.accent },
    paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, keepLines: true, outlineLevel: 1 },
    quickFormat: true,
  },
  Heading3: {
    basedOn: 'Normal',
    next: 'Normal',
    run: { size: pt(13), bold: true },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 2 },
    quickFormat: true,
  },
  Heading4: {
    basedOn: 'Normal',
    next: 'Normal',
    run: { bold: true, italics: true },
    paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true, outlineLevel: 3 },
    quickFormat: true,
  },
  Quote: {
    basedOn: 'Normal',
    next: 'QuoteAttribution',
    run: { italics: true, color: COLOURS.text },
    paragraph: { indent: { left: 720, right: 720 }, spacing: { before: 120, after: 80 }, keepNext: true },
    quickFormat: true,
  },
  QuoteAttribution: {
    basedOn: 'Normal',
    next: 'Normal',
    run: { bold: true, size: pt(11), color: COLOURS.accent },
    paragraph: { indent: { left: 720, right: 720 }, spacing: { after: 240 } },
    quickFormat: true,
  },
  RecommendationHeading: {
    basedOn: 'Normal',
    next: 'RecommendationBox',
    run: { bold: true, size: pt(13), color: COLOURS.accent },
    paragraph: { spacing: { before: 60, after: 120 }, keepNext: true, shading: { type: ShadingType.CLEAR, fill: COLOURS.box, color: 'auto' } },
    quickFormat: true,
  },
  RecommendationBox: {
    basedOn: 'Normal',
    next: 'RecommendationBox',
    // The box itself is a one-cell table with the same fill and a border (blocks.ts); the style's
    // shading keeps the text on the box's colour when someone moves a paragraph out of it.
    paragraph: { spacing: { after: 120 }, shading: { type: ShadingType.CLEAR, fill: COLOURS.box, color: 'auto' } },
    quickFormat: true,
  },
  ListBullet: {
    basedOn: 'Normal',
    paragraph: { indent: { left: 720, hanging: 360 }, spacing: { after: 80 }, contextualSpacing: false },
    quickFormat: true,
  },
  Caption: {
    basedOn: 'Normal',
    next: 'Normal',
    run: { italics: true, size: pt(10), color: COLOURS.muted },
    paragraph: { spacing: { before: 80, after: 240 }, alignment: AlignmentType.CENTER },
  },
  FootnoteText: {
    basedOn: 'Normal',
    run: { size: pt(9) },
    paragraph: { spacing: { after: 40, line: 240, lineRule: LineRuleType.AUTO } },
    semiHidden: true,
    unhideWhenUsed: true,
  },
};

const CHARACTER_STYLES: Record<'FootnoteReference' | 'Hyperlink', Omit<ICharacterStyleOptions, 'id' | 'name'>> = {
  FootnoteReference: { run: { superScript: true }, semiHidden: true, unhideWhenUsed: true },
  Hyperlink: { run: { color: COLOURS.link, underline: { type: 'single' } }, unhideWhenUsed: true },
};

/** The border round a recommendation's box. */
export const BOX_BORDER = { style: BorderStyle.SINGLE, size: 12, color: COLOURS.accent } as const;

/** The house definitions of the given styles, under the ids the document uses for them. */
export function houseStyles(which: readonly StyleId[], ids: StyleIds = HOUSE_STYLE_IDS): { paragraphStyles: IParagraphStyleOptions[]; characterStyles: ICharacterStyleOptions[] } {
  const paragraphStyles: IParagraphStyleOptions[] = [];
  const characterStyles: ICharacterStyleOptions[] = [];
  const mapped = (id: string | undefined) => (id && id in ids ? ids[id as StyleId] : id);
  for (const spec of STYLE_SPECS.filter((s) => which.includes(s.id))) {
    if (spec.type === 'character') {
      characterStyles.push({ id: ids[spec.id], name: spec.name, ...CHARACTER_STYLES[spec.id as keyof typeof CHARACTER_STYLES] });
    } else {
      const style = PARAGRAPH_STYLES[spec.id as keyof typeof PARAGRAPH_STYLES];
      paragraphStyles.push({ id: ids[spec.id], name: spec.name, ...style, basedOn: mapped(style.basedOn), next: mapped(style.next) });
    }
  }
  return { paragraphStyles, characterStyles };
}

export const ALL_STYLE_IDS: readonly StyleId[] = STYLE_SPECS.map((s) => s.id);
