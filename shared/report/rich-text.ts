/**
 * The report's rich text: the TipTap/ProseMirror JSON a paragraph or list block stores, limited to
 * what the house style allows. The editor reads and writes this shape unchanged, so the nodes and
 * marks are TipTap's own names; anything else is refused by `checkRichText` (what the store and
 * the API accept) or dropped by `sanitiseRichText` (what a paste from Word or a web page becomes).
 *
 *   doc → paragraph | bulletList
 *   bulletList → listItem+;  listItem → paragraph (paragraph | bulletList)*
 *   paragraph → (text | hardBreak | footnote)*
 *   marks on text: bold, italic, link (href http(s) or mailto only)
 *   footnote: an inline atom, attrs { footnoteId }
 *
 * Pure, no zod: the preview in the renderer uses the walkers here too.
 */
import { safeHref } from '../format/footnotes';

export interface LinkAttrs {
  href: string;
  /** What TipTap's link extension writes beside the address; the renderer ignores them. */
  target?: string | null;
  rel?: string | null;
  class?: string | null;
  title?: string | null;
}

export type Mark = { type: 'bold' } | { type: 'italic' } | { type: 'link'; attrs: LinkAttrs };
export interface TextNode {
  type: 'text';
  text: string;
  marks?: Mark[];
}
export interface HardBreakNode {
  type: 'hardBreak';
}
export interface FootnoteNode {
  type: 'footnote';
  attrs: { footnoteId: string };
}
export type InlineNode = TextNode | HardBreakNode | FootnoteNode;
export interface ParagraphNode {
  type: 'paragraph';
  content?: InlineNode[];
}
export interface ListItemNode {
  type: 'listItem';
  content: (ParagraphNode | BulletListNode)[];
}
export interface BulletListNode {
  type: 'bulletList';
  content: ListItemNode[];
}
export type BlockNode = ParagraphNode | BulletListNode;
export interface RichTextDoc {
  type: 'doc';
  content: BlockNode[];
}

/** `paragraphs`: one or more paragraphs (a paragraph block). `list`: one bullet list (a list block). */
export type RichTextShape = 'paragraphs' | 'list';

export interface RichTextIssue {
  /** Where in the document: "content.2.content.0.marks.1". */
  path: string;
  message: string;
}

const LINK_ATTRS = new Set(['href', 'target', 'rel', 'class', 'title']);
const MAX_ID = 64;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeType(value: unknown): string {
  return isObject(value) && typeof value.type === 'string' ? `“${value.type}”` : 'something that is not a node';
}

/** Refuses keys a node of this type may not carry (an `attrs` of `{}` is what TipTap writes for none). */
function extraKeys(node: Record<string, unknown>, allowed: readonly string[]): string[] {
  return Object.keys(node).filter((key) => !allowed.includes(key) && !(key === 'attrs' && isObject(node.attrs) && Object.keys(node.attrs).length === 0));
}

/** Checks a stored or submitted document; returns every problem, each with where it is. */
export function checkRichText(value: unknown, shape: RichTextShape): RichTextIssue[] {
  const issues: RichTextIssue[] = [];
  const fail = (path: string, message: string) => issues.push({ path, message });

  const checkMarks = (marks: unknown, path: string) => {
    if (marks === undefined) return;
    if (!Array.isArray(marks)) return fail(path, 'Text formatting must be a list of marks.');
    marks.forEach((mark, index) => {
      const at = `${path}.${index}`;
      if (!isObject(mark)) return fail(at, 'A text mark must be an object.');
      if (mark.type === 'bold' || mark.type === 'italic') {
        if (extraKeys(mark, ['type']).length > 0) fail(at, `Bold and italic take no settings.`);
        return;
      }
      if (mark.type !== 'link') return fail(at, `The formatting ${describeType(mark)} is not allowed in the report: only bold, italic and links.`);
      const attrs = mark.attrs;
      if (extraKeys(mark, ['type', 'attrs']).length > 0 || !isObject(attrs)) return fail(at, 'A link must have an address.');
      const unknown = Object.keys(attrs).filter((key) => !LINK_ATTRS.has(key));
      if (unknown.length > 0) fail(at, `A link cannot carry “${unknown.join('”, “')}”.`);
      for (const key of ['target', 'rel', 'class', 'title']) {
        if (attrs[key] !== undefined && attrs[key] !== null && typeof attrs[key] !== 'string') fail(at, `A link’s “${key}” must be text.`);
      }
      if (typeof attrs.href !== 'string' || safeHref(attrs.href) === null) {
        const shown = typeof attrs.href === 'string' ? `“${attrs.href.slice(0, 80)}” is` : 'That is';
        fail(`${at}.attrs.href`, `${shown} not a link the report can print: links must be web addresses (http:// or https://) or email addresses (mailto:).`);
      }
    });
  };

  const checkInline = (node: unknown, path: string) => {
    if (!isObject(node)) return fail(path, 'Each piece of a paragraph must be a node.');
    switch (node.type) {
      case 'text':
        if (extraKeys(node, ['type', 'text', 'marks']).length > 0) fail(path, 'Text carries only its words and formatting.');
        if (typeof node.text !== 'string' || node.text === '') fail(path, 'A piece of text cannot be empty.');
        checkMarks(node.marks, `${path}.marks`);
        return;
      case 'hardBreak':
        if (extraKeys(node, ['type', 'marks']).length > 0) fail(path, 'A line break takes no settings.');
        checkMarks(node.marks, `${path}.marks`);
        return;
      case 'footnote': {
        const attrs = node.attrs;
        if (extraKeys(node, ['type', 'attrs']).length > 0 || !isObject(attrs)) return fail(path, 'A footnote must name its footnote.');
        const unknown = Object.keys(attrs).filter((key) => key !== 'footnoteId');
        if (unknown.length > 0) fail(path, `A footnote cannot carry “${unknown.join('”, “')}”.`);
        if (typeof attrs.footnoteId !== 'string' || attrs.footnoteId.trim() === '' || attrs.footnoteId.length > MAX_ID) fail(`${path}.attrs.footnoteId`, 'A footnote must name its footnote.');
        return;
      }
      default:
        fail(path, `${describeType(node)} is not allowed inside a paragraph: only text, line breaks and footnotes.`);
    }
  };

  const checkParagraph = (node: Record<string, unknown>, path: string) => {
    if (extraKeys(node, ['type', 'content']).length > 0) fail(path, 'A paragraph takes no settings (no alignment, styles or classes).');
    if (node.content === undefined) return;
    if (!Array.isArray(node.content)) return fail(path, 'A paragraph’s content must be a list.');
    node.content.forEach((child, index) => checkInline(child, `${path}.content.${index}`));
  };

  const checkList = (node: Record<string, unknown>, path: string) => {
    if (extraKeys(node, ['type', 'content']).length > 0) fail(path, 'A bullet list takes no settings.');
    if (!Array.isArray(node.content) || node.content.length === 0) return fail(path, 'A bullet list needs at least one item.');
    node.content.forEach((item, index) => {
      const at = `${path}.content.${index}`;
      if (!isObject(item) || item.type !== 'listItem') return fail(at, `${describeType(item)} is not allowed in a bullet list: only list items.`);
      if (extraKeys(item, ['type', 'content']).length > 0) fail(at, 'A list item takes no settings.');
      if (!Array.isArray(item.content) || item.content.length === 0) return fail(at, 'A list item needs a paragraph.');
      item.content.forEach((child, childIndex) => {
        const childPath = `${at}.content.${childIndex}`;
        if (isObject(child) && child.type === 'paragraph') checkParagraph(child, childPath);
        else if (isObject(child) && child.type === 'bulletList' && childIndex > 0) checkList(child, childPath);
        else fail(childPath, `${describeType(child)} is not allowed in a list item: it starts with a paragraph, then paragraphs or a nested list.`);
      });
    });
  };

  if (!isObject(value) || value.type !== 'doc') {
    fail('', 'The text must be a document ({ type: "doc", content: [...] }).');
    return issues;
  }
  if (extraKeys(value, ['type', 'content']).length > 0) fail('', 'A document takes no settings.');
  if (!Array.isArray(value.content) || value.content.length === 0) {
    fail('content', shape === 'list' ? 'A list block needs a bullet list.' : 'A paragraph block needs at least one paragraph.');
    return issues;
  }
  if (shape === 'list' && (value.content.length !== 1 || !isObject(value.content[0]) || value.content[0].type !== 'bulletList')) {
    fail('content', 'A list block holds one bullet list and nothing else.');
    return issues;
  }
  value.content.forEach((node, index) => {
    const path = `content.${index}`;
    if (isObject(node) && node.type === 'paragraph') checkParagraph(node, path);
    else if (isObject(node) && node.type === 'bulletList' && shape === 'list') checkList(node, path);
    else if (isObject(node) && node.type === 'bulletList') fail(path, 'A paragraph block holds paragraphs only: put a bullet list in a list block.');
    else fail(path, `${describeType(node)} is not allowed in the report’s text: only paragraphs${shape === 'list' ? ' and bullet lists' : ''}.`);
  });
  return issues;
}

// ---- Sanitising (pasted text) ------------------------------------------------------------

function sanitiseMarks(marks: unknown): Mark[] | undefined {
  if (!Array.isArray(marks)) return undefined;
  const kept: Mark[] = [];
  for (const mark of marks) {
    if (!isObject(mark)) continue;
    if ((mark.type === 'bold' || mark.type === 'strong') && !kept.some((m) => m.type === 'bold')) kept.push({ type: 'bold' });
    else if ((mark.type === 'italic' || mark.type === 'em') && !kept.some((m) => m.type === 'italic')) kept.push({ type: 'italic' });
    else if (mark.type === 'link' && isObject(mark.attrs) && typeof mark.attrs.href === 'string' && !kept.some((m) => m.type === 'link')) {
      const href = safeHref(mark.attrs.href);
      if (href) kept.push({ type: 'link', attrs: { href } });
    }
  }
  return kept.length > 0 ? kept : undefined;
}

/** The inline content of any node, flattened: unknown wrappers give up their text, images vanish. */
function sanitiseInlines(nodes: unknown): InlineNode[] {
  if (!Array.isArray(nodes)) return [];
  const out: InlineNode[] = [];
  for (const node of nodes) {
    if (!isObject(node)) continue;
    if (node.type === 'text' && typeof node.text === 'string' && node.text !== '') {
      const marks = sanitiseMarks(node.marks);
      out.push(marks ? { type: 'text', text: node.text, marks } : { type: 'text', text: node.text });
    } else if (node.type === 'hardBreak') out.push({ type: 'hardBreak' });
    else if (node.type === 'footnote' && isObject(node.attrs) && typeof node.attrs.footnoteId === 'string' && node.attrs.footnoteId.trim() !== '') {
      out.push({ type: 'footnote', attrs: { footnoteId: node.attrs.footnoteId.slice(0, MAX_ID) } });
    } else out.push(...sanitiseInlines(node.content));
  }
  return out;
}

const LIST_TYPES = new Set(['bulletList', 'orderedList', 'taskList']);
const ITEM_TYPES = new Set(['listItem', 'taskItem']);

function sanitiseBlocks(nodes: unknown, inList: boolean): BlockNode[] {
  if (!Array.isArray(nodes)) return [];
  const out: BlockNode[] = [];
  for (const node of nodes) {
    if (!isObject(node) || typeof node.type !== 'string') continue;
    if (LIST_TYPES.has(node.type)) {
      const items: ListItemNode[] = [];
      for (const item of Array.isArray(node.content) ? node.content : []) {
        if (!isObject(item)) continue;
        const content = ITEM_TYPES.has(String(item.type)) ? sanitiseBlocks(item.content, true) : sanitiseBlocks([item], true);
        if (content.length === 0) continue;
        if (content[0]!.type !== 'paragraph') content.unshift({ type: 'paragraph' });
        items.push({ type: 'listItem', content });
      }
      if (items.length > 0) out.push({ type: 'bulletList', content: items });
    } else if (node.type === 'text' || node.type === 'hardBreak' || node.type === 'footnote') {
      const inlines = sanitiseInlines([node]);
      const last = out[out.length - 1];
      if (last?.type === 'paragraph') last.content = [...(last.content ?? []), ...inlines];
      else out.push({ type: 'paragraph', content: inlines });
    } else if (Array.isArray(node.content) && node.content.some((child) => isObject(child) && (LIST_TYPES.has(String(child.type)) || child.type === 'paragraph' || child.type === 'heading' || child.type === 'blockquote'))) {
      out.push(...sanitiseBlocks(node.content, inList));
    } else {
      const inlines = sanitiseInlines(node.content);
      if (inlines.length > 0 || node.type === 'paragraph') out.push(inlines.length > 0 ? { type: 'paragraph', content: inlines } : { type: 'paragraph' });
    }
  }
  return out;
}

/**
 * What a pasted document becomes: only the allowed nodes and marks, links only to http(s) and
 * mailto, text of unknown wrappers (headings, tables, block quotes) kept as paragraphs, images and
 * other embeds dropped, numbered lists as bullet lists. The result always passes `checkRichText`
 * for `shape` (an empty paste becomes one empty paragraph, or a list with one empty item).
 */
export function sanitiseRichText(value: unknown, shape: RichTextShape): RichTextDoc {
  const blocks = sanitiseBlocks(isObject(value) ? (value.type === 'doc' ? value.content : [value]) : [], false);
  if (shape === 'paragraphs') {
    const paragraphs: ParagraphNode[] = [];
    const flatten = (nodes: BlockNode[]) => {
      for (const node of nodes) {
        if (node.type === 'paragraph') paragraphs.push(node);
        else for (const item of node.content) flatten(item.content);
      }
    };
    flatten(blocks);
    return { type: 'doc', content: paragraphs.length > 0 ? paragraphs : [{ type: 'paragraph' }] };
  }
  const items: ListItemNode[] = [];
  for (const node of blocks) {
    if (node.type === 'bulletList') items.push(...node.content);
    else items.push({ type: 'listItem', content: [node] });
  }
  return { type: 'doc', content: [{ type: 'bulletList', content: items.length > 0 ? items : [{ type: 'listItem', content: [{ type: 'paragraph' }] }] }] };
}

// ---- Reading ----------------------------------------------------------------------------

/** Every footnote node's id, in document order. */
export function footnoteIdsIn(doc: RichTextDoc): string[] {
  const ids: string[] = [];
  const walk = (nodes: readonly (BlockNode | ListItemNode)[]) => {
    for (const node of nodes) {
      if (node.type === 'paragraph') {
        for (const inline of node.content ?? []) if (inline.type === 'footnote') ids.push(inline.attrs.footnoteId);
      } else walk(node.content);
    }
  };
  walk(doc.content);
  return ids;
}

/** The words, paragraphs and list items separated by blank lines, footnotes left out. */
export function plainText(doc: RichTextDoc): string {
  const parts: string[] = [];
  const walk = (nodes: readonly (BlockNode | ListItemNode)[]) => {
    for (const node of nodes) {
      if (node.type === 'paragraph') parts.push((node.content ?? []).map((inline) => (inline.type === 'text' ? inline.text : inline.type === 'hardBreak' ? '\n' : '')).join(''));
      else walk(node.content);
    }
  };
  walk(doc.content);
  return parts.join('\n\n');
}
