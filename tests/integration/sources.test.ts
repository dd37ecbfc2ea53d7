/**
 * The sources register and footnotes through the API, on the sample investigation: the acceptance
 * test (every one of the seed's 151 footnotes, formatted by the app, reads exactly as the seed
 * prints it) and the register's rules (one source per transcript, no duplicates in the sample,
 * "where is this cited", refusing to delete a cited source, merging, safe links, numbering).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../backend';
import { sampleId } from '../../backend/sample/load-sample';
import { saveSampleSources, sampleFootnoteId } from '../../backend/sample/load-sample-sources';
import { SAMPLE_SOURCE_KEYS, SAMPLE_SOURCES, sampleSourceId } from '../../backend/sample/sources';
import { SAMPLE_FOOTNOTES } from '../../backend/sample/footnotes';
import { sampleBackend } from '../helpers/temp';

const SEED_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/seed');

/** The seed's footnotes, number → text, read from the seed at test time with links reduced to their words. */
function seedFootnotes(): Map<number, string> {
  const notes = new Map<number, string>();
  for (const file of fs.readdirSync(SEED_DIR).filter((f) => f.endsWith('.md'))) {
    for (const line of fs.readFileSync(path.join(SEED_DIR, file), 'utf8').split(/\r?\n/)) {
      const match = /^<sup>(\d+)<\/sup> (.*)$/.exec(line);
      if (match) notes.set(Number(match[1]), match[2]!.replace(/\[([^\]]*)\]\(#\)/g, '$1'));
    }
  }
  return notes;
}

/** Only what the acceptance criteria allow: typographic quotes and runs of whitespace. */
function normalise(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
}

/** Row counts and the change log's length: "the store is unchanged" for a refused action. */
function storeShape(backend: Backend): string {
  const db = backend.store.db;
  return JSON.stringify(
    ['sources', 'citations', 'footnotes', 'change_log', 'observations', 'transcripts'].map((table) => db.prepare(`SELECT count(*) AS n FROM ${table}`).get()),
  );
}

describe('the sample’s footnotes', () => {
  it('formats all 151 exactly as the seed prints them', async () => {
    const { backend, investigationId } = await sampleBackend();
    const footnotes = await backend.client.call('footnotes.list', { investigationId });
    const seed = seedFootnotes();
    expect(seed.size).toBe(151);
    expect(footnotes.map((f) => f.position)).toEqual([...seed.keys()].sort((a, b) => a - b));
    const mismatches = footnotes.filter((f) => normalise(f.text) !== normalise(seed.get(f.position)!)).map((f) => ({ n: f.position, app: f.text, seed: seed.get(f.position) }));
    expect(mismatches).toEqual([]);
    // The runs are the text: nothing is printed that the plain text does not say.
    for (const footnote of footnotes) expect(footnote.runs.map((r) => r.text).join('')).toBe(footnote.text);
  });

  it('links the dissent (printed twice) and the reservation to their objections', async () => {
    const { backend, investigationId } = await sampleBackend();
    const footnotes = await backend.client.call('footnotes.list', { investigationId });
    const dissent = sampleId('objection/dissent-garbett-rec-8');
    const reservation = sampleId('objection/reservation-garbett-stop-and-search');
    expect(footnotes.filter((f) => f.objectionId).map((f) => [f.position, f.objectionId])).toEqual([
      [9, dissent],
      [111, reservation],
      [112, dissent],
    ]);
    const first = backend.store.db.prepare('SELECT id, footnote_id FROM objections ORDER BY id').all() as { id: string; footnote_id: string }[];
    expect(Object.fromEntries(first.map((o) => [o.id, o.footnote_id]))).toEqual({ [dissent]: sampleFootnoteId(9), [reservation]: sampleFootnoteId(111) });
  });

  it('has the same ids in every store, and loading again changes nothing', async () => {
    const { backend, investigationId } = await sampleBackend();
    const footnotes = await backend.client.call('footnotes.list', { investigationId });
    expect(footnotes[0]!.id).toBe(sampleFootnoteId(1));
    expect(footnotes[0]!.citations[0]).toMatchObject({ id: sampleId('citation/1/0'), sourceId: sampleSourceId('mopac-pcp-consultation-press-release') });
    const before = storeShape(backend);
    expect(await backend.client.call('sample.load', {})).toMatchObject({ created: false });
    expect(backend.store.transaction(() => saveSampleSources(backend.store.db, 'someone', investigationId))).toEqual({ sources: 0, footnotes: 0 });
    expect(storeShape(backend)).toBe(before);
  });
});

describe('the sample’s sources register', () => {
  it('registers each of the seven transcripts once, as its own source', async () => {
    const { backend, investigationId } = await sampleBackend();
    const { client } = backend;
    const transcriptSources = await client.call('sources.list', { investigationId, kind: 'transcript' });
    expect(transcriptSources).toHaveLength(7);
    const transcripts = await client.call('transcripts.list', { investigationId });
    expect(transcripts).toHaveLength(7);
    expect(new Set(transcriptSources.map((s) => s.transcriptId))).toEqual(new Set(transcripts.map((t) => t.id)));
    for (const source of transcriptSources) {
      expect(source).toMatchObject({ publisher: 'London Assembly', url: null });
      expect(source.citationCount).toBeGreaterThan(0);
    }
    // Every footnote the seed prints as a committee transcript cites one of these seven, and no other does.
    const footnotes = await client.call('footnotes.list', { investigationId });
    const ids = new Set(transcriptSources.map((s) => s.id));
    const citingTranscripts = footnotes.filter((f) => f.citations.some((c) => ids.has(c.sourceId))).map((f) => f.position);
    const seedTranscriptNotes = [...seedFootnotes()].filter(([, text]) => /Committee transcript/i.test(text)).map(([n]) => n);
    expect(seedTranscriptNotes.length).toBeGreaterThan(70);
    expect(citingTranscripts).toEqual(seedTranscriptNotes);
  });

  it('holds one source per document, none a likely duplicate of another, each cited', async () => {
    const { backend, investigationId } = await sampleBackend();
    const sources = await backend.client.call('sources.list', { investigationId });
    expect(sources).toHaveLength(SAMPLE_SOURCES.length + 7);
    expect(SAMPLE_SOURCE_KEYS.size).toBe(sources.length);
    expect(await backend.client.call('sources.duplicates', { investigationId })).toEqual([]);
    expect(sources.filter((s) => s.likelyDuplicateIds.length > 0)).toEqual([]);
    expect(sources.filter((s) => s.citationCount === 0).map((s) => s.title)).toEqual([]);
    const citations = SAMPLE_FOOTNOTES.reduce((n, f) => n + f.cite.length, 0);
    expect(sources.reduce((n, s) => n + s.citationCount, 0)).toBe(citations);
    // The metrics refer to these by key.
    for (const key of ['met-monthly-crime-data', 'mopac-public-perceptions-dashboard', 'mopac-victims-and-witnesses-dashboard', 'met-homicide-dashboard', 'met-stop-and-search-monthly-report', 'mopac-violence-dashboard']) {
      expect(sources.find((s) => s.id === sampleSourceId(key))?.kind, key).toBe('dashboard');
    }
  });

  it('filters by kind, publisher and words', async () => {
    const { backend, investigationId } = await sampleBackend();
    const { client } = backend;
    expect((await client.call('sources.list', { investigationId, kind: 'news' })).map((s) => s.publisher).sort()).toEqual(['BBC', 'BBC', 'ITV', 'Independent']);
    const met = await client.call('sources.list', { investigationId, publisher: 'metropolitan police' });
    expect(met.map((s) => s.title).sort()).toEqual(['Commissioner – law ruling leaves policing in a "hopeless position"', 'Homicide Dashboard', 'Monthly Crime Data', 'Stop and Search Monthly Report']);
    expect((await client.call('sources.list', { investigationId, query: 'clear hold' })).map((s) => s.publishedOn).sort()).toEqual(['2023-03-28', '2025-01-21', '2025-01-23']);
    expect(await client.call('sources.list', { investigationId, query: 'nothing is called this' })).toEqual([]);
  });

  it('says where a source is cited', async () => {
    const { backend } = await sampleBackend();
    const detail = await backend.client.call('sources.get', { id: sampleSourceId('mopac-public-perceptions-dashboard') });
    expect(detail.citationCount).toBe(5);
    expect(detail.uses.map((u) => u.footnotePosition)).toEqual([3, 30, 59, 60, 61]);
    expect(detail.uses[2]!.footnoteText).toBe('MOPAC, Public Perceptions Dashboard, accessed 25 February 2025. Data available by filtering measure \'Confidence "good job" local\'.');
    const transcript = await backend.client.call('sources.get', { id: sampleSourceId('transcript/transcript-2025-01-29') });
    expect(transcript.transcriptId).toBe(sampleId('transcript/transcript-2025-01-29'));
    expect(transcript.uses.find((u) => u.footnotePosition === 131)).toMatchObject({ locator: 'p.38', footnoteText: 'London Assembly, Police and Crime Committee Transcript, 29 January 2025, p.38' });
  });
});

describe('changing the register', () => {
  it('refuses to delete a cited source, naming the footnotes, and leaves the store as it was', async () => {
    const { backend } = await sampleBackend();
    const { client } = backend;
    const before = storeShape(backend);
    await expect(client.call('sources.delete', { id: sampleSourceId('mopac-budget-2025-26-tough-choices') })).rejects.toMatchObject({
      code: 'conflict',
      message: 'This source is cited in footnotes 37, 39 and 40. Remove those citations or merge the source into another first.',
    });
    await expect(client.call('sources.delete', { id: sampleSourceId('mopac-pcp-data-definitions') })).rejects.toMatchObject({
      message: 'This source is cited in footnotes 4 and 51. Remove those citations or merge the source into another first.',
    });
    await expect(client.call('sources.delete', { id: sampleSourceId('mopac-violence-dashboard') })).rejects.toMatchObject({
      message: 'This source is cited in footnote 54. Remove that citation or merge the source into another first.',
    });
    expect(storeShape(backend)).toBe(before);
    expect((await client.call('sources.get', { id: sampleSourceId('mopac-violence-dashboard') })).citationCount).toBe(1);
  });

  it('refuses to delete the source of a metric, or a transcript’s own source, saying why', async () => {
    const { backend, investigationId } = await sampleBackend();
    const { client } = backend;
    const { id } = await client.call('sources.create', { investigationId, kind: 'dashboard', publisher: 'Home Office', title: 'Police workforce statistics' });
    const db = backend.store.db;
    const stamp = { author_id: 'test', created_at: '2025-01-01T00:00:00Z', updated_at: '2025-01-01T00:00:00Z' };
    db.prepare(`INSERT INTO indicators (id, investigation_id, name, unit, source_id, author_id, created_at, updated_at) VALUES ('ind', ?, 'Officers', 'count', NULL, @author_id, @created_at, @updated_at)`).run(investigationId, stamp);
    db.prepare(`INSERT INTO observations (id, indicator_id, period_kind, period, value, source_id, author_id, created_at, updated_at) VALUES ('obs', 'ind', 'calendar_year', '2024', 34000, ?, @author_id, @created_at, @updated_at)`).run(id, stamp);
    await expect(client.call('sources.delete', { id })).rejects.toMatchObject({
      code: 'conflict',
      message: 'This source is the source of one metric observation. Give those metrics another source or merge this source into another first.',
    });
    await expect(client.call('sources.delete', { id: sampleSourceId('transcript/transcript-2024-07-17') })).rejects.toMatchObject({
      code: 'conflict',
      message: 'This source is cited in footnote 73 and the source of the transcript “Police and Crime Committee Transcript”. Remove that citation or merge the source into another first.',
    });
  });

  it('deletes a source nothing cites', async () => {
    const { backend, investigationId } = await sampleBackend();
    const { client } = backend;
    const { id } = await client.call('sources.create', { investigationId, kind: 'letter', publisher: 'MOPAC', title: 'Letter to the Chairman', publishedOn: '2025-03' });
    expect(await client.call('sources.delete', { id })).toEqual({ id });
    await expect(client.call('sources.get', { id })).rejects.toMatchObject({ code: 'not_found' });
    const log = backend.store.db.prepare(`SELECT action, summary FROM change_log WHERE entity_id = ? ORDER BY at, rowid`).all(id);
    expect(log).toEqual([
      { action: 'create', summary: 'Added the source “MOPAC, Letter to the Chairman”' },
      { action: 'delete', summary: 'Deleted the source “MOPAC, Letter to the Chairman”' },
    ]);
  });

  it('flags likely duplicates on create: same address (case and trailing slash aside), or same publisher and title', async () => {
    const { backend, investigationId } = await sampleBackend();
    const { client } = backend;
    const sameUrl = await client.call('sources.create', { investigationId, kind: 'dashboard', publisher: 'Greater London Authority', title: 'Datastore', url: 'HTTPS://DATA.LONDON.GOV.UK' });
    expect(sameUrl.likelyDuplicateIds).toEqual([sampleSourceId('london-datastore')]);
    const sameTitle = await client.call('sources.create', { investigationId, kind: 'report', publisher: 'mopac', title: 'MOPAC Budget 2025-26: update on Metropolitan Police Service ‘tough choices’' });
    expect(sameTitle.likelyDuplicateIds).toEqual([sampleSourceId('mopac-budget-2025-26-tough-choices')]);
    // Same title from another year's meeting is another document.
    const otherDate = await client.call('sources.create', { investigationId, kind: 'transcript', publisher: 'London Assembly', title: 'Police and Crime Committee Transcript', publishedOn: '2025-03-05' });
    expect(otherDate.likelyDuplicateIds).toEqual([]);
    const groups = await client.call('sources.duplicates', { investigationId });
    expect(groups).toEqual(
      expect.arrayContaining([
        { reason: 'same_url', sourceIds: expect.arrayContaining([sameUrl.id, sampleSourceId('london-datastore')]) },
        { reason: 'same_publisher_and_title', sourceIds: expect.arrayContaining([sameTitle.id, sampleSourceId('mopac-budget-2025-26-tough-choices')]) },
      ]),
    );
    expect(groups).toHaveLength(2);
    const listed = await client.call('sources.list', { investigationId, query: 'datastore' });
    expect(listed.find((s) => s.id === sampleSourceId('london-datastore'))!.likelyDuplicateIds).toEqual([sameUrl.id]);
  });

  it('merges a duplicate into the source kept, moving every citation in one step', async () => {
    const { backend, investigationId } = await sampleBackend();
    const { client } = backend;
    const violence = sampleSourceId('mopac-violence-dashboard');
    const duplicate = await client.call('sources.create', { investigationId, kind: 'dashboard', publisher: 'MOPAC', title: 'Violence dashboard', accessedOn: '2025-03-01' });
    expect(duplicate.likelyDuplicateIds).toEqual([violence]);
    const cited = await client.call('footnotes.create', { investigationId, citations: [{ sourceId: duplicate.id }], textAfter: '. Knife crime with injury, under-25s.' });
    expect(cited.text).toBe('MOPAC, Violence dashboard, accessed 1 March 2025. Knife crime with injury, under-25s.');

    const merged = await client.call('sources.merge', { keepId: violence, mergeIds: [duplicate.id] });
    expect(merged).toMatchObject({ keptId: violence, movedCitations: 1, removedSources: 1 });
    await expect(client.call('sources.get', { id: duplicate.id })).rejects.toMatchObject({ code: 'not_found' });
    const kept = await client.call('sources.get', { id: violence });
    expect(kept.uses.map((u) => u.footnotePosition)).toEqual([54, 152]);
    // The register's title now, and the date that page was actually read.
    expect(kept.uses[1]!.footnoteText).toBe('MOPAC, Violence Dashboard, accessed 1 March 2025. Knife crime with injury, under-25s.');
    expect(await client.call('sources.duplicates', { investigationId })).toEqual([]);
  });

  it('refuses to merge two transcripts’ sources, or a source into itself', async () => {
    const { backend } = await sampleBackend();
    const { client } = backend;
    const before = storeShape(backend);
    await expect(
      client.call('sources.merge', { keepId: sampleSourceId('transcript/transcript-2025-01-29'), mergeIds: [sampleSourceId('transcript/transcript-2025-02-12')] }),
    ).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/each transcript keeps its own source/) });
    await expect(client.call('sources.merge', { keepId: sampleSourceId('london-datastore'), mergeIds: [sampleSourceId('london-datastore')] })).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'A source cannot be merged into itself.',
    });
    expect(storeShape(backend)).toBe(before);
  });

  it('refuses links that are not http(s) or mailto, and never prints one as a link', async () => {
    const { backend, investigationId } = await sampleBackend();
    const { client } = backend;
    const before = storeShape(backend);
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(document.cookie)', 'file:///etc/passwd', 'data:text/html,<script>alert(1)</script>', 'java\tscript:alert(1)', 'https://exa mple.org/', 'vbscript:msgbox(1)']) {
      await expect(client.call('sources.create', { investigationId, kind: 'web_page', title: 'Hostile', url }), url).rejects.toMatchObject({
        code: 'invalid_input',
        details: { url: expect.stringMatching(/http:\/\/ or https:\/\//) },
      });
    }
    await expect(client.call('sources.update', { id: sampleSourceId('npcc-operation-soteria'), url: 'javascript:void(0)' })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(storeShape(backend)).toBe(before);

    const footnotes = await client.call('footnotes.list', { investigationId });
    const hrefs = footnotes.flatMap((f) => f.runs.map((r) => r.href).filter(Boolean));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
    expect(footnotes[5]!.runs).toContainEqual({ text: 'Police Reform and Social Responsibility Act 2011', href: 'https://www.legislation.gov.uk/ukpga/2011/13/contents', sourceId: sampleSourceId('police-reform-and-social-responsibility-act-2011') });

    const updated = await client.call('sources.update', { id: sampleSourceId('npcc-operation-soteria'), url: 'mailto:soteria@example.org' });
    expect(updated.url).toBe('mailto:soteria@example.org');
    const soteria = (await client.call('footnotes.list', { investigationId }))[125]!;
    expect(soteria.runs).toContainEqual({ text: 'Operation Soteria', href: 'mailto:soteria@example.org', sourceId: updated.id });
  });

  it('refuses a transcript’s own source becoming another kind', async () => {
    const { backend } = await sampleBackend();
    await expect(backend.client.call('sources.update', { id: sampleSourceId('transcript/transcript-2025-01-29'), kind: 'report' })).rejects.toMatchObject({
      code: 'invalid_input',
      details: { kind: expect.any(String) },
    });
  });

  it('a source’s edit is seen in every footnote citing it', async () => {
    const { backend, investigationId } = await sampleBackend();
    const { client } = backend;
    await client.call('sources.update', { id: sampleSourceId('met-homicide-dashboard'), title: 'Homicide dashboard', accessedOn: '2025-03-03' });
    const footnotes = await client.call('footnotes.list', { investigationId });
    expect(footnotes[27]!.text).toBe('Metropolitan Police, Homicide dashboard, accessed 3 March 2025');
    expect(footnotes[88]!.text).toMatch(/^Metropolitan Police, Homicide dashboard, accessed 3 March 2025\. Homicides reduced/);
  });
});

describe('footnotes', () => {
  it('adds at a position, edits, replaces citations and deletes, keeping the numbers 1..n', async () => {
    const { backend, investigationId } = await sampleBackend();
    const { client } = backend;
    const p1 = sampleSourceId('transcript/transcript-2025-01-15-panel-1');
    const created = await client.call('footnotes.create', {
      investigationId,
      position: 3,
      textBefore: 'See ',
      citations: [
        { sourceId: p1, locator: 'p.4', joiner: ' and ' },
        { sourceId: sampleSourceId('baroness-casey-review'), locator: 'p.12' },
      ],
      textAfter: '.',
    });
    expect(created).toMatchObject({ position: 3, text: 'See London Assembly, Police and Crime Committee Transcript Panel 1, 15 January 2025, p.4 and Baroness Casey Review, March 2023, p.12.' });
    let list = await client.call('footnotes.list', { investigationId });
    expect(list.map((f) => f.position)).toEqual(Array.from({ length: 152 }, (_v, i) => i + 1));
    expect(list[3]!.id).toBe(sampleFootnoteId(3));

    const edited = await client.call('footnotes.update', { id: created.id, citations: [{ sourceId: sampleSourceId('london-datastore'), style: 'title', label: 'the Datastore' }], textAfter: ' has the series.' });
    expect(edited.text).toBe('See the Datastore has the series.');
    expect(edited.runs).toEqual([{ text: 'See ' }, { text: 'the Datastore', href: 'https://data.london.gov.uk/', sourceId: sampleSourceId('london-datastore') }, { text: ' has the series.' }]);
    expect((await client.call('sources.get', { id: p1 })).uses.map((u) => u.footnotePosition)).not.toContain(3);

    // Changing only the words keeps the citations as they are.
    const reworded = await client.call('footnotes.update', { id: created.id, textAfter: ' holds the series.' });
    expect(reworded.text).toBe('See the Datastore holds the series.');
    expect(reworded.citations).toHaveLength(1);

    await expect(client.call('footnotes.update', { id: created.id, textBefore: '', citations: [], textAfter: ' ' })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await client.call('footnotes.delete', { id: created.id })).toEqual({ id: created.id });
    list = await client.call('footnotes.list', { investigationId });
    expect(list.map((f) => f.id)).toEqual(SAMPLE_FOOTNOTES.map((f) => sampleFootnoteId(f.number)));
    expect(list.map((f) => f.position)).toEqual(SAMPLE_FOOTNOTES.map((f) => f.number));
  });

  it('keeps the dissent’s first printing when that footnote is deleted', async () => {
    const { backend } = await sampleBackend();
    await backend.client.call('footnotes.delete', { id: sampleFootnoteId(9) });
    const row = backend.store.db.prepare('SELECT footnote_id FROM objections WHERE id = ?').get(sampleId('objection/dissent-garbett-rec-8')) as { footnote_id: string };
    expect(row.footnote_id).toBe(sampleFootnoteId(112));
    expect((await backend.client.call('sources.get', { id: sampleSourceId('braakmann-2022') })).uses.map((u) => u.footnotePosition)).toEqual([110, 111]);
  });

  it('refuses citations of missing sources or another investigation’s, and an empty footnote', async () => {
    const { backend, investigationId } = await sampleBackend();
    const { client } = backend;
    const other = await client.call('investigations.create', { title: 'Another inquiry', committeeName: 'Economy Committee' });
    const before = storeShape(backend);
    await expect(client.call('footnotes.create', { investigationId, citations: [{ sourceId: 'no-such-source' }] })).rejects.toMatchObject({
      code: 'invalid_input',
      details: { 'citations.0.sourceId': expect.stringMatching(/no longer exists/) },
    });
    await expect(client.call('footnotes.create', { investigationId: other.id, citations: [{ sourceId: sampleSourceId('london-datastore') }] })).rejects.toMatchObject({
      message: expect.stringMatching(/belongs to another investigation/),
    });
    await expect(client.call('footnotes.create', { investigationId, textBefore: '   ' })).rejects.toMatchObject({ code: 'invalid_input', message: 'A footnote needs some text or at least one citation.' });
    expect(storeShape(backend)).toBe(before);
  });

  it('previews a footnote without saving it', async () => {
    const { backend } = await sampleBackend();
    const before = storeShape(backend);
    const preview = await backend.client.call('footnotes.preview', {
      citations: [{ sourceId: sampleSourceId('mopac-victims-and-witnesses-dashboard'), accessedOn: '2025-02-18' }],
      textAfter: '. Overall victim satisfaction has reduced.',
    });
    expect(preview.text).toBe('MOPAC, Victims and Witnesses Dashboard, accessed 18 February 2025. Overall victim satisfaction has reduced.');
    expect(storeShape(backend)).toBe(before);
    await expect(backend.client.call('footnotes.preview', { citations: [{ sourceId: sampleSourceId('london-datastore'), accessedOn: '2025-02-30' }] })).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'Date accessed is not a real calendar date.',
    });
  });
});
