/** Block content: what the report's blocks may hold, what is refused, and what a paste becomes. */
import { describe, expect, it } from 'vitest';
import { blockBody, checkBlockContent, newBlockBody } from '../../shared/report/content';
import { markupList, markupParagraphs } from '../../shared/report/markup';
import { checkRichText, footnoteIdsIn, plainText, sanitiseRichText, type RichTextDoc } from '../../shared/report/rich-text';

/** What TipTap's getJSON() gives for a paragraph with bold, italic, a link, a line break and a footnote. */
const TIPTAP_DOC = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'The Met said it was ' },
        { type: 'text', text: 'transformed', marks: [{ type: 'bold' }, { type: 'italic' }] },
        { type: 'text', text: ' (see ' },
        { type: 'text', text: 'the dashboard', marks: [{ type: 'link', attrs: { href: 'https://data.london.gov.uk/', target: '_blank', rel: 'noopener noreferrer nofollow', class: null } }] },
        { type: 'text', text: ').' },
        { type: 'footnote', attrs: { footnoteId: 'fn-1' } },
        { type: 'hardBreak' },
        { type: 'text', text: 'Email us', marks: [{ type: 'link', attrs: { href: 'mailto:assembly.translations@london.gov.uk' } }] },
      ],
    },
    { type: 'paragraph' },
  ],
};

const paragraphWith = (inline: unknown) => ({ type: 'doc', content: [{ type: 'paragraph', content: [inline] }] });
const linkTo = (href: string) => paragraphWith({ type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href } }] });

describe('rich text', () => {
  it('accepts what TipTap writes for the allowed nodes and marks, unchanged', () => {
    expect(checkRichText(TIPTAP_DOC, 'paragraphs')).toEqual([]);
    const parsed = blockBody.parse({ kind: 'paragraph', content: TIPTAP_DOC });
    expect(parsed.content).toEqual(TIPTAP_DOC);
    expect(footnoteIdsIn(parsed.content as RichTextDoc)).toEqual(['fn-1']);
    expect(plainText(parsed.content as RichTextDoc)).toBe('The Met said it was transformed (see the dashboard).\nEmail us\n\n');
  });

  it('accepts a bullet list with a nested list in a list block, and nothing else there', () => {
    const list = {
      type: 'doc',
      content: [
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }, { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] }] },
          ],
        },
      ],
    };
    expect(checkRichText(list, 'list')).toEqual([]);
    expect(checkRichText(list, 'paragraphs')[0]!.message).toMatch(/paragraph block holds paragraphs only/);
    expect(checkRichText({ type: 'doc', content: [{ type: 'paragraph' }] }, 'list')[0]!.message).toMatch(/one bullet list and nothing else/);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(document.cookie)'],
    ['java\tscript:alert(1)'],
    ['data:text/html;base64,PHNjcmlwdD4='],
    ['file:///etc/passwd'],
    ['/relative/path'],
    ['vbscript:msgbox(1)'],
  ])('refuses a link to %j, saying which links are allowed', (href) => {
    const issues = checkRichText(linkTo(href), 'paragraphs');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('content.0.content.0.marks.0.attrs.href');
    expect(issues[0]!.message).toMatch(/links must be web addresses \(http:\/\/ or https:\/\/\) or email addresses \(mailto:\)/);
    const parsed = blockBody.safeParse({ kind: 'paragraph', content: linkTo(href) });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path).toEqual(['content', 'content', 0, 'content', 0, 'marks', 0, 'attrs', 'href']);
  });

  it.each([
    ['an image', paragraphWith({ type: 'image', attrs: { src: 'https://tracker.example/pixel.png' } }), /“image” is not allowed inside a paragraph/],
    ['a heading', { type: 'doc', content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Hi' }] }] }, /“heading” is not allowed in the report’s text/],
    ['a script-like node', { type: 'doc', content: [{ type: 'script', content: [] }] }, /“script” is not allowed/],
    ['an underline', paragraphWith({ type: 'text', text: 'x', marks: [{ type: 'underline' }] }), /formatting “underline” is not allowed/],
    ['a text style', paragraphWith({ type: 'text', text: 'x', marks: [{ type: 'textStyle', attrs: { color: 'red' } }] }), /formatting “textStyle” is not allowed/],
    ['an aligned paragraph', { type: 'doc', content: [{ type: 'paragraph', attrs: { textAlign: 'center' } }] }, /paragraph takes no settings/],
    ['a footnote with extra attributes', paragraphWith({ type: 'footnote', attrs: { footnoteId: 'f', onclick: 'x()' } }), /footnote cannot carry “onclick”/],
    ['a footnote without its id', paragraphWith({ type: 'footnote', attrs: {} }), /footnote must name its footnote/],
    ['an empty text node', paragraphWith({ type: 'text', text: '' }), /cannot be empty/],
    ['a link with an unknown attribute', paragraphWith({ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'https://a.example', onmouseover: 'x()' } }] }), /link cannot carry “onmouseover”/],
    ['something that is not a document', { type: 'paragraph' }, /must be a document/],
  ])('refuses %s with a clear message', (_what, doc, message) => {
    const issues = checkRichText(doc, 'paragraphs');
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.map((i) => i.message).join(' ')).toMatch(message);
    expect(blockBody.safeParse({ kind: 'paragraph', content: doc }).success).toBe(false);
  });
});

describe('block content', () => {
  it('accepts each kind’s fields and refuses unknown ones', () => {
    expect(checkBlockContent('quote', { quoteId: 'q1', footnoteId: null }).ok).toBe(true);
    expect(checkBlockContent('quote', { quoteId: 'q1', footnoteId: 'f1', attribution: 'John Hayward-Cripps, CEO, Neighbourhood Watch' }).ok).toBe(true);
    expect(checkBlockContent('recommendation', { recommendationId: 'r1' }).ok).toBe(true);
    expect(checkBlockContent('metric', { indicatorId: 'i1', from: '2021/22', to: '2023/24', style: 'from_to' }).ok).toBe(true);
    expect(checkBlockContent('chart', { figureId: 'f1' }).ok).toBe(true);
    expect(checkBlockContent('heading', { text: 'Preventative work to tackle VAWG', level: 3 }).ok).toBe(true);

    const extra = checkBlockContent('recommendation', { recommendationId: 'r1', number: 3 });
    expect(extra.ok).toBe(false);
    expect(checkBlockContent('quote', { quoteId: 'q1' }).ok).toBe(false); // a stored quote says whether it has a footnote
    expect(checkBlockContent('heading', { text: 'Chapter', level: 1 })).toEqual({ ok: false, messages: ['A heading inside a chapter is level 2, 3 or 4.'] });
    expect(checkBlockContent('metric', { indicatorId: 'i1', from: '2021/22', to: '2023/24', style: 'guess' }).ok).toBe(false);
    expect(checkBlockContent('poem', { text: 'x' })).toEqual({ ok: false, messages: ['Choose a kind of block: paragraph, list, quote, recommendation, metric, chart or heading.'] });
  });

  it('lets a new quote block come without its footnote (one is made), but not a stored one', () => {
    expect(newBlockBody.safeParse({ kind: 'quote', content: { quoteId: 'q1' } }).success).toBe(true);
    expect(blockBody.safeParse({ kind: 'quote', content: { quoteId: 'q1' } }).success).toBe(false);
    expect(newBlockBody.safeParse({ kind: 'quote', content: { quoteId: 'q1', speaker: 'x' } }).success).toBe(false);
  });
});

describe('pasted text', () => {
  it('keeps only what the house style allows', () => {
    const pasted = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Title', marks: [{ type: 'textStyle', attrs: { color: 'red' } }] }] },
        { type: 'image', attrs: { src: 'https://tracker.example/pixel.png' } },
        { type: 'paragraph', attrs: { textAlign: 'center' }, content: [{ type: 'text', text: 'Click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }, { type: 'strong' }] }, { type: 'text', text: ' here', marks: [{ type: 'link', attrs: { href: 'https://www.london.gov.uk', onclick: 'x' } }] }] },
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'first' }] }] }] },
      ],
    };
    const paragraphs = sanitiseRichText(pasted, 'paragraphs');
    expect(checkRichText(paragraphs, 'paragraphs')).toEqual([]);
    expect(paragraphs).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Title' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Click', marks: [{ type: 'bold' }] }, { type: 'text', text: ' here', marks: [{ type: 'link', attrs: { href: 'https://www.london.gov.uk/' } }] }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'first' }] },
      ],
    });
    const list = sanitiseRichText(pasted, 'list');
    expect(checkRichText(list, 'list')).toEqual([]);
    expect((list.content[0] as { content: unknown[] }).content).toHaveLength(3);
    expect(checkRichText(sanitiseRichText(null, 'paragraphs'), 'paragraphs')).toEqual([]);
  });
});

describe('the notation the sample is written in', () => {
  it('makes footnotes, links, bold, italic and line breaks', () => {
    const doc = markupParagraphs(['*“We need”* **more**.[^12] See [the site](https://www.london.gov.uk).\nNext'], (n) => `footnote-${n}`);
    expect(checkRichText(doc, 'paragraphs')).toEqual([]);
    expect(doc.content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: '“We need”', marks: [{ type: 'italic' }] },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'more', marks: [{ type: 'bold' }] },
        { type: 'text', text: '.' },
        { type: 'footnote', attrs: { footnoteId: 'footnote-12' } },
        { type: 'text', text: ' See ' },
        { type: 'text', text: 'the site', marks: [{ type: 'link', attrs: { href: 'https://www.london.gov.uk' } }] },
        { type: 'text', text: '.' },
        { type: 'hardBreak' },
        { type: 'text', text: 'Next' },
      ],
    });
    expect(checkRichText(markupList(['a', 'b[^3]'], String), 'list')).toEqual([]);
    expect(() => markupParagraphs(['*unclosed'], String)).toThrow(/Unbalanced/);
    // Square brackets that are not a link or a footnote are words ("[...]", "[the priorities]").
    expect(plainText(markupParagraphs(['in the London context [...there is a] link'], String))).toBe('in the London context [...there is a] link');
  });
});
