/**
 * The pages before the report's text: the cover (title and committee), the committee's page with
 * "Contact us", and the Contents.
 *
 * The Contents is a real Word table of contents (a TOC field over Heading 1–2 and paragraphs with
 * outline level 1–2, linked to the headings), written already filled in with the model's contents
 * entries, so it is right before Word updates it; the document asks Word to update its fields on
 * opening (page numbers included).
 */
import { BorderStyle, LeaderType, Paragraph, TableOfContents, TextRun } from 'docx';
import type { ReportModel } from '../../../shared/report/model';
import { bookmarked, type BlockContext } from './blocks';
import { linkRuns, textRuns } from './inlines';
import { COLOURS } from './styles';
import { oneLine } from './text';

/** Word-style bookmark names for the contents' anchors: "_Toc000001"… (hidden in Word's bookmark list). */
export function contentsBookmarks(model: ReportModel): Map<string, string> {
  return new Map(model.contents.map((entry, i) => [entry.anchor, `_Toc${String(i + 1).padStart(6, '0')}`]));
}

export function coverPage(model: ReportModel, context: BlockContext): Paragraph[] {
  const { ids } = context;
  return [
    // Outline level 1 on the paragraph itself, so the Contents lists the title whatever a template's Title style says.
    // A thick rule above the title: the cover's only ornament, kept out of the Title style so a
    // template's Title is not given it.
    new Paragraph({
      style: ids.Title,
      outlineLevel: 0,
      border: { top: { style: BorderStyle.SINGLE, size: 48, color: COLOURS.accent, space: 24 } },
      children: bookmarked('cover', textRuns(oneLine(model.title)), context),
    }),
    new Paragraph({ style: ids.Subtitle, children: textRuns(oneLine(model.coverLine)) }),
  ];
}

export function committeePage(model: ReportModel, context: BlockContext): Paragraph[] {
  const { ids } = context;
  const out: Paragraph[] = [];
  const body = oneLine(model.body);
  if (body) out.push(new Paragraph({ style: ids.Normal, pageBreakBefore: true, children: [new TextRun({ text: body.toUpperCase(), bold: true, color: COLOURS.accent, size: 28 })] }));
  out.push(new Paragraph({ style: ids.Heading1, pageBreakBefore: body ? undefined : true, children: bookmarked('committee', textRuns(oneLine(model.coverLine)), context) }));
  if (model.committeeDescription.trim()) out.push(new Paragraph({ style: ids.Normal, children: textRuns(oneLine(model.committeeDescription)) }));
  out.push(new Paragraph({ style: ids.Heading2, children: bookmarked('contact-us', textRuns('Contact us'), context) }));
  for (const contact of model.contactUs) {
    const email = contact.email?.trim();
    out.push(
      new Paragraph({
        style: ids.Normal,
        keepLines: true,
        children: [
          ...textRuns(oneLine(contact.name), { bold: true }),
          ...(contact.jobTitle.trim() ? [new TextRun({ break: 1 }), ...textRuns(oneLine(contact.jobTitle))] : []),
          ...(email ? [new TextRun({ break: 1 }), ...linkRuns(email, `mailto:${email}`, ids)] : []),
        ],
      }),
    );
  }
  return out;
}

export function contentsPage(model: ReportModel, context: BlockContext): (Paragraph | TableOfContents)[] {
  const { ids } = context;
  return [
    new Paragraph({ style: ids.Heading1, children: bookmarked('contents', textRuns('Contents'), context) }),
    new TableOfContents('Contents', {
      hyperlink: true,
      headingStyleRange: '1-2',
      useAppliedParagraphOutlineLevel: true,
      tabLeader: LeaderType.DOT,
      cachedEntries: model.contents.map((entry) => ({ title: oneLine(entry.text), level: entry.level, href: context.bookmarks.get(entry.anchor) })),
    }),
  ];
}

