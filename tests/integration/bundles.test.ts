/**
 * Exchange bundles, end to end: three members annotate the same transcript of the sample in their
 * own stores (including edits to the same quote's note), and their bundles are merged into the
 * clerk's store in all six orders. Then hostile bundles, each refused with the store unchanged.
 */
import { describe, expect, it } from 'vitest';
import yazl from 'yazl';
import type { Backend } from '../../backend';
import { runCli } from '../../backend/cli/main';
import { exportBytes, fullDump, importBytes, memberStore, mergedDump, previewBytes, type Member } from '../fixtures/bundles/helpers';
import { tempDir } from '../helpers/temp';
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';

interface Work {
  bundle: Buffer;
  createdQuotes: string[];
  createdTags: string[];
  dissents: string[];
}

const rows = <T>(backend: Backend, sql: string, ...params: unknown[]) => backend.store.db.prepare(sql).all(...params) as T[];

/** The same sample quotes in every store (ids derived from the sample). */
function sampleQuotes(backend: Backend): { id: string; transcript_id: string; start_offset: number; end_offset: number }[] {
  // Sample ids are UUID version 8 (derived from the sample), new ones version 7; quotes the draft
  // report prints cannot be deleted, so these are ones it does not.
  return rows(
    backend,
    `SELECT id, transcript_id, start_offset, end_offset FROM quotes
     WHERE substr(id, 15, 1) = '8' AND id NOT IN (SELECT json_extract(content, '$.quoteId') FROM blocks WHERE kind = 'quote' AND json_extract(content, '$.quoteId') IS NOT NULL)
     ORDER BY id LIMIT 5`,
  );
}

async function annotate(member: Member, index: number): Promise<Work> {
  const { client } = member.backend;
  const [shared, second] = sampleQuotes(member.backend);
  const transcriptId = shared!.transcript_id;
  // Everyone edits the note of the same quote: three concurrent edits of one field.
  await client.call('quotes.update', { id: shared!.id, note: `${member.name} thinks this is the key passage` });
  const theme = await client.call('tags.create', { investigationId: member.investigationId, name: `${member.name}’s theme` });
  await client.call('quotes.tag', { quoteId: shared!.id, tagId: theme.id });
  const start = 1000 + index * 400;
  const quote = await client.call('quotes.create', { transcriptId, startOffset: start, endOffset: start + 120, note: `Marked by ${member.name}`, tagIds: [theme.id] });
  const dissents: string[] = [];
  if (index === 1) {
    // One member also records a dissent, and deletes a tag from the codebook.
    const [member0] = rows<{ person_id: string }>(member.backend, `SELECT person_id FROM committee_members ORDER BY person_id LIMIT 1`);
    const [recommendation] = rows<{ id: string }>(member.backend, 'SELECT id FROM recommendations WHERE investigation_id = ? ORDER BY position DESC LIMIT 1', member.investigationId);
    const dissent = await client.call('objections.create', { kind: 'dissent', memberPersonId: member0!.person_id, recommendationId: recommendation!.id, text: `${member.name} dissents from this.` });
    dissents.push(dissent.id);
  }
  if (index === 2) await client.call('quotes.update', { id: second!.id, note: 'Only the third member touched this one' });
  return { bundle: await exportBytes(member), createdQuotes: [quote.id], createdTags: [theme.id], dissents };
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

describe('exchange bundles: three members into the clerk’s store', () => {
  it('merges in every order to the same store, losing nothing and listing the conflicts', async () => {
    const names = ['Anna Member', 'Ben Member', 'Cara Member'];
    const work: Work[] = [];
    for (const [index, name] of names.entries()) {
      const member = await memberStore(name);
      // Distinct clocks: each member edits a moment after the one before.
      await new Promise((resolve) => setTimeout(resolve, 5));
      work.push(await annotate(member, index));
      await member.backend.close();
    }

    const dumps = new Set<string>();
    const sharedNotes = new Set<unknown>();
    for (const order of permutations([0, 1, 2])) {
      const clerk = await memberStore('Clerk of the committee', 'clerk');
      const before = rows<{ n: number }>(clerk.backend, 'SELECT count(*) AS n FROM quotes')[0]!.n;
      let conflictsSeen = 0;
      for (const i of order) {
        const report = await importBytes(clerk.backend, work[i]!.bundle, `${names[i]}.scrutiny`);
        expect(report.dryRun).toBe(false);
        expect(report.backup?.path).toBeTruthy();
        conflictsSeen += report.conflicts.length;
      }
      const db = clerk.backend.store.db;
      // Nothing lost: every member's quote, theme, tag on a quote and dissent is there.
      for (const w of work) {
        for (const id of w.createdQuotes) expect(db.prepare('SELECT 1 FROM quotes WHERE id = ?').get(id)).toBeTruthy();
        for (const id of w.createdTags) {
          expect(db.prepare('SELECT 1 FROM tags WHERE id = ?').get(id)).toBeTruthy();
          expect(db.prepare('SELECT count(*) AS n FROM quote_tags WHERE tag_id = ?').get(id)).toEqual({ n: 2 });
        }
        for (const id of w.dissents) expect(db.prepare('SELECT 1 FROM objections WHERE id = ?').get(id)).toBeTruthy();
      }
      expect(rows<{ n: number }>(clerk.backend, 'SELECT count(*) AS n FROM quotes')[0]!.n).toBe(before + 3);
      // The one field all three edited: the last edit wins, the other two are listed as conflicts.
      const [shared, second] = sampleQuotes(clerk.backend);
      const note = (db.prepare('SELECT note FROM quotes WHERE id = ?').get(shared!.id) as { note: string }).note;
      sharedNotes.add(note);
      expect(note).toBe('Cara Member thinks this is the key passage');
      expect((db.prepare('SELECT note FROM quotes WHERE id = ?').get(second!.id) as { note: string }).note).toBe('Only the third member touched this one');
      const conflicts = await clerk.backend.client.call('conflicts.list', { investigationId: clerk.investigationId });
      expect(conflicts.map((c) => [c.field, c.lostValue, c.keptValue])).toEqual(
        expect.arrayContaining([
          ['note', 'Anna Member thinks this is the key passage', 'Cara Member thinks this is the key passage'],
          ['note', 'Ben Member thinks this is the key passage', 'Cara Member thinks this is the key passage'],
        ]),
      );
      expect(conflicts).toHaveLength(2);
      expect(conflictsSeen).toBeGreaterThanOrEqual(2);
      expect(conflicts.every((c) => c.keptAuthor === 'Cara Member')).toBe(true);
      expect(conflicts.map((c) => c.lostAuthor).sort()).toEqual(['Anna Member', 'Ben Member']);
      dumps.add(mergedDump(db));

      // Importing any of them again changes nothing.
      const again = mergedDump(db);
      const repeat = await importBytes(clerk.backend, work[order[0]!]!.bundle);
      expect(repeat.totals.new + repeat.totals.updated + repeat.totals.deleted).toBe(0);
      expect(mergedDump(db)).toBe(again);

      // The clerk reverses one conflict: the lost note comes back as a new edit.
      const anna = conflicts.find((c) => c.lostAuthor === 'Anna Member')!;
      const reversed = await clerk.backend.client.call('conflicts.reverse', { id: anna.id });
      expect(reversed.resolved).toBe(true);
      expect((db.prepare('SELECT note FROM quotes WHERE id = ?').get(shared!.id) as { note: string }).note).toBe('Anna Member thinks this is the key passage');
      await clerk.backend.close();
    }
    expect(dumps.size).toBe(1);
    expect(sharedNotes.size).toBe(1);
  }, 240_000);

  it('carries deletions as tombstones, and a "since" bundle carries only the author’s recent work', async () => {
    const anna = await memberStore('Anna Member');
    const clerk = await memberStore('Clerk', 'clerk');
    const start = new Date().toISOString();
    const [first, second] = sampleQuotes(anna.backend);
    await anna.backend.client.call('quotes.delete', { id: first!.id });
    await anna.backend.client.call('quotes.update', { id: second!.id, note: 'Since the last bundle' });
    const since = await exportBytes(anna, start);
    const preview = await previewBytes(clerk.backend, since);
    expect(preview.dryRun).toBe(true);
    expect(preview.totals.deleted).toBeGreaterThanOrEqual(1);
    expect(preview.totals.updated).toBe(1);
    expect(preview.byKind.quotes).toMatchObject({ deleted: 1, updated: 1 });
    // A preview changes nothing.
    expect(clerk.backend.store.db.prepare('SELECT 1 FROM quotes WHERE id = ?').get(first!.id)).toBeTruthy();
    const manifest = preview.manifest;
    expect(manifest.kind).toBe('since');
    expect(manifest.since).toBe(start);
    // Only what Anna did: one quote updated (and the tags on the deleted one, deleted with it).
    const report = await importBytes(clerk.backend, since);
    expect(report.totals.new).toBe(0);
    expect(clerk.backend.store.db.prepare('SELECT 1 FROM quotes WHERE id = ?').get(first!.id)).toBeUndefined();
    // The deleted quote never comes back, even from a whole bundle made before the deletion.
    const ben = await memberStore('Ben Member');
    await importBytes(clerk.backend, await exportBytes(ben));
    expect(clerk.backend.store.db.prepare('SELECT 1 FROM quotes WHERE id = ?').get(first!.id)).toBeUndefined();
  }, 120_000);

  it('offers to create an investigation the store does not have, and does so only when asked', async () => {
    const anna = await memberStore('Anna Member');
    const bundle = await exportBytes(anna);
    const { tempBackend } = await import('../helpers/temp');
    const empty = await tempBackend();
    const preview = await previewBytes(empty, bundle);
    expect(preview.investigationExists).toBe(false);
    expect(preview.totals.new).toBeGreaterThan(100);
    const before = fullDump(empty.store.db);
    await expect(importBytes(empty, bundle)).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('create the investigation') });
    expect(fullDump(empty.store.db)).toBe(before);
    await importBytes(empty, bundle, 'whole.scrutiny', true);
    const [investigation] = await empty.client.call('investigations.list', {});
    expect(investigation!.id).toBe(anna.investigationId);
    // The transcripts came with their text: search finds words in them.
    const pages = empty.store.db.prepare('SELECT count(*) AS n FROM transcript_pages').get() as { n: number };
    expect(pages.n).toBe((anna.backend.store.db.prepare('SELECT count(*) AS n FROM transcript_pages').get() as { n: number }).n);
    expect(mergedDump(empty.store.db).includes('transcript_segments')).toBe(true);
  }, 120_000);
});

describe('stores that loaded the sample themselves', () => {
  it('merge although their transcript text and tags on quotes have ids of their own', async () => {
    const { tempBackend } = await import('../helpers/temp');
    const own = await tempBackend();
    await own.client.call('sample.load', {});
    const anna = await memberStore('Anna Member');
    const [q] = sampleQuotes(anna.backend);
    await anna.backend.client.call('quotes.update', { id: q!.id, note: 'Anna’s note' });
    const start = 2000;
    const created = await anna.backend.client.call('quotes.create', { transcriptId: q!.transcript_id, startOffset: start, endOffset: start + 80 });
    const bundle = await exportBytes(anna);
    const pairs = (own.store.db.prepare('SELECT count(*) AS n FROM quote_tags').get() as { n: number }).n;
    const report = await importBytes(own, bundle);
    expect(report.conflicts).toEqual([]);
    const db = own.store.db;
    expect((db.prepare('SELECT note FROM quotes WHERE id = ?').get(q!.id) as { note: string }).note).toBe('Anna’s note');
    // One row per tag on a quote, whichever store made it; the new quote's speaker found here.
    expect((db.prepare('SELECT count(*) AS n FROM quote_tags').get() as { n: number }).n).toBe(pairs);
    const turn = db.prepare('SELECT speaker_turn_id AS t FROM quotes WHERE id = ?').get(created.id) as { t: string | null };
    expect(turn.t === null || db.prepare('SELECT 1 FROM speaker_turns WHERE id = ?').get(turn.t) !== undefined).toBe(true);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // And again: nothing changes.
    const again = await importBytes(own, bundle);
    expect(again.totals.new + again.totals.updated + again.totals.deleted).toBe(0);
  }, 120_000);
});

describe('a corrected transcript, made in another store', () => {
  it('replaces the text here, and finds this store’s quotes on it again by their words', async () => {
    const clerk = await memberStore('Clerk Example', 'clerk');
    const anna = await memberStore('Anna Member');
    const [sample] = sampleQuotes(anna.backend);
    const transcriptId = sample!.transcript_id;
    // Anna marks a passage in her store.
    const mine = await anna.backend.client.call('quotes.create', { transcriptId, startOffset: 1000, endOffset: 1120, note: 'Anna’s passage' });

    // The clerk replaces the transcript with a corrected version: a sentence added on page 1
    // moves every later word.
    const before = await clerk.backend.client.call('transcripts.get', { id: transcriptId });
    const added = 'Correction issued by the Committee secretariat: the opening remarks were misheard. ';
    const pages = before.pages.map((page, index) => (index === 0 ? page.text.replace(/\n/, `\n${added}`) : page.text));
    const upload = await clerk.backend.client.upload('corrected.txt', new TextEncoder().encode(pages.join('\f')).buffer);
    await clerk.backend.client.call('transcripts.reimport', { transcriptId, uploadId: upload.uploadId });
    const corrected = await clerk.backend.client.call('transcripts.get', { id: transcriptId });

    const report = await importBytes(anna.backend, await exportBytes(clerk));
    expect(report.conflicts).toEqual([]);
    const here = await anna.backend.client.call('transcripts.get', { id: transcriptId });
    expect(here.pages.map((page) => page.text)).toEqual(corrected.pages.map((page) => page.text));
    expect([here.originalFileName, here.pageCount, here.turnCount]).toEqual([corrected.originalFileName, corrected.pageCount, corrected.turnCount]);
    // Anna's quote has moved with its words; the whole text reads them at its new place.
    const quote = (await anna.backend.client.call('quotes.list', { transcriptId })).find((q) => q.id === mine.id)!;
    expect(quote.startOffset).toBe(mine.startOffset + added.length);
    expect(here.pages.map((page) => page.text).join('').slice(quote.startOffset, quote.endOffset)).toBe(mine.text);
    expect(report.notes.some((note) => /corrected version: \d+ quotes in place, [1-9]\d* moved/.test(note))).toBe(true);
    // Search finds the correction, and the index and foreign keys are sound.
    const hits = await anna.backend.client.call('search.transcripts', { query: '"opening remarks were misheard"', transcriptId });
    expect(hits.hits).toHaveLength(1);
    const db = anna.backend.store.db;
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare(`INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)`).run().changes).toBe(1);
    // And again: nothing changes.
    const again = await importBytes(anna.backend, await exportBytes(clerk));
    expect(again.totals.updated).toBe(0);
  }, 120_000);
});

// ---- Hostile bundles ---------------------------------------------------------------------

function zip(files: [string, Buffer][]): Promise<Buffer> {
  const z = new yazl.ZipFile();
  for (const [name, bytes] of files) z.addBuffer(bytes, name, { mtime: new Date('2000-01-01T00:00:00Z') });
  z.end();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    z.outputStream.on('data', (c: Buffer) => chunks.push(c));
    z.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Unzips a good bundle (through our own reader's rules, trusted here) into name → bytes. */
async function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  const yauzl = (await import('yauzl')).default;
  return new Promise((resolve, reject) => {
    const files = new Map<string, Buffer>();
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, z) => {
      if (error || !z) return reject(error);
      z.on('entry', (entry: import('yauzl').Entry) => {
        z.openReadStream(entry, (e, s) => {
          if (e || !s) return reject(e);
          const chunks: Buffer[] = [];
          s.on('data', (c: Buffer) => chunks.push(c));
          s.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            z.readEntry();
          });
        });
      });
      z.on('end', () => resolve(files));
      z.readEntry();
    });
  });
}

/** Re-zips files, rewriting the manifest's checksums so only the intended fault remains. */
async function rezip(files: Map<string, Buffer>, edit: (manifest: Record<string, unknown>) => void = () => {}): Promise<Buffer> {
  const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as Record<string, unknown> & { files: Record<string, { sha256: string; bytes: number }> };
  manifest.files = Object.fromEntries([...files].filter(([n]) => n !== 'manifest.json').map(([n, b]) => [n, { sha256: sha(b), bytes: b.length }]));
  edit(manifest);
  return zip([['manifest.json', Buffer.from(JSON.stringify(manifest))], ...[...files].filter(([n]) => n !== 'manifest.json')]);
}

/** Renames an entry in the zip's bytes (local header and central directory alike). */
function renameInZip(bytes: Buffer, from: string, to: string): Buffer {
  expect(from.length).toBe(to.length);
  return Buffer.from(bytes.toString('latin1').split(from).join(to), 'latin1');
}

describe('hostile bundles are refused, the store unchanged', () => {
  it('refuses each with a clear message and changes nothing', async () => {
    const anna = await memberStore('Anna Member');
    const [q] = sampleQuotes(anna.backend);
    await anna.backend.client.call('quotes.update', { id: q!.id, note: 'A hostile test' });
    const good = await exportBytes(anna, new Date(Date.now() - 60_000).toISOString());
    const files = await unzip(good);
    const clerk = await memberStore('Clerk', 'clerk');
    const db = clerk.backend.store.db;
    const before = fullDump(db);

    const tampered = new Map(files);
    const quotes = tampered.get('records/quotes.json')!.toString('utf8').replace('A hostile test', 'A hostile tent');
    tampered.set('records/quotes.json', Buffer.from(quotes));
    const tamperedZip = await zip([...tampered]);

    const quotesRecords = JSON.parse(files.get('records/quotes.json')!.toString('utf8')) as { row: Record<string, unknown> }[];
    const sameIdTwoKinds = new Map(files);
    sameIdTwoKinds.set('records/people.json', Buffer.from(JSON.stringify([{ ...quotesRecords[0], row: { id: quotesRecords[0]!.row.id, full_name: 'Not a quote', author_id: 'x', created_at: 'x', updated_at: 'x' } }])));
    const sameIdAsLocal = new Map(files);
    const [person] = rows<{ id: string }>(clerk.backend, 'SELECT id FROM people LIMIT 1');
    sameIdAsLocal.set('records/quotes.json', Buffer.from(JSON.stringify([{ ...quotesRecords[0], row: { ...quotesRecords[0]!.row, id: person!.id } }])));

    const bomb = await zip([...files, ['records/extra.json', Buffer.alloc(60 * 1024 * 1024)]]);
    const dotdot = renameInZip(await zip([...files, ['xx/evil.json', Buffer.from('[]')]]), 'xx/evil.json', '../evil.json');
    const absolute = renameInZip(await zip([...files, ['xetc/passwd', Buffer.from('[]')]]), 'xetc/passwd', '/etc/passwd');

    const cases: [string, Buffer, RegExp][] = [
      ['tampered.scrutiny', tamperedZip, /does not match its checksum/],
      ['newer-format.scrutiny', await rezip(files, (m) => (m.formatVersion = 99)), /newer version of Scrutiny Workbench \(bundle format 99/],
      ['newer-schema.scrutiny', await rezip(files, (m) => (m.schemaVersion = 999)), /newer version of Scrutiny Workbench \(store version 999/],
      ['dotdot.scrutiny', dotdot, /points outside the archive/],
      ['absolute.scrutiny', absolute, /absolute path/],
      ['bomb.scrutiny', bomb, /zip bomb|far more than/],
      ['truncated.scrutiny', good.subarray(0, Math.floor(good.length * 0.6)), /damaged or was cut short/],
      ['two-kinds.scrutiny', await rezip(sameIdTwoKinds), /same id .* is used for a quote and a person|used for a person and a quote/],
      ['local-kind.scrutiny', await rezip(sameIdAsLocal), /has the id of a person in this store/],
      ['not-a-bundle.scrutiny', Buffer.from('hello, world'), /damaged or was cut short/],
      ['unknown-field.scrutiny', await rezip(new Map([...files, ['records/quotes.json', Buffer.from(JSON.stringify([{ ...quotesRecords[0], row: { ...quotesRecords[0]!.row, secret: 1 } }]))]])), /field “secret”/],
    ];
    for (const [name, bytes, message] of cases) {
      const preview = previewBytes(clerk.backend, bytes, name);
      await expect(preview, name).rejects.toMatchObject({ message: expect.stringMatching(message) });
      await expect(importBytes(clerk.backend, bytes, name), name).rejects.toMatchObject({ message: expect.stringContaining('Nothing in the store was changed') });
      expect(fullDump(db), name).toBe(before);
    }
    // And the untampered bundle goes in.
    const report = await importBytes(clerk.backend, good);
    expect(report.totals.updated).toBe(1);
  }, 120_000);

  it('refuses a "since" bundle whose records refer to something the store does not have', async () => {
    const anna = await memberStore('Anna Member');
    const start = new Date().toISOString();
    const theme = await anna.backend.client.call('tags.create', { investigationId: anna.investigationId, name: 'Anna’s codebook' });
    const child = await anna.backend.client.call('tags.create', { investigationId: anna.investigationId, name: 'Child', parentId: theme.id });
    void child;
    const files = await unzip(await exportBytes(anna, start));
    const tags = JSON.parse(files.get('records/tags.json')!.toString('utf8')) as { row: { id: string } }[];
    files.set('records/tags.json', Buffer.from(JSON.stringify(tags.filter((t) => t.row.id !== theme.id))));
    const clerk = await memberStore('Clerk', 'clerk');
    const before = fullDump(clerk.backend.store.db);
    await expect(importBytes(clerk.backend, await rezip(files))).rejects.toMatchObject({ message: expect.stringMatching(/refers to a tag .* neither in the bundle nor in this store/) });
    expect(fullDump(clerk.backend.store.db)).toBe(before);
  }, 60_000);
});

describe('work that travels by way of another member', () => {
  it('keeps its author’s name, and reports progress while it goes', async () => {
    const anna = await memberStore('Anna Member');
    const ben = await memberStore('Ben Member');
    const clerk = await memberStore('Clerk', 'clerk');
    const [q] = sampleQuotes(anna.backend);
    await clerk.backend.client.call('quotes.update', { id: q!.id, note: 'The clerk’s note' });
    await anna.backend.client.call('quotes.update', { id: q!.id, note: 'Anna’s note' });
    // Anna's work reaches Ben, and Ben's bundle (with it) reaches the clerk.
    await importBytes(ben.backend, await exportBytes(anna));
    const progress: string[] = [];
    clerk.backend.subscribe('job.progress', (p) => progress.push(`${p.jobId}:${p.label}`));
    const staged = await clerk.backend.uploads.stageBytes('ben.scrutiny', await exportBytes(ben));
    const report = await clerk.backend.client.call('bundles.import', { uploadId: staged.uploadId, jobId: 'merge-job' });
    expect(progress).toEqual(expect.arrayContaining(['merge-job:Checking the bundle', 'merge-job:Backing up the store', 'merge-job:Merging', 'merge-job:Done']));
    expect(report.conflicts).toHaveLength(1);
    expect(report.conflicts[0]).toMatchObject({ keptAuthor: 'Anna Member', lostAuthor: 'Clerk', keptValue: 'Anna’s note', lostValue: 'The clerk’s note' });
  }, 60_000);
});

describe('the sync folder', () => {
  it('carries each member’s work to the other, and never holds the store', async () => {
    const { syncFolder } = await import('../../backend/bundles/sync-folder');
    const folder = tempDir('scrutiny-shared-');
    const anna = await memberStore('Anna Member');
    const ben = await memberStore('Ben Member');
    const [q1, q2] = sampleQuotes(anna.backend);
    await anna.backend.client.call('quotes.update', { id: q1!.id, note: 'Anna, on the train' });
    const first = await syncFolder(anna.backend, folder, anna.investigationId);
    expect(first.sent).not.toBeNull();
    await ben.backend.client.call('quotes.update', { id: q2!.id, note: 'Ben, at home' });
    const second = await syncFolder(ben.backend, folder, ben.investigationId);
    expect(second.imported).toHaveLength(1);
    expect((ben.backend.store.db.prepare('SELECT note FROM quotes WHERE id = ?').get(q1!.id) as { note: string }).note).toBe('Anna, on the train');
    const third = await syncFolder(anna.backend, folder, anna.investigationId);
    expect(third.imported).toHaveLength(1);
    expect((anna.backend.store.db.prepare('SELECT note FROM quotes WHERE id = ?').get(q2!.id) as { note: string }).note).toBe('Ben, at home');
    // Nothing new on either side: a further sync brings and leaves nothing.
    const again = await syncFolder(ben.backend, folder, ben.investigationId);
    expect(again.imported.every((r) => r.totals.new + r.totals.updated + r.totals.deleted === 0)).toBe(true);
    await expect(syncFolder(anna.backend, path.dirname(anna.backend.storePath), anna.investigationId)).rejects.toMatchObject({ message: expect.stringMatching(/store is inside the sync folder/) });
  }, 60_000);
});

describe('records the store allows only one of', () => {
  it('refuses a theme with the name of another made apart, naming it, and changes nothing', async () => {
    const anna = await memberStore('Anna Member');
    const clerk = await memberStore('Clerk', 'clerk');
    await anna.backend.client.call('tags.create', { investigationId: anna.investigationId, name: 'Knife crime' });
    await clerk.backend.client.call('tags.create', { investigationId: clerk.investigationId, name: 'knife crime' });
    const before = fullDump(clerk.backend.store.db);
    await expect(importBytes(clerk.backend, await exportBytes(anna))).rejects.toMatchObject({
      message: expect.stringMatching(/its tag “Knife crime” .* duplicates one already in this store .* Nothing in the store was changed/),
    });
    expect(fullDump(clerk.backend.store.db)).toBe(before);
  }, 60_000);
});

describe('the CLI', () => {
  it('exports and imports a bundle, with --dry-run and --json', async () => {
    const anna = await memberStore('Anna Member');
    const [q] = sampleQuotes(anna.backend);
    await anna.backend.client.call('quotes.update', { id: q!.id, note: 'From the command line' });
    const annaPath = anna.backend.storePath;
    await anna.backend.close();
    const clerk = await memberStore('Clerk', 'clerk');
    const clerkPath = clerk.backend.storePath;
    await clerk.backend.close();
    const out = path.join(tempDir(), 'anna.scrutiny');
    const writes: string[] = [];
    const spy = (chunk: unknown) => {
      writes.push(String(chunk));
      return true;
    };
    const original = process.stdout.write.bind(process.stdout);
    process.stdout.write = spy as typeof process.stdout.write;
    try {
      expect(await runCli(['--store', annaPath, 'export', 'bundle', '--investigation', anna.investigationId, '--out', out])).toBe(0);
      expect(fs.existsSync(out)).toBe(true);
      expect(await runCli(['--store', clerkPath, 'import', 'bundle', out, '--dry-run', '--json'])).toBe(0);
      const dry = JSON.parse(writes.at(-1)!) as { dryRun: boolean; totals: { updated: number } };
      expect(dry).toMatchObject({ dryRun: true, totals: { updated: 1 } });
      expect(await runCli(['--store', clerkPath, 'import', 'bundle', out])).toBe(0);
      expect(writes.at(-1)).toMatch(/Imported “anna.scrutiny” from Anna Member/);
      expect(writes.join('')).toMatch(/0 new, 1 updated, 0 in conflict, 0 deleted/);
    } finally {
      process.stdout.write = original;
    }
  }, 120_000);
});
