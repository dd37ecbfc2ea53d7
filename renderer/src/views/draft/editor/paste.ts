/**
 * What a paste becomes. The editor's own schema already drops what it has no node for (scripts,
 * styles, images); then every paste goes through the report's sanitiser
 * (shared/report/rich-text.ts, the same rules the store enforces), which keeps only bold, italic,
 * links to http(s) or mailto, line breaks, footnotes and — in a list block — bullet lists, and
 * gives the pasted text the block's shape (a paragraph block never receives a list).
 */
import { Fragment, Slice, type Schema } from '@tiptap/pm/model';
import { safeHref } from '../../../../../shared/format/footnotes';
import { sanitiseRichText, type RichTextShape } from '../../../../../shared/report/rich-text';

/** Elements whose content is not text to keep: removed with everything in them. */
const DROPPED = 'script, style, link, meta, title, base, template, noscript, img, picture, source, video, audio, track, iframe, frame, frameset, object, embed, applet, svg, math, canvas, map, area, form, input, button, select, textarea, option';

/**
 * Event-handler attributes (onclick=…, onerror=…) taken out of the tags' text before anything
 * parses it: the browser checks a handler against the page's security policy as soon as it parses
 * one, even in an inert document, and reports each as a violation. A handler this misses is still
 * removed below and could never run (the policy forbids inline script).
 */
function withoutHandlers(html: string): string {
  return html.replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, ''));
}

export function cleanPastedHtml(html: string): string {
  // A DOMParser document has no browsing context: nothing in it runs or loads.
  const doc = new DOMParser().parseFromString(withoutHandlers(html), 'text/html');
  doc.querySelectorAll(DROPPED).forEach((element) => element.remove());
  doc.body.querySelectorAll('*').forEach((element) => {
    for (const name of element.getAttributeNames()) {
      const keep = name === 'href' && element.localName === 'a' && safeHref(element.getAttribute('href')) !== null;
      // A footnote copied within the workbench keeps the id that makes it one.
      if (!keep && !(name === 'data-footnote-id' && element.localName === 'sup')) element.removeAttribute(name);
    }
  });
  return doc.body.innerHTML;
}

export function sanitisedSlice(slice: Slice, schema: Schema, shape: RichTextShape): Slice {
  const pasted = { type: 'doc', content: (slice.content.toJSON() as unknown[] | null) ?? [] };
  const clean = sanitiseRichText(pasted, shape);
  // In a list, the pasted items join the list the cursor is in rather than nesting a new one.
  const top = shape === 'list' && clean.content[0]?.type === 'bulletList' ? clean.content[0].content : clean.content;
  const fragment = Fragment.fromJSON(schema, top);
  return Slice.maxOpen(fragment);
}
