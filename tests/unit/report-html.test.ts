/** The HTML preview: structure, click-through ids, footnote links, escaping and safe links. */
import { describe, expect, it } from 'vitest';
import type { ModelFootnote, ReportModel } from '../../shared/report/model';
import { escapeHtml, renderReportHtml, renderReportPage } from '../../shared/report/render-html';

const footnote = (number: number, chapterId: string, text: string, extra: Partial<ModelFootnote> = {}): ModelFootnote => ({
  number,
  footnoteId: `f${number}`,
  objectionId: null,
  origin: 'text',
  runs: [{ text }],
  text,
  chapterId,
  blockId: null,
  ...extra,
});

function model(): ReportModel {
  const occurrence = (number: number, dissentFootnote: number) => ({
    recommendationId: 'r1',
    number,
    heading: `Recommendation ${number}`,
    parts: [
      { partId: 'p1', kind: 'paragraph' as const, inlines: [{ type: 'text' as const, text: 'MOPAC should:' }] },
      { partId: 'p2', kind: 'bullet' as const, inlines: [{ type: 'text' as const, text: 'support the tactic' }, { type: 'footnote' as const, number: dissentFootnote }] },
      { partId: 'p3', kind: 'bullet' as const, inlines: [{ type: 'text' as const, text: 'monitor it' }] },
    ],
  });
  return {
    investigationId: 'inv',
    title: 'Response to <the> "draft" Plan',
    committeeName: 'London Assembly Police and Crime Committee',
    body: 'London Assembly',
    coverLine: 'Police and Crime Committee',
    committeeDescription: 'Examines MOPAC & the Met.',
    contactUs: [{ name: 'Janette Roker', jobTitle: 'Senior Policy Adviser', email: 'Janette.roker@london.gov.uk' }],
    contents: [
      { level: 1, text: 'Recommendations', anchor: 'chapter-c1' },
      { level: 1, text: 'Chapter one: Delivery', anchor: 'chapter-c2' },
      { level: 2, text: 'Same approach', anchor: 'section-s1' },
    ],
    chapters: [
      { id: 'c1', kind: 'front_matter', role: 'recommendations', heading: 'Recommendations', anchor: 'chapter-c1', signature: null, blocks: [{ kind: 'recommendation', blockId: null, recommendation: occurrence(1, 1) }], sections: [] },
      {
        id: 'c2',
        kind: 'chapter',
        role: null,
        heading: 'Chapter one: Delivery',
        anchor: 'chapter-c2',
        signature: null,
        blocks: [
          {
            kind: 'paragraph',
            blockId: 'b1',
            content: [
              {
                type: 'paragraph',
                inlines: [
                  { type: 'text', text: 'Plain <script>alert(1)</script> & ' },
                  { type: 'text', text: 'bold', bold: true },
                  { type: 'text', text: ' italic', italic: true },
                  { type: 'text', text: ' bad link', href: 'javascript:alert(1)' },
                  { type: 'text', text: ' good link', href: 'https://www.london.gov.uk/' },
                  { type: 'footnote', number: 2 },
                  { type: 'break' },
                  { type: 'text', text: 'after the break' },
                ],
              },
              { type: 'bulletList', items: [[{ type: 'paragraph', inlines: [{ type: 'text', text: 'an item' }] }]] },
            ],
          },
        ],
        sections: [
          {
            id: 's1',
            title: 'Same approach',
            anchor: 'section-s1',
            blocks: [
              { kind: 'heading', blockId: 'b2', level: 3, text: 'A sub-heading', anchor: 'block-b2' },
              { kind: 'quote', blockId: 'b3', quoteId: 'q1', text: 'Not having it "radically" different', attribution: 'Matt Twist, Assistant Commissioner, Met Police', footnote: 4, status: 'exact' },
              { kind: 'quote', blockId: 'b4', quoteId: 'q2', text: 'gone words', attribution: 'Someone', footnote: null, status: 'lost' },
              { kind: 'recommendation', blockId: 'b5', recommendation: occurrence(1, 3) },
            ],
          },
        ],
      },
    ],
    recommendations: [],
    footnotes: [
      footnote(1, 'c1', 'Zoë Garbett AM dissents.', { origin: 'dissent', objectionId: 'o1', footnoteId: 'f-d1' }),
      footnote(2, 'c2', 'MOPAC, Dashboard', { runs: [{ text: 'MOPAC, ' }, { text: 'Dashboard', href: 'https://data.london.gov.uk/', sourceId: 's9' }, { text: ' and ' }, { text: 'trap', href: 'javascript:evil()' }] }),
      footnote(3, 'c2', 'Zoë Garbett AM dissents.', { origin: 'dissent', objectionId: 'o1', footnoteId: 'f-d2' }),
      footnote(4, 'c2', 'London Assembly, Transcript, p.12'),
    ],
    problems: [],
  };
}

/** The HTML of one element, found by an id: enough to check what sits inside what. */
function section(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  expect(start).toBeGreaterThan(-1);
  const open = html.lastIndexOf('<section', start);
  let depth = 0;
  for (let i = open; i < html.length; i++) {
    if (html.startsWith('<section', i)) depth++;
    if (html.startsWith('</section>', i)) {
      depth--;
      if (depth === 0) return html.slice(open, i + '</section>'.length);
    }
  }
  throw new Error('unclosed');
}

describe('the report preview', () => {
  const html = renderReportHtml(model());

  it('escapes every text and attribute', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('Plain &lt;script&gt;alert(1)&lt;/script&gt; &amp; ');
    expect(html).toContain('Response to &lt;the&gt; &quot;draft&quot; Plan');
    expect(html).toContain('“Not having it &quot;radically&quot; different”');
    expect(escapeHtml(`<a href="x" onclick='y'>&`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;');
  });

  it('links only to http(s) and mailto addresses', () => {
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain(' bad link');
    expect(html).toContain('<a href="https://www.london.gov.uk/" rel="noopener noreferrer"> good link</a>');
    expect(html).toContain('<a href="mailto:Janette.roker@london.gov.uk" rel="noopener noreferrer">Janette.roker@london.gov.uk</a>');
    expect(html).toContain('<a href="https://data.london.gov.uk/" rel="noopener noreferrer" data-source-id="s9">Dashboard</a> and trap');
  });

  it('gives headings ids the contents link to, and blocks their ids for click-through', () => {
    for (const anchor of ['chapter-c1', 'chapter-c2', 'section-s1', 'block-b2', 'cover', 'committee', 'contact-us', 'contents']) expect(html).toContain(`id="${anchor}"`);
    expect(html).toContain('<a href="#section-s1">Same approach</a>');
    expect(html).toContain('<h1>Chapter one: Delivery</h1>');
    expect(html).toContain('<h2>Same approach</h2>');
    expect(html).toContain('<h3 class="block-heading" id="block-b2" data-block-id="b2">A sub-heading</h3>');
    for (const block of ['b1', 'b3', 'b4', 'b5']) expect(html).toContain(`data-block-id="${block}"`);
    expect(html).toContain('data-chapter-id="c2"');
    expect(html).toContain('data-section-id="s1"');
    expect(html).toContain('<p class="committee-body">LONDON ASSEMBLY</p>');
  });

  it('prints rich text: bold, italic, line breaks and lists', () => {
    expect(html).toContain('<strong>bold</strong><em> italic</em>');
    expect(html).toContain('<br>after the break');
    expect(html).toContain('<ul><li>an item</li></ul>');
  });

  it('links footnote references to the footnotes at the end of their chapter, and back', () => {
    const chapterOne = section(html, 'chapter-c2');
    expect(chapterOne).toContain('<sup class="footnote-ref"><a href="#fn-2" id="fnref-2" aria-label="Footnote 2">2</a></sup>');
    expect(chapterOne).toMatch(/<aside class="footnotes" aria-label="Footnotes"><ol><li id="fn-2" value="2" data-footnote-id="f2">/);
    expect(chapterOne).toContain('<a href="#fnref-2" class="footnote-back" aria-label="Back to reference 2">↩</a>');
    expect(chapterOne).not.toContain('id="fn-1"');
    expect(section(html, 'chapter-c1')).toContain('id="fn-1"');
    // Every reference has its footnote and every footnote its reference.
    const refs = [...html.matchAll(/href="#fn-(\d+)"/g)].map((m) => Number(m[1]));
    const notes = [...html.matchAll(/<li id="fn-(\d+)"/g)].map((m) => Number(m[1]));
    expect(refs.sort()).toEqual([1, 2, 3, 4]);
    expect(notes.sort()).toEqual([1, 2, 3, 4]);
  });

  it('prints the same recommendation with its dissent footnote in both places', () => {
    expect(section(html, 'chapter-c1')).toMatch(/<section class="recommendation" data-recommendation-id="r1"><h2 class="recommendation-heading">Recommendation 1<\/h2><p data-part-id="p1">MOPAC should:<\/p><ul><li data-part-id="p2">support the tactic<sup class="footnote-ref"><a href="#fn-1"/);
    expect(section(html, 'block-b5')).toMatch(/<h3 class="recommendation-heading">Recommendation 1<\/h3>.*support the tactic<sup class="footnote-ref"><a href="#fn-3"/);
  });

  it('prints quotes as block quotes with their attribution, and flags a lost one', () => {
    expect(html).toContain('<blockquote><p>“Not having it &quot;radically&quot; different”<sup class="footnote-ref"><a href="#fn-4" id="fnref-4"');
    expect(html).toContain('<figcaption>Matt Twist, Assistant Commissioner, Met Police</figcaption>');
    expect(html).toMatch(/<figure class="quote quote-flagged" id="block-b4"[^>]*><p class="flag" role="note">This quote was lost/);
    expect(renderReportHtml(model(), { flagProblems: false })).not.toContain('class="flag"');
  });

  it('can list every footnote once at the end instead', () => {
    const whole = renderReportHtml(model(), { footnotes: 'document' });
    expect(whole.match(/<aside class="footnotes"/g)).toHaveLength(1);
    expect(whole.lastIndexOf('<aside class="footnotes"')).toBeGreaterThan(whole.lastIndexOf('</section>'));
  });

  it('makes a whole page in British English', () => {
    const page = renderReportPage(model());
    expect(page.startsWith('<!doctype html><html lang="en-GB">')).toBe(true);
    expect(page).toContain('<title>Response to &lt;the&gt; &quot;draft&quot; Plan</title>');
  });
});
