/**
 * The report model as a Word document (.docx bytes), in house style or a committee template's.
 *
 * Two sections: the cover and the committee's page (different first page, no page numbers), then
 * from the Contents on, with the page number in the footer (numbering carries on, so the Contents
 * is page 3 as in the seed). Every chapter starts on a new page. Document properties: title,
 * subject, and the committee as author.
 *
 * Pure apart from the packing: the model, images and template styles in, bytes out.
 */
import { AlignmentType, Document, Footer, PageNumber, Paragraph, SectionType, TextRun, type FileChild, type IPropertiesOptions } from 'docx';
import type { ModelChapter, ReportModel } from '../../../shared/report/model';
import { NUMBERING, blockChildren, bookmarked, type BlockContext, type FigureImage } from './blocks';
import { footnoteReferenceCounts, footnotesOption } from './footnotes';
import { committeePage, contentsBookmarks, contentsPage, coverPage } from './front-matter';
import { FootnoteReferences, textRuns } from './inlines';
import { ALL_STYLE_IDS, HOUSE_FONT, HOUSE_STYLE_IDS, houseStyles, type StyleId, type StyleIds } from './styles';
import { oneLine } from './text';
import { packDocx } from './pack';

/** A committee template's styles, already checked (../template.ts). */
export interface TemplateStyles {
  /** word/styles.xml of the template. */
  stylesXml: string;
  /** The template's id for each style it has; house ids for the rest. */
  ids: StyleIds;
  /** Styles the template lacks: the house definitions are added for these. */
  missing: readonly StyleId[];
}

export interface RenderOptions {
  /** Chart images by their attachment's SHA-256. */
  figures?: ReadonlyMap<string, FigureImage>;
  template?: TemplateStyles;
}

export interface RenderedDocx {
  bytes: Buffer;
  /** Footnotes written (each referenced once in the body, or by NOTEREF again). */
  footnoteCount: number;
  warnings: string[];
}

// A4 with 2.54 cm margins; the text is 9,026 twips wide, which is 601 pixels at 96 to the inch.
const PAGE = { size: { width: 11906, height: 16838 }, margin: { top: 1440, right: 1440, bottom: 1440, left: 1440, header: 708, footer: 708 } };
const TEXT_WIDTH_PX = Math.floor(((PAGE.size.width - PAGE.margin.left - PAGE.margin.right) / 1440) * 96);

function chapterChildren(chapter: ModelChapter, context: BlockContext): FileChild[] {
  const { ids } = context;
  const out: FileChild[] = [new Paragraph({ style: ids.Heading1, pageBreakBefore: true, children: bookmarked(chapter.anchor, textRuns(oneLine(chapter.heading)), context) })];
  if (chapter.signature) {
    out.push(
      new Paragraph({
        style: ids.Normal,
        keepNext: true,
        spacing: { after: 360 },
        children: [...textRuns(oneLine(chapter.signature.name), { bold: true }), new TextRun({ break: 1 }), ...textRuns(oneLine(chapter.signature.role), { bold: true })],
      }),
    );
  }
  for (const block of chapter.blocks) out.push(...blockChildren(block, context));
  for (const section of chapter.sections) {
    out.push(new Paragraph({ style: ids.Heading2, children: bookmarked(section.anchor, textRuns(oneLine(section.title)), context) }));
    for (const block of section.blocks) out.push(...blockChildren(block, context));
  }
  return out;
}

function styleOptions(template: TemplateStyles | undefined): Pick<IPropertiesOptions, 'styles' | 'externalStyles'> {
  if (!template) {
    return {
      styles: {
        default: { document: { run: { font: HOUSE_FONT, size: 24, language: { value: 'en-GB' } } } },
        ...houseStyles(ALL_STYLE_IDS),
      },
    };
  }
  // The template's styles as they are; the house definition only for what it lacks.
  return { externalStyles: template.stylesXml, styles: houseStyles(template.missing, template.ids) };
}

export async function renderDocx(model: ReportModel, options: RenderOptions = {}): Promise<RenderedDocx> {
  const warnings: string[] = [];
  const ids = options.template?.ids ?? HOUSE_STYLE_IDS;
  const repeated = new Set([...footnoteReferenceCounts(model)].filter(([, n]) => n > 1).map(([number]) => number));
  const notes = new FootnoteReferences(repeated);
  const context: BlockContext = {
    ids,
    notes,
    bookmarks: contentsBookmarks(model),
    figures: options.figures ?? new Map(),
    warn: (message) => warnings.push(message),
    textWidthPx: TEXT_WIDTH_PX,
  };

  const opening = [...coverPage(model, context), ...committeePage(model, context)];
  const body: FileChild[] = [...contentsPage(model, context)];
  for (const chapter of model.chapters) body.push(...chapterChildren(chapter, context));

  const empty = () => new Footer({ children: [new Paragraph({ children: [] })] });
  const pageNumbers = new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: [PageNumber.CURRENT], size: 20 })] })] });
  const document = new Document({
    title: oneLine(model.title),
    subject: `Report of the ${oneLine(model.committeeName)}`,
    creator: oneLine(model.committeeName),
    lastModifiedBy: oneLine(model.committeeName),
    description: oneLine(model.committeeDescription),
    features: { updateFields: true },
    ...styleOptions(options.template),
    numbering: NUMBERING,
    footnotes: footnotesOption(model, notes.referenced, ids),
    sections: [
      { properties: { titlePage: true, page: PAGE }, footers: { first: empty(), default: empty() }, children: opening },
      { properties: { type: SectionType.NEXT_PAGE, page: PAGE }, footers: { default: pageNumbers }, children: body },
    ],
  });
  const bytes = await packDocx(document);
  return { bytes, footnoteCount: notes.referenced.size, warnings };
}

export type { FigureImage };
export { ALL_STYLE_IDS, HOUSE_STYLE_IDS };
