/**
 * Named versions of the sample report through the API: saving one, editing the report
 * (blocks.update, recommendations.create, blocks.move, blocks.create), and comparing paragraph by
 * paragraph and word by word; recommendations renumbered; footnotes added without every later
 * paragraph looking changed; the committee's agreement with its members and Zoë Garbett AM's
 * dissent from Recommendation 8; and every refusal leaving the store as it was.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../backend';
import { sampleId } from '../../backend/sample/load-sample';
import { ApiError } from '../../shared/api/errors';
import type { BlockChange, VersionComparison, WordChange } from '../../shared/domain/versions';
import { renderReportHtml } from '../../shared/report/render-html';
import { sampleBackend, tempStorePath } from '../helpers/temp';

const BIN = path.join(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'), 'bin', 'scrutiny.cjs');

const chapterId = (key: string) => sampleId(`chapter/${key}`);
const sectionId = (chapter: string, section: string) => sampleId(`section/${chapter}/${section}`);
const blockId = (chapter: string, section: string | null, position: number) => sampleId(`block/${chapter}/${section ?? '-'}/${position}`);
const personId = (key: string) => sampleId(`person/${key}`);

/** The Foreword's last paragraph: “Policing in London is facing huge challenges…”. */
const FOREWORD_LAST = blockId('foreword', null, 7);

/** Rows of every table a versions call writes, and the change log: "the store is unchanged". */
function storeShape(backend: Backend): string {
  const db = backend.store.db;
  const counts = ['report_versions', 'agreements', 'change_log', 'blocks', 'recommendations'].map((t) => db.prepare(`SELECT count(*) AS n FROM ${t}`).get());
  const names = db.prepare('SELECT name, note, updated_at FROM report_versions ORDER BY id').all();
  return JSON.stringify([counts, names]);
}

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

/** A paragraph block's TipTap content with one piece of its words replaced. */
async function reword(backend: Backend, id: string, from: string, to: string): Promise<void> {
  const investigationId = (await backend.client.call('investigations.list', {}))[0]!.id;
  const block = (await backend.client.call('blocks.list', { investigationId })).find((b) => b.id === id)!;
  const json = JSON.stringify(block.content);
  expect(json).toContain(from);
  await backend.client.call('blocks.update', { id, block: { kind: 'paragraph', content: JSON.parse(json.replace(from, to)) } });
}

function allBlockChanges(comparison: VersionComparison): BlockChange[] {
  return comparison.chapters.flatMap((c) => c.blocks);
}

const only = (words: WordChange[], type: WordChange['type']) => words.filter((w) => w.type === type).map((w) => w.text);

describe('saving versions', () => {
  it('saves the report exactly as it reads, lists it, and names versions uniquely whatever their case', async () => {
    const { backend, investigationId } = await sampleBackend();
    const { client } = backend;
    const saved = await client.call('versions.save', { investigationId, name: "Chairman's draft", note: 'Sent to members for comment' });
    expect(saved).toMatchObject({ name: "Chairman's draft", note: 'Sent to members for comment', sameAsCurrent: true, recommendationCount: 12, footnoteCount: 151, agreement: null });
    expect(saved.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(saved.modelHash).toMatch(/^[0-9a-f]{64}$/);

    const model = await client.call('report.model', { investigationId });
    const detail = await client.call('versions.get', { id: saved.id });
    expect(detail.model).toEqual(model);
    // Its preview is the preview of the report as it was.
    expect(renderReportHtml(detail.model)).toBe(renderReportHtml(model));

    // Once the report is edited, the version keeps the old words and is no longer the current draft.
    await reword(backend, FOREWORD_LAST, 'facing huge challenges', 'facing serious challenges');
    const [listed] = await client.call('versions.list', { investigationId });
    expect(listed).toMatchObject({ id: saved.id, sameAsCurrent: false });
    const again = await client.call('versions.get', { id: saved.id });
    expect(JSON.stringify(again.model)).toContain('facing huge challenges');
    expect(JSON.stringify(again.model)).not.toContain('facing serious challenges');

    const log = backend.store.db.prepare("SELECT summary, author_id FROM change_log WHERE entity = 'report_version'").all();
    expect(log).toEqual([{ summary: 'Saved the report as the version “Chairman\'s draft”', author_id: saved.authorId }]);

    // Newest first.
    const second = await client.call('versions.save', { investigationId, name: 'Second draft' });
    expect((await client.call('versions.list', { investigationId })).map((v) => v.id)).toEqual([second.id, saved.id]);

    // Renaming keeps the report; the note can be cleared.
    const renamed = await client.call('versions.rename', { id: second.id, name: 'Draft for the 4 March meeting', note: '' });
    expect(renamed).toMatchObject({ name: 'Draft for the 4 March meeting', note: null, modelHash: second.modelHash });
  });

  it('refuses a name already used (in any case, with either apostrophe), a blank name and unknown versions, leaving the store unchanged', async () => {
    const { backend, investigationId } = await sampleBackend();
    const { client } = backend;
    const first = await client.call('versions.save', { investigationId, name: "Chairman's draft" });
    const other = await client.call('versions.save', { investigationId, name: 'Second draft' });
    const shape = storeShape(backend);

    const same = await refusal(client.call('versions.save', { investigationId, name: '  CHAIRMAN’S   draft ' }));
    expect(same.code).toBe('conflict');
    expect(same.message).toBe('There is already a version called “Chairman\'s draft”. Choose another name.');
    expect(same.details).toEqual({ name: same.message });

    const rename = await refusal(client.call('versions.rename', { id: other.id, name: "chairman's Draft" }));
    expect(rename.message).toBe('There is already a version called “Chairman\'s draft”. Choose another name.');

    const blank = await refusal(client.call('versions.save', { investigationId, name: '   ' }));
    expect(blank.code).toBe('invalid_input');
    expect(blank.details).toEqual({ name: 'The version’s name cannot be empty.' });

    const missing = await refusal(client.call('versions.get', { id: 'no-such-version' }));
    expect(missing.code).toBe('not_found');
    expect(missing.message).toBe('That version no longer exists. It may have been deleted; reload to see the current state.');

    const itself = await refusal(client.call('versions.compare', { fromId: first.id, toId: first.id }));
    expect(itself.message).toBe('Choose two different versions to compare, or compare this one with the current draft.');

    expect(storeShape(backend)).toBe(shape);
    // Renaming a version to its own name in another case is allowed: it is the same version.
    expect((await client.call('versions.rename', { id: first.id, name: "CHAIRMAN'S DRAFT" })).name).toBe("CHAIRMAN'S DRAFT");
  });
});

describe('comparing versions', () => {
  it('finds exactly the paragraph changed, with its words, the recommendation added and the later ones renumbered', async () => {
    const { backend, investigationId } = await sampleBackend();
    const { client } = backend;
    const saved = await client.call('versions.save', { investigationId, name: "Chairman's draft" });
    const before = await client.call('report.model', { investigationId });

    await reword(backend, FOREWORD_LAST, 'facing huge challenges', 'facing serious and growing challenges');
    const third = before.recommendations[2]!;
    const position = (await client.call('blocks.list', { investigationId })).find((b) => b.id === third.blockId)!.position;
    const added = await client.call('recommendations.create', {
      chapterId: third.chapterId,
      sectionId: third.sectionId,
      position,
      parts: [{ kind: 'paragraph', text: 'MOPAC should publish a quarterly report on progress against the final Police and Crime Plan.' }],
    });
    expect(added.number).toBe(3);

    const comparison = await client.call('versions.compare', { fromId: saved.id, toId: 'current' });
    expect(comparison.from).toEqual({ versionId: saved.id, name: "Chairman's draft", savedAt: saved.createdAt });
    expect(comparison.to).toEqual({ versionId: null, name: 'Current draft', savedAt: null });
    expect(comparison.identical).toBe(false);
    expect(comparison.summary).toBe('1 paragraph changed, Recommendation 3 added, Recommendations 3–12 became 4–13.');
    expect(comparison.counts).toEqual({ changed: 1, added: 0, removed: 0, moved: 0 });

    // Exactly that paragraph, and the recommendation's block where it was placed.
    const changes = allBlockChanges(comparison);
    expect(changes.map((c) => [c.status, c.blockId, c.label])).toEqual([
      ['changed', FOREWORD_LAST, 'Paragraph 8'],
      ['added', added.blockId, 'Recommendation 3'],
    ]);
    const foreword = comparison.chapters[0]!;
    expect(foreword).toMatchObject({ chapterId: chapterId('foreword'), heading: 'Foreword', status: 'same', sections: [] });
    const paragraph = foreword.blocks[0]!;
    expect(only(paragraph.words, 'removed')).toEqual(['huge']);
    expect(only(paragraph.words, 'added')).toEqual(['serious and growing']);
    expect(paragraph.words.map((w) => w.text).join('').replace('huge', '')).toBe(
      'Policing in London is facing serious and growing challenges but as the Mayor himself has agreed, keeping Londoners safe must be his top priority. We hope that MOPAC take forward the cross-party recommendations put forward within our report to help strengthen the final Plan and genuinely deliver on this priority.',
    );
    const chapterOne = comparison.chapters[1]!;
    expect(chapterOne.heading).toBe('Chapter one: Delivery and performance monitoring');
    expect(chapterOne.blocks[0]).toMatchObject({ sectionTitle: 'Performance monitoring and publishing progress', words: [{ type: 'added', text: 'MOPAC should publish a quarterly report on progress against the final Police and Crime Plan.' }] });

    // The recommendations: one added, ten renumbered, none reworded; the dissent stays on (now) 9.
    expect(comparison.recommendations[0]).toMatchObject({ recommendationId: added.recommendationId, status: 'added', fromNumber: null, toNumber: 3 });
    const renumbered = comparison.recommendations.slice(1);
    expect(renumbered.map((r) => [r.fromNumber, r.toNumber, r.status, r.textChanged])).toEqual(before.recommendations.slice(2).map((r) => [r.number, r.number + 1, 'kept', false]));
    expect(renumbered.flatMap((r) => [...r.dissentsAdded, ...r.dissentsRemoved])).toEqual([]);
    // No footnote moved: adding a recommendation without a dissent adds no footnote.
    expect(comparison.footnotes).toEqual({ changes: [], renumbered: 0 });
    expect(comparison.frontMatter).toEqual([]);

    // Saved as a second version, the same comparison comes back between the two, whichever way they are asked for.
    const second = await client.call('versions.save', { investigationId, name: 'Amended draft' });
    const between = await client.call('versions.compare', { fromId: saved.id, toId: second.id });
    const reversed = await client.call('versions.compare', { fromId: second.id, toId: saved.id });
    expect(between.summary).toBe(comparison.summary);
    expect(reversed).toEqual(between);
    expect(between.to).toEqual({ versionId: second.id, name: 'Amended draft', savedAt: second.createdAt });
    // And the second version is the current draft.
    expect((await client.call('versions.compare', { fromId: second.id, toId: 'current' })).summary).toBe('The two read exactly the same.');
  });

  it('shows a moved paragraph as moved, and a new quote’s footnote as added without marking every later paragraph changed', async () => {
    const { backend, investigationId } = await sampleBackend();
    const { client } = backend;
    const saved = await client.call('versions.save', { investigationId, name: 'Before' });
    // The Foreword's second paragraph moves to the end of the Foreword.
    const moved = blockId('foreword', null, 1);
    await client.call('blocks.move', { id: moved, chapterId: chapterId('foreword'), position: 100 });
    // A quote early in chapter one brings a new footnote: every footnote after it is renumbered.
    const quote = await client.call('blocks.create', { chapterId: chapterId('chapter-one'), position: 0, block: { kind: 'quote', content: { quoteId: sampleId('quote/19/1') } } });

    const comparison = await client.call('versions.compare', { fromId: saved.id, toId: 'current' });
    const changes = allBlockChanges(comparison);
    expect(changes.map((c) => [c.status, c.blockId])).toEqual([
      ['moved', moved],
      ['added', quote.id],
    ]);
    expect(changes[0]).toMatchObject({ label: 'Paragraph 8', movedFrom: 'Paragraph 2 in Foreword', words: [{ type: 'same', text: expect.stringMatching(/^The Police and Crime Committee therefore set out/) }] });
    expect(changes[1]!.words[0]!.text).toMatch(/^“how much we think what is in the PCP is going to filter down to the front line where policing is done”\[19\]\n— Professor Ben Bradford/);
    expect(comparison.footnotes.changes).toEqual([
      { status: 'added', fromNumber: null, toNumber: 19, words: [{ type: 'added', text: 'London Assembly, Police and Crime Committee Transcript Panel 1, 15 January 2025, p.17' }] },
    ]);
    expect(comparison.footnotes.renumbered).toBe(151 - 18);
    expect(comparison.summary).toBe('1 paragraph moved, 1 quote added, 1 footnote added, 133 renumbered.');
  });

  it('reports a renamed section, a removed paragraph, a paragraph moved to another chapter and a reworded footnote', async () => {
    const { backend, investigationId } = await sampleBackend();
    const { client } = backend;
    const saved = await client.call('versions.save', { investigationId, name: 'Before' });
    const before = await client.call('report.model', { investigationId });
    await client.call('sections.update', { id: sectionId('chapter-one', 'budgetary-constraints'), title: 'Budget pressures' });
    const removed = blockId('foreword', null, 2);
    await client.call('blocks.delete', { id: removed });
    const moved = blockId('foreword', null, 6);
    await client.call('blocks.move', { id: moved, chapterId: chapterId('introduction'), position: 0 });
    const first = before.footnotes[0]!;
    const register = (await client.call('footnotes.list', { investigationId })).find((f) => f.id === first.footnoteId)!;
    const citations = register.citations.map(({ sourceId, style, locator, label, accessedOn, joiner }) => ({ sourceId, style, locator, label, ...(accessedOn ? { accessedOn } : {}), joiner }));
    await client.call('footnotes.update', { id: register.id, citations, textAfter: '. Consultation closed in February 2025.' });

    const comparison = await client.call('versions.compare', { fromId: saved.id, toId: 'current' });
    expect(comparison.summary).toBe('1 section renamed, 1 paragraph removed, 1 moved, 1 footnote changed.');
    const foreword = comparison.chapters.find((c) => c.chapterId === chapterId('foreword'))!;
    expect(foreword.blocks.map((b) => [b.status, b.blockId, b.label])).toEqual([['removed', removed, 'Paragraph 3']]);
    expect(foreword.blocks[0]!.words).toEqual([{ type: 'removed', text: expect.stringMatching(/^This draft Plan sits against a backdrop/) }]);
    const introduction = comparison.chapters.find((c) => c.chapterId === chapterId('introduction'))!;
    expect(introduction.blocks.map((b) => [b.status, b.blockId, b.label, b.movedFrom])).toEqual([['moved', moved, 'Paragraph 1', 'Paragraph 7 in Foreword']]);
    const chapterOne = comparison.chapters.find((c) => c.chapterId === chapterId('chapter-one'))!;
    expect(chapterOne).toMatchObject({ status: 'same', blocks: [], sections: [{ status: 'renamed', title: 'Budget pressures', previousTitle: 'Budgetary constraints' }] });
    // The footnote keeps its number; only its words changed.
    expect(comparison.footnotes.renumbered).toBe(0);
    expect(comparison.footnotes.changes).toEqual([{ status: 'changed', fromNumber: 1, toNumber: 1, words: [{ type: 'same', text: first.text }, { type: 'added', text: expect.stringContaining('Consultation closed in February 2025.') }] }]);
  });

  it('refuses versions of another investigation’s report', async () => {
    const { backend, investigationId } = await sampleBackend();
    const { client } = backend;
    const mine = await client.call('versions.save', { investigationId, name: 'Draft' });
    const other = await client.call('investigations.create', { title: 'Another inquiry', committeeName: 'Another committee' });
    const theirs = await client.call('versions.save', { investigationId: other.id, name: 'Draft' });
    const error = await refusal(client.call('versions.compare', { fromId: mine.id, toId: theirs.id }));
    expect(error.message).toBe('Those two versions are of different investigations’ reports. Choose two versions of the same report.');
  });
});

describe('recording agreement', () => {
  it('records the date, the members present and, by default, the Recommendation 8 dissent; the version can then not be deleted', async () => {
    const { backend, investigationId } = await sampleBackend();
    const { client } = backend;
    const version = await client.call('versions.save', { investigationId, name: 'As agreed on 4 March 2025' });
    const detail = await client.call('versions.get', { id: version.id });
    const dissent = {
      objectionId: sampleId('objection/dissent-garbett-rec-8'),
      personId: personId('zoe-garbett'),
      member: 'Zoë Garbett AM',
      recommendationNumber: 8,
      part: "support the Met's use of the tactic",
      text: expect.stringMatching(/^Zoë Garbett AM dissents from part of Recommendation 8\. .*"monitor and scrutinise its use"\.$/),
    };
    expect(detail.dissents).toEqual([dissent]);

    const agreement = await client.call('agreements.record', {
      versionId: version.id,
      agreedOn: '2025-03-04',
      memberIds: [personId('susan-hall'), personId('zoe-garbett'), personId('susan-hall')],
      note: 'Agreed at the formal meeting.',
    });
    expect(agreement).toMatchObject({
      versionId: version.id,
      versionName: 'As agreed on 4 March 2025',
      agreedOn: '2025-03-04',
      membersPresent: [
        { personId: personId('susan-hall'), name: 'Susan Hall AM' },
        { personId: personId('zoe-garbett'), name: 'Zoë Garbett AM' },
      ],
      dissentsNoted: [dissent],
      note: 'Agreed at the formal meeting.',
    });
    expect(await client.call('agreements.list', { investigationId })).toEqual([agreement]);
    expect((await client.call('versions.list', { investigationId }))[0]!.agreement).toEqual({ id: agreement.id, agreedOn: '2025-03-04' });
    expect(backend.store.db.prepare("SELECT summary FROM change_log WHERE entity = 'agreement'").pluck().all()).toEqual(['Recorded the committee’s agreement of “As agreed on 4 March 2025” on 4 March 2025']);

    // The record keeps its words if the dissent is later reworded in the report.
    backend.store.db.prepare("UPDATE objections SET text = 'Reworded.' WHERE id = ?").run(sampleId('objection/dissent-garbett-rec-8'));
    const kept = (await client.call('agreements.list', { investigationId }))[0]!.dissentsNoted[0]!.text;
    expect(kept).toBe(agreement.dissentsNoted[0]!.text);
    expect(kept).toMatch(/^Zoë Garbett AM dissents from part of Recommendation 8\./);

    const shape = storeShape(backend);
    const deleted = await refusal(client.call('versions.delete', { id: version.id }));
    expect(deleted.code).toBe('conflict');
    expect(deleted.message).toBe('“As agreed on 4 March 2025” is the version the committee agreed on 4 March 2025, so it is kept as the record of that agreement. Withdraw the agreement first if it was recorded by mistake.');
    const twice = await refusal(client.call('agreements.record', { versionId: version.id, agreedOn: '2025-03-05', memberIds: [personId('susan-hall')] }));
    expect(twice.message).toBe('The committee’s agreement of “As agreed on 4 March 2025” is already recorded (4 March 2025).');
    expect(storeShape(backend)).toBe(shape);

    // Withdrawn, the version can go.
    await client.call('agreements.delete', { id: agreement.id });
    await client.call('versions.delete', { id: version.id });
    expect(await client.call('versions.list', { investigationId })).toEqual([]);
  });

  it('notes the dissents chosen, or said at the meeting, and none when told so', async () => {
    const { backend, investigationId } = await sampleBackend();
    const { client } = backend;
    const first = await client.call('versions.save', { investigationId, name: 'First' });
    const none = await client.call('agreements.record', { versionId: first.id, agreedOn: '2025-03-04', memberIds: [personId('susan-hall')], dissentsNoted: [] });
    expect(none.dissentsNoted).toEqual([]);
    const second = await client.call('versions.save', { investigationId, name: 'Second' });
    const spoken = await client.call('agreements.record', {
      versionId: second.id,
      agreedOn: '2025-03-11',
      memberIds: [personId('susan-hall'), personId('zoe-garbett')],
      dissentsNoted: [{ objectionId: sampleId('objection/dissent-garbett-rec-8') }, { memberId: personId('zoe-garbett'), text: 'Dissents from paragraph 3 of the Foreword.' }],
    });
    expect(spoken.dissentsNoted.map((d) => [d.member, d.recommendationNumber, d.objectionId !== null])).toEqual([
      ['Zoë Garbett AM', 8, true],
      ['Zoë Garbett AM', null, false],
    ]);
    expect(spoken.dissentsNoted[1]!.text).toBe('Dissents from paragraph 3 of the Foreword.');
  });

  it('refuses non-members, a date in the future, an unknown dissent and no members, leaving the store unchanged', async () => {
    const { backend, investigationId } = await sampleBackend();
    const { client } = backend;
    const version = await client.call('versions.save', { investigationId, name: 'Draft' });
    const shape = storeShape(backend);
    const base = { versionId: version.id, agreedOn: '2025-03-04', memberIds: [personId('susan-hall')] };

    const guest = await refusal(client.call('agreements.record', { ...base, memberIds: [personId('susan-hall'), personId('ben-bradford')] }));
    expect(guest.code).toBe('invalid_input');
    expect(guest.message).toBe('Only members of the committee can be recorded as present. Choose from the committee’s members.');
    expect(guest.details).toMatchObject({ 'memberIds.1': guest.message });

    const future = await refusal(client.call('agreements.record', { ...base, agreedOn: '2999-01-01' }));
    expect(future.details).toEqual({ agreedOn: 'The date of agreement cannot be in the future.' });

    const notADate = await refusal(client.call('agreements.record', { ...base, agreedOn: '2025-02-30' }));
    expect(notADate.details).toEqual({ agreedOn: 'The date of agreement is not a real calendar date.' });

    const nobody = await refusal(client.call('agreements.record', { ...base, memberIds: [] }));
    expect(nobody.details).toEqual({ memberIds: 'Choose the members present.' });

    const ghost = await refusal(client.call('agreements.record', { ...base, dissentsNoted: [{ objectionId: 'not-a-dissent' }] }));
    expect(ghost.message).toBe('That dissent is not printed in this version. Choose from the dissents on its recommendations, or note it in words.');

    const outsider = await refusal(client.call('agreements.record', { ...base, dissentsNoted: [{ memberId: personId('ben-bradford'), text: 'Disagrees.' }] }));
    expect(outsider.message).toBe('A dissent can only be noted for a member of the committee.');

    const noMember = await refusal(client.call('agreements.record', { ...base, dissentsNoted: [{ memberId: '', text: 'Disagrees.' }] }));
    expect(noMember.message).toBe('Choose the member who dissented.');
    expect(noMember.details).toEqual({ 'dissentsNoted.0.memberId': 'Choose the member who dissented.' });

    expect(storeShape(backend)).toBe(shape);
  });
});

describe('scrutiny versions', () => {
  it('lists the versions and the agreement, as lines and as JSON', async () => {
    const store = tempStorePath();
    const backend = await createBackend({ storePath: store });
    const { investigationId } = await backend.client.call('sample.load', {});
    const draft = await backend.client.call('versions.save', { investigationId, name: "Chairman's draft", note: 'Sent to members' });
    await backend.client.call('agreements.record', { versionId: draft.id, agreedOn: '2025-03-04', memberIds: [personId('susan-hall'), personId('zoe-garbett')] });
    await backend.close();

    const run = (args: string[]) => spawnSync(process.execPath, [BIN, '--store', store, ...args], { encoding: 'utf8', timeout: 60_000 });
    const plain = run(['versions', '--investigation', investigationId]);
    expect(plain.status).toBe(0);
    const lines = plain.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(['Versions (1), newest first', "  Chairman's draft", expect.stringMatching(/^    saved \d{1,2} \w+ \d{4} by .+; agreed on 4 March 2025; 12 recommendations, 151 footnotes; same as the current draft$/)]);
    expect(lines).toContain('  4 March 2025: “Chairman\'s draft”');
    expect(lines).toContain('    Members present: Susan Hall AM, Zoë Garbett AM');
    expect(lines).toContain('    Dissent: Zoë Garbett AM (Recommendation 8, from “support the Met\'s use of the tactic”)');

    const json = run(['versions', '--investigation', investigationId, '--json']);
    expect(json.status).toBe(0);
    const parsed = JSON.parse(json.stdout) as { versions: { id: string }[]; agreements: { agreedOn: string }[] };
    expect(parsed.versions.map((v) => v.id)).toEqual([draft.id]);
    expect(parsed.agreements.map((a) => a.agreedOn)).toEqual(['2025-03-04']);

    const unknown = run(['versions', '--investigation', 'no-such-investigation']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/That investigation no longer exists/);
  }, 120_000);
});
