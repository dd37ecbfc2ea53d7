/**
 * The report model of the sample investigation against the seed report, read at test time:
 * contents, recommendations, footnotes, quotes, the dissent printed twice and the reservation;
 * renumbering when a recommendation is added; bad input refused with the store unchanged; the
 * check list; the preview; and `scrutiny report`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../backend';
import { sampleId } from '../../backend/sample/load-sample';
import { SAMPLE_INVESTIGATION } from '../../backend/sample/police-and-crime-plan';
import { SAMPLE_REPORT_TEXT } from '../../backend/sample/report-text';
import { QUOTED_PASSAGES } from '../../backend/sample/transcripts/quoted-passages';
import { ApiError } from '../../shared/api/errors';
import type { Inline, ModelBlock, ReportModel, RichNode } from '../../shared/report/model';
import { renderReportHtml, renderReportPage } from '../../shared/report/render-html';
import { buildSampleReportText } from '../../scripts/make-sample-report';
import { sampleBackend } from '../helpers/temp';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SEED_DIR = path.join(ROOT, 'tests/fixtures/seed');
const SEED = fs
  .readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.md'))
  .map((f) => fs.readFileSync(path.join(SEED_DIR, f), 'utf8'))
  .join('\n');
const SEED_LINES = SEED.split(/\r?\n/);

/** Typographic quotes straight, runs of whitespace as one space: all the comparison allows. */
function normalise(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
}

/** Seed markdown as words: footnote markers gone, links as their words, no bold or italic markers. */
function words(markdown: string): string {
  return normalise(markdown.replace(/<sup>[^<]*<\/sup>/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*+/g, '').replace(/^#+\s*/, ''));
}

/** The seed's "## Contents" list, page numbers and leader dots removed. */
function seedContents(): string[] {
  const start = SEED_LINES.findIndex((l) => l.trim() === '## Contents');
  const entries: string[] = [];
  for (const line of SEED_LINES.slice(start + 1)) {
    if (/^#/.test(line)) break;
    if (line.trim() === '') continue;
    entries.push(normalise(line.replace(/\s*\.{2,}\s*\d+\s*$/, '')));
  }
  return entries;
}

/** The seed's summary list of recommendations: number → parts, bullets as "- ". */
function seedRecommendations(): string[] {
  const start = SEED_LINES.findIndex((l) => words(l) === 'Recommendations' && /^#/.test(l));
  const end = SEED_LINES.findIndex((l, i) => i > start && words(l) === 'Introduction' && /^#/.test(l));
  const recommendations: string[][] = [];
  for (const line of SEED_LINES.slice(start + 1, end)) {
    if (/^#+\s*\**Recommendation \d+/.test(line)) recommendations.push([]);
    else if (line.trim() === '' || /^-{3,}$/.test(line.trim()) || /^<sup>/.test(line) || recommendations.length === 0) continue;
    else if (/^- /.test(line)) recommendations[recommendations.length - 1]!.push(`- ${words(line.slice(2))}`);
    else recommendations[recommendations.length - 1]!.push(words(line));
  }
  return recommendations.map((parts) => parts.join('\n'));
}

/** The seed's footnotes in number order, links reduced to their words. */
function seedFootnotes(): string[] {
  const notes = new Map<number, string>();
  for (const line of SEED_LINES) {
    const match = /^<sup>(\d+)<\/sup> (.*)$/.exec(line);
    if (match) notes.set(Number(match[1]), match[2]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));
  }
  return [...notes.keys()].sort((a, b) => a - b).map((n) => normalise(notes.get(n)!));
}

function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((i) => (i.type === 'text' ? i.text : i.type === 'break' ? ' ' : '')).join('');
}

function richText(nodes: readonly RichNode[]): string {
  return nodes.map((n) => (n.type === 'paragraph' ? inlineText(n.inlines) : n.items.map((item) => richText(item)).join(' '))).join(' ');
}

function allBlocks(model: ReportModel): { chapterId: string; block: ModelBlock }[] {
  return model.chapters.flatMap((c) => [...c.blocks, ...c.sections.flatMap((s) => s.blocks)].map((block) => ({ chapterId: c.id, block })));
}

function quoteBlocks(model: ReportModel) {
  return allBlocks(model).flatMap(({ block }) => (block.kind === 'quote' ? [block] : []));
}

/** Row counts and the change log: "the store is unchanged" for a refused action. */
function storeShape(backend: Backend): string {
  const db = backend.store.db;
  return JSON.stringify(['blocks', 'footnotes', 'citations', 'recommendations', 'recommendation_parts', 'change_log'].map((t) => db.prepare(`SELECT count(*) AS n FROM ${t}`).get()));
}

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

const chapterId = (key: string) => sampleId(`chapter/${key}`);
const sectionId = (chapter: string, section: string) => sampleId(`section/${chapter}/${section}`);

describe('the sample report model', () => {
  it('lists the seed’s contents headings in order', async () => {
    const { backend, investigationId } = await sampleBackend();
    const model = await backend.client.call('report.model', { investigationId });
    const seed = seedContents();
    expect(seed).toHaveLength(26);
    expect(model.contents.map((c) => normalise(c.text))).toEqual(seed);
    expect(model.contents.filter((c) => c.level === 2).map((c) => c.text)).toContain('Same approach, different results?');
    expect(model.problems).toEqual([]);
  });

  it('numbers the 12 recommendations with the seed’s text, in order, in the body and the summary list', async () => {
    const { backend, investigationId } = await sampleBackend();
    const model = await backend.client.call('report.model', { investigationId });
    const seed = seedRecommendations();
    expect(seed).toHaveLength(12);
    expect(model.recommendations.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(model.recommendations.map((r) => normalise(r.text.replace(/\n/g, ' ¶ ')))).toEqual(seed.map((s) => normalise(s.replace(/\n/g, ' ¶ '))));
    const summary = model.chapters.find((c) => c.role === 'recommendations')!;
    expect(summary.blocks.map((b) => (b.kind === 'recommendation' ? b.recommendation.heading : b.kind))).toEqual(seed.map((_s, i) => `Recommendation ${i + 1}`));
    // Each placed where the seed prints it: Recommendation 8 in chapter three's "Stop and search".
    expect(model.recommendations[7]).toMatchObject({ chapterId: chapterId('chapter-three'), sectionId: sectionId('chapter-three', 'stop-and-search') });
  });

  it('numbers the footnotes in document order exactly as the seed’s 151', async () => {
    const { backend, investigationId } = await sampleBackend();
    const model = await backend.client.call('report.model', { investigationId });
    const seed = seedFootnotes();
    expect(seed).toHaveLength(151);
    expect(model.footnotes.map((f) => f.number)).toEqual(seed.map((_s, i) => i + 1));
    const mismatches = model.footnotes.filter((f) => normalise(f.text) !== seed[f.number - 1]).map((f) => ({ n: f.number, model: f.text, seed: seed[f.number - 1] }));
    expect(mismatches).toEqual([]);
    // The register's footnote n is printed as footnote n: document order and the seed agree.
    const register = await backend.client.call('footnotes.list', { investigationId });
    const position = new Map(register.map((f) => [f.id, f.position]));
    expect(model.footnotes.filter((f) => f.footnoteId && position.get(f.footnoteId) !== f.number)).toEqual([]);
  });

  it('prints Recommendation 8’s dissent as footnote 9 in the summary and 112 in chapter three, and the reservation as 111', async () => {
    const { backend, investigationId } = await sampleBackend();
    const model = await backend.client.call('report.model', { investigationId });
    const dissentId = sampleId('objection/dissent-garbett-rec-8');
    const reservationId = sampleId('objection/reservation-garbett-stop-and-search');
    expect(model.footnotes.filter((f) => f.objectionId === dissentId).map((f) => [f.number, f.origin])).toEqual([[9, 'dissent'], [112, 'dissent']]);
    expect(model.footnotes.filter((f) => f.objectionId === reservationId).map((f) => [f.number, f.origin])).toEqual([[111, 'reservation']]);
    expect(model.footnotes[8]!.chapterId).toBe(chapterId('recommendations'));
    expect(model.footnotes[111]!.chapterId).toBe(chapterId('chapter-three'));
    expect(model.recommendations[7]!.dissents).toEqual([{ objectionId: dissentId, member: 'Zoë Garbett AM', partId: sampleId('part/rec-8/rec-8-p2') }]);

    // On the part dissented from ("support the Met's use of the tactic"), in both places.
    const occurrences = allBlocks(model).flatMap(({ block }) => (block.kind === 'recommendation' && block.recommendation.number === 8 ? [block.recommendation] : []));
    expect(occurrences.map((o) => o.parts[1]!.inlines)).toEqual([
      [{ type: 'text', text: "support the Met's use of the tactic" }, { type: 'footnote', number: 9 }],
      [{ type: 'text', text: "support the Met's use of the tactic" }, { type: 'footnote', number: 112 }],
    ]);
    // The reservation straight after the sentence it qualifies.
    const paragraph = allBlocks(model).find(({ block }) => block.kind === 'paragraph' && richText(block.content).startsWith('Stop and search is an important'))!.block as Extract<ModelBlock, { kind: 'paragraph' | 'list' }>;
    const inlines = (paragraph.content[0] as Extract<RichNode, { type: 'paragraph' }>).inlines;
    expect(inlines.slice(0, 2)).toEqual([{ type: 'text', text: 'Stop and search is an important operational tool for the police.' }, { type: 'footnote', number: 111 }]);

    // The preview shows both, each linked to its own footnote text.
    const html = renderReportHtml(model);
    const summaryHtml = html.slice(html.indexOf(`id="chapter-${chapterId('recommendations')}"`), html.indexOf(`id="chapter-${chapterId('introduction')}"`));
    const chapterThreeHtml = html.slice(html.indexOf(`id="chapter-${chapterId('chapter-three')}"`), html.indexOf(`id="chapter-${chapterId('chapter-four')}"`));
    expect(summaryHtml).toMatch(/Recommendation 8<\/h2>.*support the Met&#39;s use of the tactic<sup class="footnote-ref"><a href="#fn-9"/);
    expect(summaryHtml).toMatch(/<li id="fn-9" value="9"[^>]*>Zoë Garbett AM dissents from part of Recommendation 8/);
    expect(chapterThreeHtml).toMatch(/Recommendation 8<\/h3>.*support the Met&#39;s use of the tactic<sup class="footnote-ref"><a href="#fn-112"/);
    expect(chapterThreeHtml).toMatch(/<li id="fn-112" value="112"[^>]*>Zoë Garbett AM dissents from part of Recommendation 8/);
    expect(chapterThreeHtml).toMatch(/<li id="fn-111" value="111"[^>]*>Zoë Garbett AM disagrees with how stop and search is characterised/);
  });

  it('has every witness quote as a quote block with its attribution and footnote, and every quoted phrase in the text', async () => {
    const { backend, investigationId } = await sampleBackend();
    const model = await backend.client.call('report.model', { investigationId });
    const quotes = await backend.client.call('quotes.list', { investigationId });
    const blocks = quoteBlocks(model);
    const passages = QUOTED_PASSAGES.map((passage, at) => ({ passage, index: QUOTED_PASSAGES.slice(0, at).filter((p) => p.footnote === passage.footnote).length }));

    // Attribution lines the seed prints under pull quotes, with the footnote of the quote above.
    const printed = new Map<number, string>();
    const names = SAMPLE_INVESTIGATION.people.map((p) => p.fullName);
    SEED_LINES.forEach((line, at) => {
      if (!/^#/.test(line) || !names.some((name) => words(line).startsWith(name))) return;
      const before = SEED_LINES.slice(0, at).join('\n').match(/<sup>(\d+)<\/sup>/g)!;
      printed.set(Number(/\d+/.exec(before[before.length - 1]!)![0]), words(line));
    });
    expect([...printed.keys()].sort((a, b) => a - b)).toEqual([33, 66, 100, 132, 137]);

    const blockPassages = passages.filter((p) => p.passage.form === 'block');
    expect(blockPassages).toHaveLength(31);
    expect(blocks).toHaveLength(31);
    blockPassages.forEach(({ passage, index }, at) => {
      const block = blocks[at]!;
      expect(block.quoteId).toBe(sampleId(`quote/${passage.footnote}/${index}`));
      expect(normalise(block.text)).toBe(normalise(passage.text));
      const quote = quotes.find((q) => q.id === block.quoteId)!;
      const expected = printed.get(passage.footnote) ?? [quote.speaker, quote.roleText, quote.organisation].filter(Boolean).join(', ');
      expect(normalise(block.attribution)).toBe(normalise(expected));
      // The footnote is the passage's own, or (for the first of two quotes) the next block's.
      expect(block.footnote ?? blocks[at + 1]!.footnote).toBe(passage.footnote);
      expect(block.status).toBe('exact');
    });
    expect(blocks.find((b) => b.footnote === 33)!.attribution).toBe('John Hayward-Cripps, CEO, Neighbourhood Watch');

    const text = normalise(allBlocks(model).map(({ block }) => (block.kind === 'paragraph' || block.kind === 'list' ? richText(block.content) : '')).join(' '));
    for (const { passage } of passages.filter((p) => p.passage.form === 'inline')) {
      for (const piece of normalise(passage.text).split(/\s*\[\.\.\.[^\]]*\]\s*/).filter(Boolean)) expect(text, `footnote ${passage.footnote}`).toContain(piece);
    }
  });

  it('writes the front matter and Committee Activity from the committee, secretariat and meetings', async () => {
    const { backend, investigationId } = await sampleBackend();
    const model = await backend.client.call('report.model', { investigationId });
    expect(model).toMatchObject({ title: "Response to the Mayor's draft Police and Crime Plan 2025-29", coverLine: 'Police and Crime Committee', body: 'London Assembly' });
    expect(model.contactUs.map((c) => `${c.name}, ${c.jobTitle}, ${c.email}`)).toEqual([
      'Janette Roker, Senior Policy Adviser, Janette.roker@london.gov.uk',
      'Philip Lewis, Policy Adviser, Philip.Lewis@london.gov.uk',
      'Rebecca Storer, Research Analyst, Rebecca.Storer@london.gov.uk',
      'Yonah Ehrlich, Secretariat Intern, Yonah.Ehrlich@london.gov.uk',
      'Anthony Smyth, External Communications Officer, Anthony.Smyth@london.gov.uk',
      'Lauren Harvey, Principal Committee Manager, Lauren.Harvey@london.gov.uk',
    ]);
    expect(model.chapters.find((c) => c.role === 'foreword')!.signature).toEqual({ name: 'Susan Hall AM', role: 'Chairman of the Police and Crime Committee' });

    const activity = model.chapters.find((c) => c.role === 'committee_activity')!;
    const text = activity.blocks.map((b) => (b.kind === 'paragraph' || b.kind === 'list' ? richText(b.content) : '')).join('\n');
    expect(text).toContain('The Committee heard from external guests at its formal meeting on Wednesday 15 January 2025.');
    for (const line of [
      'Panel 1:',
      'Professor Ben Bradford, Director of the Centre for Global City Policing, UCL',
      'Sophia Worringer, Deputy Policy Director, Centre for Social Justice.',
      'Panel 2:',
      'Nahar Choudhury, CEO, Solace Women\'s Aid.',
      'the Deputy Mayor for Policing and Crime, Kaya Comer-Schwartz, at its Q&A session on 18 December 2024',
      'Claire Waxman OBE',
      'the Commissioner of the Metropolitan Police, Sir Mark Rowley',
      'The Committee also held an informal meeting with the London Youth Assembly on Monday 6 January 2025.',
    ]) expect(text).toContain(line);
    // Guests' names in bold, as the seed prints them; meetings with no guests on record left out.
    const bold = activity.blocks.flatMap((b) => (b.kind === 'paragraph' || b.kind === 'list' ? JSON.stringify(b.content).match(/"text":"[^"]+","bold":true/g) ?? [] : []));
    expect(bold).toHaveLength(11);
    expect(text).not.toContain('17 July 2024');
  });

  it('previews as an accessible page in Chromium, every link and click-through target in place', async () => {
    const { backend, investigationId } = await sampleBackend();
    const model = await backend.client.call('report.model', { investigationId });
    const blockIds = new Set((await backend.client.call('blocks.list', { investigationId })).map((b) => b.id));
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    try {
      const page = await (await browser.newContext()).newPage();
      await page.setContent(renderReportPage(model));
      const found = await page.evaluate(() => {
        const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
        const targets = [...document.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1));
        return {
          duplicateIds: ids.filter((id, i) => ids.indexOf(id) !== i),
          brokenLinks: targets.filter((id) => !document.getElementById(id)),
          clickThrough: [...document.querySelectorAll('[data-block-id]')].map((e) => e.getAttribute('data-block-id')!),
          footnotes: document.querySelectorAll('aside.footnotes li').length,
          references: document.querySelectorAll('sup.footnote-ref').length,
          scripts: document.querySelectorAll('script, iframe, object, embed').length,
        };
      });
      expect(found.duplicateIds).toEqual([]);
      expect(found.brokenLinks).toEqual([]);
      expect(found.clickThrough.filter((id) => !blockIds.has(id))).toEqual([]);
      expect(new Set(found.clickThrough).size).toBe(blockIds.size);
      expect(found.footnotes).toBe(151);
      expect(found.references).toBe(151);
      expect(found.scripts).toBe(0);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.passes.length).toBeGreaterThan(10);
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('is drafted from report-text.ts, which is what the script makes from the seed', () => {
    expect(JSON.parse(JSON.stringify(buildSampleReportText(SEED)))).toEqual(
      SAMPLE_REPORT_TEXT.map((c) => ({ ...c, blocks: c.blocks.map(stripLevel), sections: c.sections.map((s) => ({ ...s, blocks: s.blocks.map(stripLevel) })) })),
    );
  });
});

/** The script's headings have no level (all are level 3); the module's do. */
function stripLevel<T extends { kind: string }>(block: T): T {
  if (block.kind !== 'heading') return block;
  const { level: _level, ...rest } = block as T & { level: number };
  return rest as unknown as T;
}

describe('drafting the sample', () => {
  it('renumbers every later recommendation, the summary list and the codebook when one is added before Recommendation 3', async () => {
    const { backend, investigationId } = await sampleBackend();
    const before = await backend.client.call('report.model', { investigationId });
    const third = before.recommendations[2]!;
    const blocks = await backend.client.call('blocks.list', { investigationId });
    const position = blocks.find((b) => b.id === third.blockId)!.position;

    const added = await backend.client.call('recommendations.create', {
      chapterId: third.chapterId,
      sectionId: third.sectionId,
      position,
      parts: [{ kind: 'paragraph', text: 'MOPAC should publish a quarterly report on progress against the final Police and Crime Plan.' }],
      addressee: 'MOPAC',
    });
    expect(added.number).toBe(3);

    const after = await backend.client.call('report.model', { investigationId });
    expect(after.recommendations).toHaveLength(13);
    expect(after.recommendations[2]!.id).toBe(added.recommendationId);
    expect(after.recommendations.slice(3).map((r) => [r.id, r.number])).toEqual(before.recommendations.slice(2).map((r) => [r.id, r.number + 1]));
    const summary = after.chapters.find((c) => c.role === 'recommendations')!.blocks.flatMap((b) => (b.kind === 'recommendation' ? [b.recommendation] : []));
    expect(summary.map((o) => [o.recommendationId, o.heading])).toEqual(after.recommendations.map((r) => [r.id, `Recommendation ${r.number}`]));
    // The dissent follows its recommendation (now 9); the footnotes are unchanged.
    expect(summary[8]!.parts[1]!.inlines[1]).toEqual({ type: 'footnote', number: 9 });
    expect(after.footnotes.map((f) => f.text)).toEqual(before.footnotes.map((f) => f.text));
    // Everything else that numbers recommendations agrees.
    const overview = await backend.client.call('investigations.get', { id: investigationId });
    expect(overview.recommendations.map((r) => [r.id, r.number])).toEqual(after.recommendations.map((r) => [r.id, r.number]));
    const tags = await backend.client.call('tags.list', { investigationId });
    expect(tags.find((t) => t.recommendationId === sampleId('recommendation/rec-8'))!.name).toBe('Recommendation 9');
    expect(tags.find((t) => t.recommendationId === added.recommendationId)!.name).toBe('Recommendation 3');

    // Moving it to the end of the report makes it Recommendation 13 and the others go back.
    await backend.client.call('blocks.move', { id: added.blockId, chapterId: chapterId('chapter-four'), sectionId: sectionId('chapter-four', 'victim-focus-and-victim-care-hub'), position: 1000 });
    const moved = await backend.client.call('report.model', { investigationId });
    expect(moved.recommendations.map((r) => r.id)).toEqual([...before.recommendations.map((r) => r.id), added.recommendationId]);
  });

  it('drops in a quote with its attribution and a new footnote citing the transcript page, renumbering the footnotes after it', async () => {
    const { backend, investigationId } = await sampleBackend();
    const quoteId = sampleId('quote/19/1');
    const block = await backend.client.call('blocks.create', { chapterId: chapterId('chapter-one'), position: 0, block: { kind: 'quote', content: { quoteId } } });
    expect(block.kind).toBe('quote');
    const model = await backend.client.call('report.model', { investigationId });
    expect(model.footnotes).toHaveLength(152);
    const quote = quoteBlocks(model).find((q) => q.blockId === block.id)!;
    expect(quote).toMatchObject({ footnote: 19, attribution: 'Professor Ben Bradford, Director of the Centre for Global City Policing, UCL', text: 'how much we think what is in the PCP is going to filter down to the front line where policing is done' });
    expect(model.footnotes[18]!.text).toBe('London Assembly, Police and Crime Committee Transcript Panel 1, 15 January 2025, p.17');
    expect(model.footnotes[19]!.text).toBe(model.footnotes[18]!.text); // the seed's footnote 19, now 20
    expect(model.footnotes[151]!.text).toMatch(/29 January 2025, p\.40$/);
    // The register follows the report: the new footnote is 19 there too.
    const register = await backend.client.call('footnotes.list', { investigationId });
    const position = new Map(register.map((f) => [f.id, f.position]));
    expect(model.footnotes.filter((f) => f.footnoteId && position.get(f.footnoteId) !== f.number)).toEqual([]);
    expect(register.find((f) => f.position === 19)!.id).toBe((block.content as { footnoteId: string }).footnoteId);
  });

  it('writes a metric statement from the metrics register, and flags one whose figure is missing', async () => {
    const { backend, investigationId } = await sampleBackend();
    const theft = (await backend.client.call('indicators.list', { investigationId })).find((i) => i.name === 'Theft offences')!;
    const place = { chapterId: chapterId('chapter-one'), sectionId: sectionId('chapter-one', 'same-approach-different-results') };
    const good = await backend.client.call('blocks.create', { ...place, block: { kind: 'metric', content: { indicatorId: theft.id, from: '2021/22', to: '2023/24', style: 'from_to' } } });
    const bad = await backend.client.call('blocks.create', { ...place, block: { kind: 'metric', content: { indicatorId: theft.id, from: '2019/20', to: '2023/24', style: 'from_to' } } });
    const model = await backend.client.call('report.model', { investigationId });
    const metrics = allBlocks(model).flatMap(({ block }) => (block.kind === 'metric' ? [block] : []));
    expect(metrics.find((m) => m.blockId === good.id)!.statement).toBe('Theft offences increased from 204,954 in 2021/22 to 291,000 in 2023/24.');
    expect(metrics.find((m) => m.blockId === bad.id)!.statement).toBeNull();
    expect(model.problems).toEqual([
      { code: 'metric_missing', message: 'A metric statement in “Chapter one: Delivery and performance monitoring” cannot be written: “Theft offences” has no figure for 2019/20.', chapterId: place.chapterId, blockId: bad.id, severity: 'error' },
    ]);
  });

  it('refuses bad content and bad references with a clear message, leaving the store unchanged', async () => {
    const { backend, investigationId } = await sampleBackend();
    const shape = storeShape(backend);
    const paragraph = (inline: unknown) => ({ type: 'doc', content: [{ type: 'paragraph', content: [inline] }] });

    const script = await refusal(backend.client.call('blocks.create', { chapterId: chapterId('introduction'), block: { kind: 'paragraph', content: paragraph({ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }) } }));
    expect(script.code).toBe('invalid_input');
    expect(script.message).toMatch(/links must be web addresses/);

    const image = await refusal(backend.client.call('blocks.create', { chapterId: chapterId('introduction'), block: { kind: 'paragraph', content: paragraph({ type: 'image', attrs: { src: 'https://x.example/a.png' } }) } }));
    expect(image.message).toMatch(/“image” is not allowed/);

    const ghost = await refusal(backend.client.call('blocks.create', { chapterId: chapterId('introduction'), block: { kind: 'paragraph', content: paragraph({ type: 'footnote', attrs: { footnoteId: 'not-a-footnote' } }) } }));
    expect(ghost.message).toMatch(/no longer in the register/);

    const twice = await refusal(backend.client.call('blocks.create', { chapterId: chapterId('introduction'), block: { kind: 'recommendation', content: { recommendationId: sampleId('recommendation/rec-8') } } }));
    expect(twice.code).toBe('conflict');
    expect(twice.message).toBe('Recommendation 8 is already in the report, in “Reducing violence and criminal exploitation”. Move it there instead of adding it twice.');

    const wrongSection = await refusal(backend.client.call('blocks.create', { chapterId: chapterId('introduction'), sectionId: sectionId('chapter-one', 'budgetary-constraints'), block: { kind: 'heading', content: { text: 'x', level: 3 } } }));
    expect(wrongSection.message).toBe('The section “Budgetary constraints” is not in “Introduction”.');

    const reservationParagraph = sampleId('block/chapter-three/stop-and-search/6');
    const attached = await refusal(backend.client.call('blocks.delete', { id: reservationParagraph }));
    expect(attached.code).toBe('conflict');
    expect(attached.message).toBe('Zoë Garbett AM’s reservation is attached to this paragraph. Move it to another paragraph or withdraw it first.');

    const kind = await refusal(backend.client.call('blocks.update', { id: reservationParagraph, block: { kind: 'heading', content: { text: 'x', level: 3 } } }));
    expect(kind.message).toBe('This block is a paragraph; it cannot become a heading. Add a new block instead.');

    expect(storeShape(backend)).toBe(shape);
  });

  it('shows an empty section, an unplaced recommendation and a lost quote in the check list', async () => {
    const { backend, investigationId } = await sampleBackend();
    expect(await backend.client.call('report.check', { investigationId })).toEqual([]);

    // Take Recommendation 6 out of the report, and empty the "Public order" section.
    const blocks = await backend.client.call('blocks.list', { investigationId });
    for (const block of blocks.filter((b) => b.sectionId === sectionId('chapter-two', 'public-order'))) await backend.client.call('blocks.delete', { id: block.id });
    // A corrected transcript lost a quote the report prints (as transcripts.reimport marks it).
    backend.store.db.prepare("UPDATE quotes SET anchor_status = 'lost' WHERE id = ?").run(sampleId('quote/85/0'));

    const problems = await backend.client.call('report.check', { investigationId });
    expect(problems.map((p) => p.code).sort()).toEqual(['empty_section', 'recommendation_not_placed']);
    expect(problems.find((p) => p.code === 'empty_section')!.message).toBe('The section “Public order” in “Chapter two: Increasing trust and confidence” has no text yet.');
    expect(problems.find((p) => p.code === 'recommendation_not_placed')!.message).toBe(
      'The recommendation “The final Police and Crime Plan should include…” is not placed in the report, so it has no number and is not printed. Add it to a chapter or section.',
    );

    const model = await backend.client.call('report.model', { investigationId });
    expect(model.recommendations).toHaveLength(11);
    expect(model.chapters.find((c) => c.role === 'recommendations')!.blocks).toHaveLength(11);

    // The lost quote is flagged where it is printed.
    backend.store.db.prepare("UPDATE quotes SET anchor_status = 'lost' WHERE id = ?").run(sampleId('quote/33/0'));
    const flagged = await backend.client.call('report.check', { investigationId });
    const lost = flagged.find((p) => p.code === 'quote_lost')!;
    expect(lost.message).toBe('John Hayward-Cripps’s quote (Police and Crime Committee Transcript Panel 2, p.13) was lost when its transcript was replaced by a corrected version. Check its words against the new transcript.');
    expect(renderReportHtml(await backend.client.call('report.model', { investigationId }))).toContain(`<figure class="quote quote-flagged" id="block-${lost.blockId}"`);
  });

  it('scrutiny report prints the model as JSON and as plain lines', async () => {
    const { backend, investigationId } = await sampleBackend();
    const store = backend.storePath;
    await backend.close();
    const run = (args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin', 'scrutiny.cjs'), '--store', store, 'report', '--investigation', investigationId, ...args], { encoding: 'utf8', timeout: 60_000 });
    const json = run(['--json']);
    expect(json.status).toBe(0);
    const model = JSON.parse(json.stdout) as ReportModel;
    expect(model.contents.map((c) => normalise(c.text))).toEqual(seedContents());
    expect(model.recommendations.map((r) => r.number)).toHaveLength(12);
    expect(model.footnotes).toHaveLength(151);
    const plain = run([]);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain('  Recommendation 12\n');
    expect(plain.stdout).toContain('    Dissent: Zoë Garbett AM');
    expect(plain.stdout).toContain('  151. London Assembly, Police and Crime Committee Transcript, 29 January 2025, p.40\n');
    expect(plain.stdout).toContain('No problems found.');
    const missing = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'scrutiny.cjs'), '--store', store, 'report', '--investigation', 'nope'], { encoding: 'utf8', timeout: 60_000 });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/That investigation no longer exists/);
  });
});
