/**
 * A stored rich-text document (TipTap JSON) as the report model prints it: footnote nodes become
 * their numbers, links only http(s) or mailto, and a reservation's footnote is put straight after
 * the words it qualifies. Numbers are taken in reading order, so this must be called in document
 * order.
 */
import { safeHref } from '../../shared/format/footnotes';
import type { Inline, RichNode } from '../../shared/report/model';
import type { BlockNode, InlineNode, ListItemNode, ParagraphNode, RichTextDoc } from '../../shared/report/rich-text';

/** A reservation to print after `anchorText` (or at the end of the block when it is not found). */
export interface Insertion {
  anchorText: string | null;
  print: () => number;
}

export interface RichTextHooks {
  /** The number for a footnote node, or null when the footnote no longer exists. */
  footnote(footnoteId: string): number | null;
}

type Work = InlineNode | { type: 'insertion'; insertion: Insertion };

function comparable(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}

/** Splits the paragraph's text so an insertion sits right after the anchor's last character. */
function placeAfter(inlines: Work[], anchor: string, insertion: Insertion): Work[] | null {
  const textOf = (node: Work) => (node.type === 'text' ? node.text : node.type === 'hardBreak' ? '\n' : '');
  const whole = comparable(inlines.map(textOf).join(''));
  const at = whole.indexOf(comparable(anchor));
  if (at < 0 || anchor === '') return null;
  const end = at + anchor.length;
  let offset = 0;
  for (const [index, node] of inlines.entries()) {
    const length = textOf(node).length;
    if (offset + length >= end && node.type === 'text') {
      const cut = end - offset;
      const head: Work = { ...node, text: node.text.slice(0, cut) };
      const tail: Work[] = cut < node.text.length ? [{ ...node, text: node.text.slice(cut) }] : [];
      return [...inlines.slice(0, index), head, { type: 'insertion', insertion }, ...tail, ...inlines.slice(index + 1)];
    }
    offset += length;
  }
  return null;
}

/** The paragraphs of a document in reading order (list items' paragraphs included). */
function paragraphsOf(nodes: readonly (BlockNode | ListItemNode)[], out: ParagraphNode[] = []): ParagraphNode[] {
  for (const node of nodes) {
    if (node.type === 'paragraph') out.push(node);
    else paragraphsOf(node.content, out);
  }
  return out;
}

/**
 * Where each insertion goes: after its anchor in the first paragraph that has it, otherwise at the
 * end of the last paragraph. Returns the work list per paragraph and the insertions not anchored.
 */
function planInsertions(doc: RichTextDoc, insertions: readonly Insertion[]): { work: Map<ParagraphNode, Work[]>; unanchored: Insertion[] } {
  const paragraphs = paragraphsOf(doc.content);
  const work = new Map<ParagraphNode, Work[]>(paragraphs.map((p) => [p, [...(p.content ?? [])]]));
  const unanchored: Insertion[] = [];
  for (const insertion of insertions) {
    let placed = false;
    if (insertion.anchorText) {
      for (const paragraph of paragraphs) {
        const next = placeAfter(work.get(paragraph)!, insertion.anchorText, insertion);
        if (next) {
          work.set(paragraph, next);
          placed = true;
          break;
        }
      }
    }
    if (!placed) {
      unanchored.push(insertion);
      const last = paragraphs[paragraphs.length - 1];
      if (last) work.get(last)!.push({ type: 'insertion', insertion });
    }
  }
  return { work, unanchored };
}

function toInlines(nodes: readonly Work[], hooks: RichTextHooks): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    if (node.type === 'hardBreak') out.push({ type: 'break' });
    else if (node.type === 'footnote') {
      const number = hooks.footnote(node.attrs.footnoteId);
      if (number !== null) out.push({ type: 'footnote', number });
    } else if (node.type === 'insertion') out.push({ type: 'footnote', number: node.insertion.print() });
    else {
      const inline: Extract<Inline, { type: 'text' }> = { type: 'text', text: node.text };
      for (const mark of node.marks ?? []) {
        if (mark.type === 'bold') inline.bold = true;
        else if (mark.type === 'italic') inline.italic = true;
        else {
          const href = safeHref(mark.attrs.href);
          if (href) inline.href = href;
        }
      }
      out.push(inline);
    }
  }
  return out;
}

/**
 * The document as model nodes, numbering its footnotes (and the insertions') in reading order.
 * Returns the insertions whose words were not found (printed at the end of the block instead).
 */
export function richTextToModel(doc: RichTextDoc, hooks: RichTextHooks, insertions: readonly Insertion[] = []): { content: RichNode[]; unanchored: Insertion[] } {
  const { work, unanchored } = planInsertions(doc, insertions);
  const convert = (node: BlockNode): RichNode =>
    node.type === 'paragraph'
      ? { type: 'paragraph', inlines: toInlines(work.get(node) ?? node.content ?? [], hooks) }
      : { type: 'bulletList', items: node.content.map((item) => item.content.map(convert)) };
  return { content: doc.content.map(convert), unanchored };
}

/** Plain text runs as inlines (recommendation parts), with footnotes appended. */
export function plainInlines(text: string, footnotes: readonly number[]): Inline[] {
  return [{ type: 'text', text }, ...footnotes.map((number): Inline => ({ type: 'footnote', number }))];
}
