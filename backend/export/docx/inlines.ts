/**
 * The model's inlines (text with bold, italic and links; line breaks; footnote references) as
 * Word runs.
 *
 * - Text gets only the properties it needs beyond its paragraph's style (bold, italic, and a font
 *   and language for text in another script: ./scripts.ts), so a template's fonts still apply.
 * - Links are only ever http(s) or mailto (checked again here), styled Hyperlink.
 * - A footnote reference is a real Word footnote reference (Word numbers it). The model numbers a
 *   footnote referenced twice once; Word cannot point two references at one footnote, so the
 *   second is a NOTEREF field to a bookmark on the first, which Word keeps in step when it
 *   renumbers.
 */
import { Bookmark, ExternalHyperlink, FootnoteReferenceRun, SimpleField, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import { safeHref } from '../../../shared/format/footnotes';
import type { Inline } from '../../../shared/report/model';
import { scriptOf } from './scripts';
import type { StyleIds } from './styles';
import { cleanText, textLines } from './text';

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  style?: string;
}

/** Run options for a piece of text: the script's font and language, right-to-left where it is. */
export function textRunOptions(text: string, style: RunStyle = {}): IRunOptions {
  const script = scriptOf(text);
  const font: { cs?: string; eastAsia?: string; hint?: string } = {};
  if (script.cs) {
    font.cs = script.cs;
    font.hint = 'cs';
  }
  if (script.eastAsia) {
    font.eastAsia = script.eastAsia;
    if (!script.cs) font.hint = 'eastAsia';
  }
  const language = script.csLanguage || script.eastAsiaLanguage ? { ...(script.csLanguage ? { bidirectional: script.csLanguage } : {}), ...(script.eastAsiaLanguage ? { eastAsia: script.eastAsiaLanguage } : {}) } : undefined;
  return {
    text,
    ...(style.style ? { style: style.style } : {}),
    ...(style.bold ? { bold: true, boldComplexScript: true } : {}),
    ...(style.italics ? { italics: true, italicsComplexScript: true } : {}),
    ...(font.cs || font.eastAsia ? { font } : {}),
    ...(language ? { language } : {}),
    ...(script.rightToLeft ? { rightToLeft: true } : {}),
  };
}

/** Text as runs, each line break in it a Word line break. */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  return textLines(text).flatMap((line, i) => {
    const runs: TextRun[] = [];
    if (i > 0) runs.push(new TextRun({ break: 1 }));
    if (line !== '') runs.push(new TextRun(textRunOptions(line, style)));
    return runs;
  });
}

/** A link's words as a Word hyperlink, or plain words when the address is not one we print. */
export function linkRuns(text: string, href: string | null | undefined, ids: StyleIds, style: RunStyle = {}): ParagraphChild[] {
  const safe = safeHref(href);
  if (!safe) return textRuns(text, style);
  return [new ExternalHyperlink({ link: safe, children: textRuns(text, { ...style, style: ids.Hyperlink }) })];
}

/**
 * Places footnote references. Numbers referenced more than once (counted beforehand) get a
 * bookmark on their first reference, for the later ones' NOTEREF fields.
 */
export class FootnoteReferences {
  private readonly seen = new Set<number>();

  constructor(private readonly repeated: ReadonlySet<number>) {}

  /** The numbers referenced so far: only their footnotes are written. */
  get referenced(): ReadonlySet<number> {
    return this.seen;
  }

  reference(number: number): ParagraphChild {
    const bookmark = `_RefFootnote${number}`;
    if (!this.seen.has(number)) {
      this.seen.add(number);
      const run = new FootnoteReferenceRun(number);
      return this.repeated.has(number) ? new Bookmark({ id: bookmark, children: [run] }) : run;
    }
    // \f: formatted as a footnote reference mark (Word applies it when it updates the field, which
    // it does on opening); \h: a link to the footnote.
    return new SimpleField(`NOTEREF ${bookmark} \\f \\h`, String(number));
  }
}

export function inlineRuns(inlines: readonly Inline[], ids: StyleIds, notes: FootnoteReferences, base: RunStyle = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const inline of inlines) {
    if (inline.type === 'break') out.push(new TextRun({ break: 1 }));
    else if (inline.type === 'footnote') out.push(notes.reference(inline.number));
    else {
      const style: RunStyle = { ...base, bold: base.bold || inline.bold, italics: base.italics || inline.italic };
      out.push(...(inline.href ? linkRuns(inline.text, inline.href, ids, style) : textRuns(inline.text, style)));
    }
  }
  return out;
}

/** The plain text of inlines (for deciding a paragraph's direction). */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((i) => (i.type === 'text' ? cleanText(i.text) : ' ')).join('');
}
