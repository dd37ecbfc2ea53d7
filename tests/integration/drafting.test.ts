/**
 * Drafting the report through the API, on the sample: chapters and sections added, renamed, moved
 * and deleted (with their content only when asked); recommendations edited and deleted; members'
 * dissents and reservations recorded, edited and withdrawn with the footnotes that print them;
 * a quote a draft prints refused deletion with where it is printed; rich text the house style
 * does not allow refused. Every refusal leaves the store exactly as it was; every write is logged.
 */
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../backend';
import { sampleId } from '../../backend/sample/load-sample';
import { ApiError } from '../../shared/api/errors';
import type { ModelBlock, ReportModel } from '../../shared/report/model';
import { renderReportHtml } from '../../shared/report/render-html';
import { sampleBackend } from '../helpers/temp';

const chapterId = (key: string) => sampleId(`chapter/${key}`);
const sectionId = (chapter: string, section: string) => sampleId(`section/${chapter}/${section}`);
const recommendationId = (n: number) => sampleId(`recommendation/rec-${n}`);
const partId = (n: number, p: number) => sampleId(`part/rec-${n}/rec-${n}-p${p}`);
const DISSENT = sampleId('objection/dissent-garbett-rec-8');
const RESERVATION = sampleId('objection/reservation-garbett-stop-and-search');
const GARBETT = sampleId('person/zoe-garbett');
const HALL = sampleId('person/susan-hall');

/** Every table drafting writes, counted, and the change log: "the store is unchanged" for a refusal. */
function storeShape(backend: Backend): string {
  const db = backend.store.db;
  const tables = ['chapters', 'sections', 'blocks', 'footnotes', 'citations', 'recommendations', 'recommendation_parts', 'objections', 'tags', 'quote_tags', 'quotes', 'change_log'];
  const counts = tables.map((t) => `${t}=${db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number}`);
  const order = db.prepare("SELECT group_concat(id || ':' || position || ':' || ifnull(label, ''), ',') FROM (SELECT * FROM chapters ORDER BY position)").pluck().get();
  const texts = db.prepare("SELECT group_concat(text, '|') FROM (SELECT text FROM recommendation_parts ORDER BY id)").pluck().get();
  return JSON.stringify([counts, order, texts]);
}

async function refused(backend: Backend, call: () => Promise<unknown>): Promise<ApiError> {
  const before = storeShape(backend);
  const error = await call().then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  expect(storeShape(backend), 'a refusal leaves the store unchanged').toBe(before);
  return error as ApiError;
}

function changeCount(backend: Backend): number {
  return backend.store.db.prepare('SELECT count(*) FROM change_log').pluck().get() as number;
}

function blocksOf(model: ReportModel): ModelBlock[] {
  return model.chapters.flatMap((c) => [...c.blocks, ...c.sections.flatMap((s) => s.blocks)]);
}

/** The register's order follows the printed order after every write. */
async function expectRegisterInPrintedOrder(backend: Backend, investigationId: string, model: ReportModel): Promise<void> {
  const register = await backend.client.call('footnotes.list', { investigationId });
  const position = new Map(register.map((f) => [f.id, f.position]));
  const firstPrint = new Map<string, number>();
  for (const f of model.footnotes) if (f.footnoteId && !firstPrint.has(f.footnoteId)) firstPrint.set(f.footnoteId, firstPrint.size + 1);
  expect([...firstPrint].filter(([id, n]) => position.get(id) !== n)).toEqual([]);
}

describe('chapters', () => {
  it('adds a numbered chapter where asked, relabels the chapters after it and lists it in the contents', async () => {
    const { backend, investigationId } = await sampleBackend();
    const chapters = await backend.client.call('investigations.get', { id: investigationId }).then((o) => o.chapters);
    const two = chapters.find((c) => c.id === chapterId('chapter-two'))!;
    const logged = changeCount(backend);
    const made = await backend.client.call('chapters.create', { investigationId, kind: 'chapter', title: 'Youth violence', position: two.position });
    expect(made.label).toBe('Chapter two');
    expect(changeCount(backend)).toBe(logged + 1);

    const model = await backend.client.call('report.model', { investigationId });
    const headings = model.chapters.map((c) => c.heading);
    expect(headings.filter((h) => h.startsWith('Chapter'))).toEqual([
      'Chapter one: Delivery and performance monitoring',
      'Chapter two: Youth violence',
      'Chapter three: Increasing trust and confidence',
      'Chapter four: Reducing violence and criminal exploitation',
      'Chapter five: Improving the Criminal Justice System and supporting victims',
    ]);
    expect(model.contents.map((c) => c.text)).toContain('Chapter two: Youth violence');
    // Empty, so on the check list rather than silently exported.
    expect(model.problems.filter((p) => p.code === 'empty_chapter')).toEqual([expect.objectContaining({ chapterId: made.id, message: '“Chapter two: Youth violence” is empty: write its text or remove it.' })]);
    // Recommendations keep their numbers: none moved.
    expect(model.recommendations.map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(recommendationId));

    // Renamed; a label of the clerk's own is kept when chapters move.
    await backend.client.call('chapters.update', { id: made.id, title: 'Serious youth violence', label: 'Special chapter' });
    await backend.client.call('chapters.move', { id: made.id, position: 0 });
    const after = await backend.client.call('report.model', { investigationId });
    expect(after.chapters[0]!.heading).toBe('Special chapter: Serious youth violence');
    expect(after.chapters.filter((c) => c.kind === 'chapter').map((c) => c.heading.split(':')[0])).toEqual(['Special chapter', 'Chapter one', 'Chapter two', 'Chapter three', 'Chapter four']);
  });

  it('moves a chapter: the recommendations in it and after it, and every footnote, renumber in document order', async () => {
    const { backend, investigationId } = await sampleBackend();
    const overview = await backend.client.call('investigations.get', { id: investigationId });
    const two = overview.chapters.find((c) => c.id === chapterId('chapter-two'))!;
    const moved = await backend.client.call('chapters.move', { id: chapterId('chapter-three'), position: two.position });
    expect(moved.position).toBe(two.position);

    const model = await backend.client.call('report.model', { investigationId });
    expect(model.chapters.find((c) => c.id === chapterId('chapter-three'))!.heading).toBe('Chapter two: Reducing violence and criminal exploitation');
    expect(model.chapters.find((c) => c.id === chapterId('chapter-two'))!.heading).toBe('Chapter three: Increasing trust and confidence');
    // Chapter three's recommendations (7–11) now come straight after chapter one's (1–3).
    expect(model.recommendations.map((r) => r.id)).toEqual([1, 2, 3, 7, 8, 9, 10, 11, 4, 5, 6, 12].map(recommendationId));
    // The summary list follows, with the dissent on the part of what is now Recommendation 5.
    const summary = model.chapters.find((c) => c.role === 'recommendations')!;
    const listed = summary.blocks.flatMap((b) => (b.kind === 'recommendation' ? [b.recommendation] : []));
    expect(listed.map((o) => o.recommendationId)).toEqual(model.recommendations.map((r) => r.id));
    expect(listed[4]!.heading).toBe('Recommendation 5');
    expect(listed[4]!.parts[1]!.inlines.at(-1)).toEqual({ type: 'footnote', number: 9 });
    expect(model.footnotes.map((f) => f.number)).toEqual(model.footnotes.map((_f, i) => i + 1));
    await expectRegisterInPrintedOrder(backend, investigationId, model);
    // The codebook names follow too.
    const tags = await backend.client.call('tags.list', { investigationId });
    expect(tags.find((t) => t.recommendationId === recommendationId(8))!.name).toBe('Recommendation 5');
  });

  it('refuses to delete a chapter with content unless asked to delete it too, and never one holding a dissent or reservation', async () => {
    const { backend, investigationId } = await sampleBackend();
    const error = await refused(backend, () => backend.client.call('chapters.delete', { id: chapterId('chapter-four') }));
    expect(error.code).toBe('conflict');
    const inFour = (await backend.client.call('blocks.list', { investigationId })).filter((b) => b.chapterId === chapterId('chapter-four'));
    expect(error.message).toBe(`“Chapter four: Improving the Criminal Justice System and supporting victims” still has one section, ${inFour.length - 1} blocks and one recommendation. Move them to another chapter first, or choose to delete them with the chapter.`);

    const withObjections = await refused(backend, () => backend.client.call('chapters.delete', { id: chapterId('chapter-three'), deleteContent: true }));
    expect(withObjections.message).toBe('Zoë Garbett AM’s dissent and Zoë Garbett AM’s reservation are recorded in “Chapter three: Reducing violence and criminal exploitation”. Withdraw them first (or move the paragraph or recommendation they are on elsewhere).');

    const logged = changeCount(backend);
    const deleted = await backend.client.call('chapters.delete', { id: chapterId('chapter-four'), deleteContent: true });
    expect(deleted).toMatchObject({ deletedSections: 1, deletedRecommendations: 1 });
    expect(changeCount(backend)).toBe(logged + 1);
    const model = await backend.client.call('report.model', { investigationId });
    expect(model.recommendations).toHaveLength(11);
    expect(model.chapters.some((c) => c.id === chapterId('chapter-four'))).toBe(false);
    expect(model.problems).toEqual([]);
    const tags = await backend.client.call('tags.list', { investigationId });
    expect(tags.some((t) => t.chapterId === chapterId('chapter-four') || t.recommendationId === recommendationId(12))).toBe(false);

    // An empty chapter goes without being asked.
    const empty = await backend.client.call('chapters.create', { investigationId, kind: 'closing_matter', title: 'Glossary' });
    await backend.client.call('chapters.delete', { id: empty.id });
    expect((await backend.client.call('investigations.get', { id: investigationId })).chapters.some((c) => c.id === empty.id)).toBe(false);
  });
});

describe('sections', () => {
  it('adds, renames, moves (with its blocks, to another chapter) and deletes a section', async () => {
    const { backend, investigationId } = await sampleBackend();
    const made = await backend.client.call('sections.create', { chapterId: chapterId('chapter-one'), title: 'Resourcing', position: 1 });
    await backend.client.call('sections.update', { id: made.id, title: 'Resourcing the plan' });
    let model = await backend.client.call('report.model', { investigationId });
    const one = model.chapters.find((c) => c.id === chapterId('chapter-one'))!;
    expect(one.sections.map((s) => s.title)).toEqual(['Same approach, different results?', 'Resourcing the plan', 'Budgetary constraints', 'Performance monitoring and publishing progress']);
    expect(model.problems.map((p) => p.code)).toEqual(['empty_section']);

    // "Stop and search" (with Recommendation 8 and its dissent) moves to chapter one's end.
    const stop = sectionId('chapter-three', 'stop-and-search');
    const moved = await backend.client.call('sections.move', { id: stop, chapterId: chapterId('chapter-one'), position: 99 });
    expect(moved).toEqual({ id: stop, chapterId: chapterId('chapter-one'), position: 4 });
    model = await backend.client.call('report.model', { investigationId });
    const blocks = await backend.client.call('blocks.list', { investigationId });
    expect(blocks.filter((b) => b.sectionId === stop).every((b) => b.chapterId === chapterId('chapter-one'))).toBe(true);
    expect(model.recommendations.map((r) => r.id)).toEqual([1, 2, 3, 8, 4, 5, 6, 7, 9, 10, 11, 12].map(recommendationId));
    expect(model.recommendations[3]).toMatchObject({ number: 4, chapterId: chapterId('chapter-one'), sectionId: stop });
    // The dissent and the reservation travel with it, still printed in both places.
    expect(model.footnotes.filter((f) => f.objectionId === DISSENT).map((f) => f.chapterId)).toEqual([chapterId('recommendations'), chapterId('chapter-one')]);
    expect(model.footnotes.filter((f) => f.objectionId === RESERVATION).map((f) => f.chapterId)).toEqual([chapterId('chapter-one')]);
    await expectRegisterInPrintedOrder(backend, investigationId, model);

    // A section with content: refused, then deleted with it when asked (without objections in it).
    const error = await refused(backend, () => backend.client.call('sections.delete', { id: sectionId('chapter-one', 'budgetary-constraints') }));
    expect(error.message).toMatch(/^The section “Budgetary constraints” still has \d+ blocks and one recommendation\. Move them elsewhere first, or choose to delete them with the section\.$/);
    await refused(backend, () => backend.client.call('sections.delete', { id: stop, deleteContent: true }));
    await backend.client.call('sections.delete', { id: sectionId('chapter-one', 'budgetary-constraints'), deleteContent: true });
    await backend.client.call('sections.delete', { id: made.id });
    model = await backend.client.call('report.model', { investigationId });
    expect(model.chapters.find((c) => c.id === chapterId('chapter-one'))!.sections.map((s) => s.title)).toEqual(['Same approach, different results?', 'Performance monitoring and publishing progress', 'Stop and search']);
    expect(model.recommendations).toHaveLength(11);
    expect(model.problems).toEqual([]);
  });
});

describe('moving blocks', () => {
  it('moves a block one place down and up within its section, and into another section; recommendations renumber', async () => {
    const { backend, investigationId } = await sampleBackend();
    const section = sectionId('chapter-one', 'performance-monitoring');
    const ids = async (key: string) => (await backend.client.call('blocks.list', { investigationId })).filter((b) => b.sectionId === key).sort((a, b) => a.position - b.position).map((b) => b.id);
    const positions = async (key: string) => (await backend.client.call('blocks.list', { investigationId })).filter((b) => b.sectionId === key).map((b) => b.position).sort((a, b) => a - b);
    const start = await ids(section);

    await backend.client.call('blocks.move', { id: start[0]!, chapterId: chapterId('chapter-one'), sectionId: section, position: 1 });
    expect(await ids(section)).toEqual([start[1], start[0], ...start.slice(2)]);
    await backend.client.call('blocks.move', { id: start[0]!, chapterId: chapterId('chapter-one'), sectionId: section, position: 0 });
    expect(await ids(section)).toEqual(start);
    // To the end (a position past it is clamped), with no gaps left behind.
    await backend.client.call('blocks.move', { id: start[0]!, chapterId: chapterId('chapter-one'), sectionId: section, position: 99 });
    expect(await ids(section)).toEqual([...start.slice(1), start[0]]);
    expect(await positions(section)).toEqual(start.map((_id, i) => i));

    // Recommendation 3 moved to the top of "Budgetary constraints": it is now 2, and 2 is 3.
    const model = await backend.client.call('report.model', { investigationId });
    const budget = sectionId('chapter-one', 'budgetary-constraints');
    const before = await ids(budget);
    await backend.client.call('blocks.move', { id: model.recommendations[2]!.blockId, chapterId: chapterId('chapter-one'), sectionId: budget, position: 0 });
    expect(await ids(budget)).toEqual([model.recommendations[2]!.blockId, ...before]);
    expect(await positions(section)).toEqual(start.slice(1).map((_id, i) => i));
    const after = await backend.client.call('report.model', { investigationId });
    expect(after.recommendations.slice(0, 3).map((r) => r.id)).toEqual([recommendationId(1), recommendationId(3), recommendationId(2)]);
    const tags = await backend.client.call('tags.list', { investigationId });
    expect(tags.find((t) => t.recommendationId === recommendationId(3))!.name).toBe('Recommendation 2');
  });
});

describe('recommendations', () => {
  it('edits parts, addressee and due date; a part keeps its id (and its dissent) when reworded', async () => {
    const { backend, investigationId } = await sampleBackend();
    const before = (await backend.client.call('report.model', { investigationId })).recommendations[7]!;
    const parts = before.parts.map((p) => ({ id: p.id, kind: p.kind, text: p.text }));
    parts[1] = { ...parts[1]!, text: 'support the Met’s lawful use of the tactic' };
    const result = await backend.client.call('recommendations.update', {
      id: recommendationId(8),
      parts: [...parts, { kind: 'bullet', text: 'publish the outcomes every quarter' }],
      addressee: 'MOPAC and the Met',
      dueOn: '2025-06-30',
      dueNote: 'by the end of Q1 2025-26',
    });
    expect(result).toEqual({ recommendationId: recommendationId(8), number: 8 });
    const model = await backend.client.call('report.model', { investigationId });
    const after = model.recommendations[7]!;
    expect(after).toMatchObject({ addressee: 'MOPAC and the Met', dueOn: '2025-06-30', dueNote: 'by the end of Q1 2025-26' });
    expect(after.parts.map((p) => p.id).slice(0, parts.length)).toEqual(parts.map((p) => p.id));
    expect(after.parts.at(-1)).toMatchObject({ kind: 'bullet', text: 'publish the outcomes every quarter' });
    expect(after.dissents).toEqual([{ objectionId: DISSENT, member: 'Zoë Garbett AM', partId: partId(8, 2) }]);
    const occurrences = blocksOf(model).flatMap((b) => (b.kind === 'recommendation' && b.recommendation.number === 8 ? [b.recommendation] : []));
    expect(occurrences.map((o) => o.parts[1]!.inlines)).toEqual([
      [{ type: 'text', text: 'support the Met’s lawful use of the tactic' }, { type: 'footnote', number: 9 }],
      [{ type: 'text', text: 'support the Met’s lawful use of the tactic' }, { type: 'footnote', number: 112 }],
    ]);
  });

  it('refuses to remove a part a member dissents from, to take parts from another recommendation, or to leave none', async () => {
    const { backend } = await sampleBackend();
    const error = await refused(backend, () =>
      backend.client.call('recommendations.update', { id: recommendationId(8), parts: [{ id: partId(8, 1), kind: 'paragraph', text: 'MOPAC should set out its approach.' }] }),
    );
    expect(error.message).toBe('Zoë Garbett AM’s dissent is on the part “support the Met\'s use of the tactic”, so that part cannot be removed. Withdraw the dissent, or move it to the whole recommendation, first.');
    const foreign = await refused(backend, () => backend.client.call('recommendations.update', { id: recommendationId(8), parts: [{ id: partId(1, 1), kind: 'paragraph', text: 'x' }] }));
    expect(foreign.code).toBe('invalid_input');
    const none = await refused(backend, () => backend.client.call('recommendations.update', { id: recommendationId(8), parts: [] }));
    expect(none.message).toBe('A recommendation needs its text.');
  });

  it('refuses to delete a recommendation while a member dissents from it, saying whose; deletes it once withdrawn and renumbers the rest', async () => {
    const { backend, investigationId } = await sampleBackend();
    const error = await refused(backend, () => backend.client.call('recommendations.delete', { id: recommendationId(8) }));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('Zoë Garbett AM’s dissent is recorded on Recommendation 8. Withdraw it first, then delete the recommendation.');

    await backend.client.call('objections.delete', { id: DISSENT });
    await backend.client.call('recommendations.delete', { id: recommendationId(8) });
    const model = await backend.client.call('report.model', { investigationId });
    expect(model.recommendations.map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12].map(recommendationId));
    expect(model.recommendations.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(model.footnotes.some((f) => f.objectionId === DISSENT)).toBe(false);
    // Two fewer footnotes (the dissent printed twice); the rest close up, the register with them.
    expect(model.footnotes).toHaveLength(149);
    expect(model.footnotes.find((f) => f.objectionId === RESERVATION)!.number).toBe(110);
    await expectRegisterInPrintedOrder(backend, investigationId, model);
    expect(model.problems).toEqual([]);
  });
});

describe('dissents and reservations', () => {
  it('records a dissent on one part with a citation: its footnote is made and printed in the summary and in the body', async () => {
    const { backend, investigationId } = await sampleBackend();
    const sources = await backend.client.call('sources.list', { investigationId });
    const panel = sources.find((s) => s.title.includes('Panel 1'))!;
    const logged = changeCount(backend);
    const dissent = await backend.client.call('objections.create', {
      kind: 'dissent',
      memberPersonId: HALL,
      recommendationId: recommendationId(3),
      recommendationPartId: (await backend.client.call('report.model', { investigationId })).recommendations[2]!.parts[0]!.id,
      text: 'Susan Hall AM dissents from the publication schedule.',
      citations: [{ sourceId: panel.id, locator: 'p.17' }],
    });
    expect(changeCount(backend)).toBe(logged + 1);
    expect(dissent).toMatchObject({ kind: 'dissent', memberName: 'Susan Hall AM', citations: [{ sourceId: panel.id, locator: 'p.17', style: 'full' }] });
    expect(dissent.footnoteIds).toHaveLength(1);

    const model = await backend.client.call('report.model', { investigationId });
    const printed = model.footnotes.filter((f) => f.objectionId === dissent.id);
    expect(printed.map((f) => f.chapterId)).toEqual([chapterId('recommendations'), chapterId('chapter-one')]);
    expect(printed[0]!.text).toMatch(/^Susan Hall AM dissents from the publication schedule\. London Assembly, Police and Crime Committee Transcript Panel 1, .*p\.17$/);
    // The summary list's first footnote (Recommendation 3 comes before 8); every later one moves up
    // one, and again after chapter one's Recommendation 3.
    expect(printed.map((f) => f.number)).toEqual([9, expect.any(Number)]);
    expect(model.footnotes.filter((f) => f.objectionId === DISSENT).map((f) => f.number)).toEqual([10, 114]);
    await expectRegisterInPrintedOrder(backend, investigationId, model);
    const html = renderReportHtml(model);
    expect(html).toContain(`<a href="#fn-9" id="fnref-9" aria-label="Footnote 9">9</a>`);

    // Edited: both printings follow. Withdrawn: both go.
    await backend.client.call('objections.update', { id: dissent.id, text: 'Susan Hall AM dissents from the timetable.', citations: [] });
    const edited = await backend.client.call('report.model', { investigationId });
    expect(edited.footnotes.filter((f) => f.objectionId === dissent.id).map((f) => f.text)).toEqual(['Susan Hall AM dissents from the timetable.', 'Susan Hall AM dissents from the timetable.']);
    await backend.client.call('objections.delete', { id: dissent.id });
    const withdrawn = await backend.client.call('report.model', { investigationId });
    expect(withdrawn.footnotes).toHaveLength(151);
    expect((await backend.client.call('objections.list', { investigationId })).map((o) => o.id).sort()).toEqual([DISSENT, RESERVATION].sort());
  });

  it('records a reservation after the words it qualifies, and refuses bad ones with the store unchanged', async () => {
    const { backend, investigationId } = await sampleBackend();
    const blocks = await backend.client.call('blocks.list', { investigationId });
    const paragraph = blocks.find((b) => b.kind === 'paragraph' && JSON.stringify(b.content).includes('Clear, Hold, Build'))!;
    const heading = blocks.find((b) => b.kind === 'heading')!;

    const notMember = await refused(backend, () => backend.client.call('objections.create', { kind: 'reservation', memberPersonId: sampleId('person/ben-bradford'), blockId: paragraph.id, text: 'No.' }));
    expect(notMember.message).toBe('Only a member of the committee can dissent or record a reservation. Choose one of its members.');
    const onHeading = await refused(backend, () => backend.client.call('objections.create', { kind: 'reservation', memberPersonId: GARBETT, blockId: heading.id, text: 'No.' }));
    expect(onHeading.message).toBe('A reservation is recorded on a paragraph (or a list). Choose the paragraph it qualifies.');
    const wrongWords = await refused(backend, () => backend.client.call('objections.create', { kind: 'reservation', memberPersonId: GARBETT, blockId: paragraph.id, anchorText: 'words that are not there', text: 'No.' }));
    expect(wrongWords.message).toBe('The words “words that are not there” are not in this paragraph. Copy them from it exactly, or leave them out to print the reservation at the end of the paragraph.');
    const wrongPart = await refused(backend, () => backend.client.call('objections.create', { kind: 'dissent', memberPersonId: HALL, recommendationId: recommendationId(8), recommendationPartId: partId(1, 1), text: 'No.' }));
    expect(wrongPart.details).toHaveProperty('recommendationPartId');
    const twice = await refused(backend, () => backend.client.call('objections.create', { kind: 'dissent', memberPersonId: GARBETT, recommendationId: recommendationId(8), text: 'Again.' }));
    expect(twice.message).toBe('Zoë Garbett AM already dissents from Recommendation 8. Edit that dissent instead.');
    const empty = await refused(backend, () => backend.client.call('objections.create', { kind: 'dissent', memberPersonId: HALL, recommendationId: recommendationId(8), text: '   ' }));
    expect(empty.message).toBe('The member’s words cannot be empty.');

    const reservation = await backend.client.call('objections.create', { kind: 'reservation', memberPersonId: HALL, blockId: paragraph.id, anchorText: 'Clear, Hold, Build', text: 'Susan Hall AM would describe it differently.' });
    const model = await backend.client.call('report.model', { investigationId });
    const block = blocksOf(model).find((b) => b.blockId === paragraph.id)!;
    const json = JSON.stringify(block);
    const number = model.footnotes.find((f) => f.objectionId === reservation.id)!.number;
    expect(json).toContain(`Clear, Hold, Build"},{"type":"footnote","number":${number}}`);
    // The paragraph cannot be deleted from under it.
    const blocked = await refused(backend, () => backend.client.call('blocks.delete', { id: paragraph.id }));
    expect(blocked.message).toContain('Susan Hall AM’s reservation');
  });
});

describe('bad input', () => {
  it('refuses to delete a quote a draft prints, saying where', async () => {
    const { backend, investigationId } = await sampleBackend();
    const blocks = await backend.client.call('blocks.list', { investigationId });
    const quoteBlock = blocks.find((b) => b.kind === 'quote' && b.sectionId === sectionId('chapter-one', 'budgetary-constraints'))!;
    const quoteId = (quoteBlock.content as { quoteId: string }).quoteId;
    const error = await refused(backend, () => backend.client.call('quotes.delete', { id: quoteId }));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('The draft report prints this quote in “Chapter one: Delivery and performance monitoring”, in “Budgetary constraints”. Remove it from the draft first.');
  });

  it('refuses rich text the house style does not allow, leaving the block as it was', async () => {
    const { backend, investigationId } = await sampleBackend();
    const blocks = await backend.client.call('blocks.list', { investigationId });
    const paragraph = blocks.find((b) => b.kind === 'paragraph')!;
    const bad = [
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'image', attrs: { src: 'https://example.org/x.png' } }] }] },
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] },
      { type: 'doc', content: [{ type: 'paragraph', attrs: { style: 'color:red' }, content: [{ type: 'text', text: 'x' }] }] },
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'textStyle', attrs: { color: 'red' } }] }] }] },
      { type: 'doc', content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'x' }] }] },
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'footnote', attrs: { footnoteId: 'not-a-footnote' } }] }] },
    ];
    for (const content of bad) {
      const error = await refused(backend, () => backend.client.call('blocks.update', { id: paragraph.id, block: { kind: 'paragraph', content } }));
      expect(['invalid_input']).toContain(error.code);
    }
    expect((await backend.client.call('blocks.list', { investigationId })).find((b) => b.id === paragraph.id)!.content).toEqual(paragraph.content);
  });
});
