/**
 * A small notation for writing report text as data (the sample report, tests), turned into the
 * rich-text documents blocks store:
 *
 *   **bold**   *italic*   [words](https://example.org)   [^12] a footnote   "\n" a line break
 *
 * The footnote's number is whatever the caller's `footnote` resolver understands (the sample uses
 * the seed's numbers and resolves them to the register's footnotes). Unbalanced markers throw:
 * this is for text the code base owns, not for what people type.
 */
import type { InlineNode, Mark, ParagraphNode, RichTextDoc } from './rich-text';

export type FootnoteResolver = (reference: string) => string;

export function markupInlines(markup: string, footnote: FootnoteResolver): InlineNode[] {
  const out: InlineNode[] = [];
  let bold = false;
  let italic = false;
  let buffer = '';
  const marks = (href?: string): Mark[] | undefined => {
    const list: Mark[] = [];
    if (bold) list.push({ type: 'bold' });
    if (italic) list.push({ type: 'italic' });
    if (href) list.push({ type: 'link', attrs: { href } });
    return list.length > 0 ? list : undefined;
  };
  const pushText = (text: string, href?: string) => {
    if (text === '') return;
    const m = marks(href);
    out.push(m ? { type: 'text', text, marks: m } : { type: 'text', text });
  };
  const flush = () => {
    pushText(buffer);
    buffer = '';
  };

  for (let i = 0; i < markup.length; ) {
    const rest = markup.slice(i);
    const note = /^\[\^([^\]\s]+)\]/.exec(rest);
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)/.exec(rest);
    if (note) {
      flush();
      out.push({ type: 'footnote', attrs: { footnoteId: footnote(note[1]!) } });
      i += note[0].length;
    } else if (link) {
      flush();
      pushText(link[1]!, link[2]!);
      i += link[0].length;
    } else if (rest.startsWith('**')) {
      flush();
      bold = !bold;
      i += 2;
    } else if (rest[0] === '*') {
      flush();
      italic = !italic;
      i += 1;
    } else if (rest[0] === '\n') {
      flush();
      out.push({ type: 'hardBreak' });
      i += 1;
    } else {
      buffer += rest[0];
      i += 1;
    }
  }
  flush();
  if (bold || italic) throw new Error(`Unbalanced ${bold ? '**' : '*'} in: ${markup.slice(0, 80)}`);
  return out;
}

export function markupParagraph(markup: string, footnote: FootnoteResolver): ParagraphNode {
  const content = markupInlines(markup, footnote);
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

/** One paragraph per string. */
export function markupParagraphs(paragraphs: readonly string[], footnote: FootnoteResolver): RichTextDoc {
  return { type: 'doc', content: paragraphs.map((p) => markupParagraph(p, footnote)) };
}

/** One bullet list, one item per string. */
export function markupList(items: readonly string[], footnote: FootnoteResolver): RichTextDoc {
  return { type: 'doc', content: [{ type: 'bulletList', content: items.map((item) => ({ type: 'listItem', content: [markupParagraph(item, footnote)] })) }] };
}
