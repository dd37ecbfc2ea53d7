/**
 * Transcripts through the API: import (every format, through the real worker), speakers, search,
 * and bad input that must leave the store exactly as it was.
 */
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../backend';
import { sampleId } from '../../backend/sample/load-sample';
import { placeSegments } from '../../db/search-order';
import { QUOTED_PASSAGES, SAMPLE_TRANSCRIPTS } from '../../backend/sample/transcripts';
import { ApiError } from '../../shared/api/errors';
import { makeEncryptedPdf, makeImageOnlyPdf, makeTranscriptPdf, makeDocxFromBody, makeZip, deflatedSpaces, CONTENT_TYPES, ROOT_RELS, p } from '../fixtures/extract/make-fixtures';
import { sampleBackend } from '../helpers/temp';

const encoder = new TextEncoder();

/** Everything a clerk could see, so "unchanged" means unchanged. */
function fingerprint(backend: Backend): string {
  const db = backend.store.db;
  const tables = (db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
  return JSON.stringify(tables.map((t) => [t, db.prepare(`SELECT count(*) AS n FROM "${t}"`).get()]));
}

async function importBytes(backend: Backend, meetingId: string, fileName: string, bytes: Uint8Array, extra: { panelId?: string; jobId?: string } = {}) {
  const upload = await backend.client.upload(fileName, bytes.slice().buffer);
  return backend.client.call('transcripts.import', { uploadId: upload.uploadId, meetingId, ...extra });
}

async function meetingOn(backend: Backend, investigationId: string, heldOn: string) {
  const overview = await backend.client.call('investigations.get', { id: investigationId });
  return overview.meetings.find((m) => m.heldOn === heldOn)!;
}

const LA_TRANSCRIPT = [
  'Appendix 1',
  'Police and Crime Committee – 5 March 2025',
  'Transcript of Agenda Item 5 – Knife crime',
  '',
  'Susan Hall AM (Chairman): Good morning. Our first question is on knife crime in outer London boroughs.',
  'Dr Alex Example (Head of Research, Knife Crime Institute): Thank you. Knife crime has fallen in some boroughs but not in others.',
  '\f',
  'Zoë Garbett AM: What does the evidence say about stop and search as a deterrent?',
  'Dr Alex Example (Head of Research, Knife Crime Institute): The evidence that stop and search deters knife carrying is weak.',
  'Susan Hall AM (Chairman): Thank you.',
].join('\n');

describe('the sample’s transcripts', () => {
  it('are imported through the real importer into the right meetings', async () => {
    const { backend, investigationId } = await sampleBackend();
    const list = await backend.client.call('transcripts.list', { investigationId });
    expect(list).toHaveLength(SAMPLE_TRANSCRIPTS.length);
    for (const sample of SAMPLE_TRANSCRIPTS) {
      const transcript = list.find((t) => t.id === sampleId(`transcript/${sample.key}`))!;
      expect(transcript, sample.key).toBeDefined();
      expect(transcript.pageCount).toBe(sample.pageCount);
      expect(transcript.format).toBe(sample.format);
      expect(transcript.heldOn).toBe(sample.heldOn);
      expect(transcript.turnCount).toBeGreaterThan(0);
    }
  });

  it('lets search find every quoted passage on its cited page, spoken by the right person', async () => {
    const { backend, investigationId } = await sampleBackend();
    for (const passage of QUOTED_PASSAGES) {
      // Search for the longest run of words without an editorial bracket or elision.
      const fragment = passage.text
        .split(/\[[^\]]*\]|\.\.\.|…/)
        .map((part) => part.trim())
        .sort((a, b) => b.length - a.length)[0]!
        .split(/\s+/)
        .slice(0, 12)
        .join(' ');
      const results = await backend.client.call('search.transcripts', { query: `"${fragment.replace(/"/g, '')}"`, investigationId, limit: 50 });
      const transcriptId = sampleId(`transcript/${passage.transcriptKey}`);
      const hit = results.hits.find((h) => h.transcriptId === transcriptId && h.page === passage.page);
      expect(hit, `footnote ${passage.footnote}: “${fragment}” on p.${passage.page}`).toBeDefined();
      expect(hit!.personId, `footnote ${passage.footnote} speaker`).toBe(sampleId(`person/${passage.speakerPersonKey}`));
    }
  });

  it('matches speakers to the meeting’s guests and the committee’s members', async () => {
    const { backend } = await sampleBackend();
    const panel1 = await backend.client.call('transcripts.get', { id: sampleId('transcript/transcript-2025-01-15-panel-1') });
    const names = panel1.speakers.map((s) => [s.name, s.person?.fullName ?? null]);
    expect(names).toEqual(expect.arrayContaining([
      ['Susan Hall', 'Susan Hall'],
      ['Ben Bradford', 'Ben Bradford'],
      ['Jyoti Belur', 'Jyoti Belur'],
    ]));
    expect(panel1.unmatchedSpeakers).toBe(panel1.speakers.filter((s) => !s.person).length);
  });
});

describe('importing a transcript', () => {
  it('imports a text transcript with its pages, turns and matched members', async () => {
    const { backend, investigationId } = await sampleBackend();
    const meeting = await backend.client.call('meetings.create', { investigationId, kind: 'formal_meeting', heldOn: '2025-03-05', title: 'Knife crime' });
    const result = await importBytes(backend, meeting.id, 'knife-crime.txt', encoder.encode(LA_TRANSCRIPT));
    expect(result.title).toBe('Police and Crime Committee Transcript');
    expect(result.pageCount).toBe(2);
    expect(result.turns.map((t) => [t.label, t.page])).toEqual([
      ['Susan Hall AM (Chairman)', 1],
      ['Dr Alex Example (Head of Research, Knife Crime Institute)', 1],
      ['Zoë Garbett AM', 2],
      ['Dr Alex Example (Head of Research, Knife Crime Institute)', 2],
      ['Susan Hall AM (Chairman)', 2],
    ]);
    expect(result.turns.filter((t) => t.personId).length).toBe(3);
    expect(result.unmatchedSpeakers).toEqual([{ name: 'Alex Example', label: 'Dr Alex Example (Head of Research, Knife Crime Institute)', turnCount: 2 }]);

    // The transcript is a source, citable by its title and date.
    const source = backend.store.db.prepare('SELECT s.kind, s.publisher, s.title, s.published_on FROM sources s JOIN transcripts t ON t.source_id = s.id WHERE t.id = ?').get(result.transcriptId);
    expect(source).toEqual({ kind: 'transcript', publisher: 'London Assembly', title: 'Police and Crime Committee Transcript', published_on: '2025-03-05' });
    // The original bytes are kept, addressed by their SHA-256.
    const attachment = backend.store.db.prepare('SELECT a.size FROM attachments a JOIN transcripts t ON t.attachment_sha256 = a.sha256 WHERE t.id = ?').get(result.transcriptId);
    expect(attachment).toEqual({ size: encoder.encode(LA_TRANSCRIPT).byteLength });
  });

  it('links every turn of a speaker in one step, creating the person and adding them to the meeting', async () => {
    const { backend, investigationId } = await sampleBackend();
    const meeting = await backend.client.call('meetings.create', { investigationId, kind: 'formal_meeting', heldOn: '2025-03-05', title: 'Knife crime' });
    const { transcriptId } = await importBytes(backend, meeting.id, 'knife-crime.txt', encoder.encode(LA_TRANSCRIPT));
    const linked = await backend.client.call('transcripts.linkSpeaker', {
      transcriptId,
      speakerName: 'Alex Example',
      person: { fullName: 'Alex Example', honorific: 'Dr' },
      addToMeeting: { roleText: 'Head of Research', organisation: 'Knife Crime Institute' },
    });
    expect(linked.updatedTurns).toBe(2);
    const detail = await backend.client.call('transcripts.get', { id: transcriptId });
    expect(detail.turns.filter((t) => t.name === 'Alex Example').every((t) => t.personId === linked.personId)).toBe(true);
    expect(detail.unmatchedSpeakers).toBe(0);
    const after = await meetingOn(backend, investigationId, '2025-03-05');
    expect(after.participants.map((p) => [p.person.fullName, p.roleText, p.organisation])).toEqual([['Alex Example', 'Head of Research', 'Knife Crime Institute']]);
    // Searching by that person now finds their words.
    const results = await backend.client.call('search.transcripts', { query: 'deters', personId: linked.personId });
    expect(results.hits.map((h) => h.page)).toEqual([2]);
  });

  it('imports PDF and Word transcripts with real page numbers and no running headers', async () => {
    const { backend, investigationId } = await sampleBackend();
    const meeting = await backend.client.call('meetings.create', { investigationId, kind: 'qa_session', heldOn: '2025-03-12', title: 'Q&A' });
    const pdf = await makeTranscriptPdf({ pages: 6 });
    const fromPdf = await importBytes(backend, meeting.id, 'qa.pdf', pdf.bytes);
    expect(fromPdf.pageCount).toBe(6);
    const detail = await backend.client.call('transcripts.get', { id: fromPdf.transcriptId });
    expect(detail.pages.map((page) => page.number)).toEqual([1, 2, 3, 4, 5, 6]);
    // The running header is gone from every page (page 1 keeps it once, in its title block).
    expect(detail.pages.slice(1).every((page) => !page.text.includes('Police and Crime Committee – 15 January 2025'))).toBe(true);
    expect(detail.pages.every((page) => !/^\s*\d+\s*$/m.test(page.text))).toBe(true);

    const docx = makeDocxFromBody(`${p('Susan Hall AM (Chairman): Welcome.')}<w:p><w:r><w:br w:type="page"/></w:r></w:p>${p('Zoë Garbett AM: A question on trust.')}`);
    const fromDocx = await importBytes(backend, meeting.id, 'qa.docx', docx);
    expect(fromDocx.pageCount).toBe(2);
    expect(fromDocx.turns.map((t) => [t.label, t.page])).toEqual([['Susan Hall AM (Chairman)', 1], ['Zoë Garbett AM', 2]]);
  });

  it('imports a transcript with no speaker labels as pages, and says so', async () => {
    const { backend, investigationId } = await sampleBackend();
    const meeting = await meetingOn(backend, investigationId, '2025-01-06');
    const result = await importBytes(backend, meeting.id, 'notes.txt', encoder.encode('Notes of the informal meeting.\fThe young people raised trust in the police.'));
    expect(result.turns).toEqual([]);
    expect(result.pageCount).toBe(2);
    expect(result.warnings.join(' ')).toMatch(/No speakers were found/);
  });

  it('detects the same file imported twice and leaves the store unchanged', async () => {
    const { backend, investigationId } = await sampleBackend();
    const meeting = await backend.client.call('meetings.create', { investigationId, kind: 'formal_meeting', heldOn: '2025-03-05', title: 'Knife crime' });
    await importBytes(backend, meeting.id, 'knife-crime.txt', encoder.encode(LA_TRANSCRIPT));
    const before = fingerprint(backend);
    const error = await importBytes(backend, meeting.id, 'copy.txt', encoder.encode(LA_TRANSCRIPT)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('conflict');
    expect((error as ApiError).message).toMatch(/already been imported as “Police and Crime Committee Transcript” for the formal meeting of 5 March 2025/);
    expect(fingerprint(backend)).toBe(before);
  });
});

describe('bad files', () => {
  const zipBomb = () =>
    makeZip([
      { name: '[Content_Types].xml', data: encoder.encode(CONTENT_TYPES) },
      { name: '_rels/.rels', data: encoder.encode(ROOT_RELS) },
      { name: 'word/document.xml', deflated: { bytes: deflatedSpaces(260 * 1024 * 1024, '<?xml version="1.0"?>'), declaredSize: 1000 } },
    ]);
  const cases: [string, string, () => Uint8Array | Promise<Uint8Array>, RegExp][] = [
    ['an empty file', 'empty.txt', () => new Uint8Array(), /empty/i],
    ['random bytes named .pdf', 'random.pdf', () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256), /not a PDF|could not be read|damaged/i],
    ['random bytes named .docx', 'random.docx', () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 37 + 3) % 256), /not a Word document|could not be read/i],
    ['a legacy .doc', 'old.doc', () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]), /older Word document \(\.doc\)/],
    ['a truncated PDF', 'cut.pdf', async () => (await makeTranscriptPdf({ pages: 4 })).bytes.slice(0, 900), /damaged|incomplete|could not be read/i],
    ['a password-protected PDF', 'locked.pdf', () => makeEncryptedPdf(), /password/i],
    ['a scanned PDF with no text', 'scan.pdf', () => makeImageOnlyPdf(2), /scanned/i],
    ['a .docx zip bomb', 'bomb.docx', zipBomb, /not safe/i],
    ['a .docx with ../ paths', 'evil.docx', () => makeZip([{ name: '../../evil.xml', data: encoder.encode('<x/>') }, { name: 'word/document.xml', data: encoder.encode('<w:document/>') }]), /unsafe|not allowed|outside/i],
    ['invalid UTF-8 that is really binary', 'binary.txt', () => Uint8Array.from({ length: 2048 }, (_, i) => (i % 5 === 0 ? 0 : (i * 97) % 256)), /text|encoding|binary/i],
  ];

  it.each(cases)('%s gets a clear message and leaves the store unchanged', async (_label, fileName, make, message) => {
    const { backend, investigationId } = await sampleBackend();
    const meeting = await meetingOn(backend, investigationId, '2025-01-06');
    const before = fingerprint(backend);
    const error = await importBytes(backend, meeting.id, fileName, await make()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toMatch(message);
    expect((error as ApiError).message).not.toMatch(/at \w+ \(|\.ts:\d+/);
    expect(fingerprint(backend)).toBe(before);
    // The backend keeps serving.
    expect((await backend.client.call('transcripts.list', { investigationId })).length).toBe(SAMPLE_TRANSCRIPTS.length);
  }, 60_000);

  it('refuses a file over the size limit before reading it', async () => {
    const { backend } = await sampleBackend();
    const huge = new Uint8Array(201 * 1024 * 1024);
    await expect(backend.client.upload('huge.pdf', huge.buffer)).rejects.toMatchObject({ code: 'payload_too_large', message: expect.stringMatching(/201 MB; the largest file the workbench imports is 200 MB/) });
  });

  it('cancels an import promptly and leaves the store unchanged', async () => {
    const { backend, investigationId } = await sampleBackend();
    const meeting = await backend.client.call('meetings.create', { investigationId, kind: 'formal_meeting', heldOn: '2025-03-05', title: 'Long meeting' });
    const before = fingerprint(backend);
    const pdf = await makeTranscriptPdf({ pages: 300 });
    const upload = await backend.client.upload('long.pdf', pdf.bytes.slice().buffer);
    const jobId = '018f0000-0000-7000-8000-000000000001';
    let progressSeen = false;
    const unsubscribe = backend.subscribe('job.progress', (event) => {
      if (event.jobId === jobId && event.done > 0 && !progressSeen) {
        progressSeen = true;
        void backend.client.call('jobs.cancel', { jobId });
      }
    });
    const error = await backend.client.call('transcripts.import', { uploadId: upload.uploadId, meetingId: meeting.id, jobId }).catch((e: unknown) => e);
    unsubscribe();
    expect(progressSeen).toBe(true);
    expect(error).toMatchObject({ code: 'cancelled', message: expect.stringMatching(/Cancelled/) });
    expect(fingerprint(backend)).toBe(before);
  }, 60_000);
});

describe('search', () => {
  async function withKnifeCrime() {
    const { backend, investigationId } = await sampleBackend();
    const meeting = await backend.client.call('meetings.create', { investigationId, kind: 'formal_meeting', heldOn: '2025-03-05', title: 'Knife crime' });
    await importBytes(backend, meeting.id, 'knife-crime.txt', encoder.encode(LA_TRANSCRIPT));
    return { backend, investigationId, meetingId: meeting.id };
  }

  it('supports phrases, prefixes and AND / OR / NOT, ranked with highlighted snippets', async () => {
    const { backend, meetingId } = await withKnifeCrime();
    const search = (query: string) => backend.client.call('search.transcripts', { query, meetingId });
    const phrase = await search('"stop and search"');
    expect(phrase.hits.map((h) => h.page).sort()).toEqual([2, 2]);
    expect(phrase.hits[0]!.snippet).toMatch(/\u0002stop and search\u0003/);
    expect((await search('borough*')).hits.map((h) => h.page)).toEqual([1, 1]);
    expect((await search('knife AND deters')).hits).toHaveLength(1);
    expect((await search('deters OR fallen')).hits).toHaveLength(2);
    // Page 1's header block ("Agenda Item 5 – Knife crime") has knife but not boroughs.
    const knifeNotBoroughs = await search('knife NOT boroughs');
    expect(knifeNotBoroughs.hits.map((h) => [h.page, h.speaker]).sort()).toEqual([[1, ''], [2, 'Alex Example']]);
    // Stemming: "deter" finds "deters".
    expect((await search('deter')).hits).toHaveLength(1);
  });

  it('filters by speaker, meeting and date range', async () => {
    const { backend, investigationId, meetingId } = await withKnifeCrime();
    const bySpeaker = await backend.client.call('search.transcripts', { query: 'stop', speakerName: 'Zoë Garbett', meetingId });
    expect(bySpeaker.hits.map((h) => [h.speaker, h.page, h.heldOn])).toEqual([['Zoë Garbett', 2, '2025-03-05']]);
    const acrossTheInvestigation = await backend.client.call('search.transcripts', { query: 'stop', speakerName: 'Zoë Garbett', investigationId, limit: 200 });
    expect(acrossTheInvestigation.hits.length).toBeGreaterThan(1);
    expect(acrossTheInvestigation.hits.every((h) => h.speaker === 'Zoë Garbett')).toBe(true);
    const inDates = await backend.client.call('search.transcripts', { query: 'trust', investigationId, from: '2025-01-01', to: '2025-01-31' });
    expect(inDates.hits.length).toBeGreaterThan(0);
    expect(inDates.hits.every((h) => h.heldOn >= '2025-01-01' && h.heldOn <= '2025-01-31')).toBe(true);
  });

  it('explains a malformed query instead of failing', async () => {
    const { backend } = await withKnifeCrime();
    await expect(backend.client.call('search.transcripts', { query: '"stop and' })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/closing quotation mark/) });
  });

  it('lists the newest meetings first, each transcript in reading order, and keeps that order when a date changes or a transcript moves', async () => {
    const { backend, investigationId, meetingId } = await withKnifeCrime();
    const newest = async (query: string) => (await backend.client.call('search.transcripts', { query, investigationId, limit: 200 })).hits;
    const inOrder = (hits: { heldOn: string; transcriptId: string; startOffset: number }[]) => {
      for (let i = 1; i < hits.length; i += 1) {
        const [a, b] = [hits[i - 1]!, hits[i]!];
        expect(a.heldOn >= b.heldOn, `${a.heldOn} before ${b.heldOn}`).toBe(true);
        if (a.transcriptId === b.transcriptId) expect(a.startOffset).toBeLessThan(b.startOffset);
      }
    };
    const before = await newest('police');
    expect(new Set(before.map((h) => h.heldOn)).size).toBeGreaterThan(3);
    inOrder(before);
    // The knife crime meeting (5 March 2025) is the newest: its passages come first.
    expect(before[0]!.meetingId).toBe(meetingId);

    // Moved to 2023, its passages come last; the same passages are found.
    await backend.client.call('meetings.update', { id: meetingId, heldOn: '2023-06-01' });
    const after = await newest('police');
    inOrder(after);
    expect(after.at(-1)!.meetingId).toBe(meetingId);
    expect(after.map((h) => `${h.transcriptId}:${h.startOffset}`).sort()).toEqual(before.map((h) => `${h.transcriptId}:${h.startOffset}`).sort());

    // A transcript moved to another meeting takes that meeting's place.
    const latest = before.find((h) => h.meetingId !== meetingId)!;
    const { db } = backend.store;
    const moved = after.find((h) => h.meetingId === meetingId)!.transcriptId;
    db.prepare('UPDATE transcripts SET meeting_id = ? WHERE id = ?').run(latest.meetingId, moved);
    const movedHits = await newest('police');
    inOrder(movedHits);
    expect(movedHits.filter((h) => h.transcriptId === moved).every((h) => h.heldOn === latest.heldOn)).toBe(true);
    expect(db.prepare(`INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)`).run().changes).toBe(1);
  });

  it('keeps every segment number exact for a mistyped far-future date (within what JavaScript numbers hold)', async () => {
    const { backend, investigationId, meetingId } = await withKnifeCrime();
    await backend.client.call('meetings.update', { id: meetingId, heldOn: '9999-12-31' });
    const { db } = backend.store;
    const top = db.prepare('SELECT max(rowid) AS top FROM transcript_segments').safeIntegers(true).get() as { top: bigint };
    expect(top.top < BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
    const hits = (await backend.client.call('search.transcripts', { query: 'knife', investigationId, limit: 200 })).hits;
    expect(hits[0]!.meetingId).toBe(meetingId);
  });

  it('places merged segments by their meeting’s date (a bundle copies them with whatever rowids SQLite gives)', async () => {
    const { backend, investigationId } = await withKnifeCrime();
    const { db } = backend.store;
    const oldest = db.prepare(`SELECT t.id FROM transcripts t JOIN meetings m ON m.id = t.meeting_id ORDER BY m.held_on LIMIT 1`).get() as { id: string };
    // As a merge copies rows: no rowid given, so SQLite takes the largest plus one (the newest block).
    db.prepare(`INSERT INTO transcript_segments (transcript_id, page_number, speaker, start_offset, end_offset, text) VALUES (?, 1, '', 999999, 1000030, 'police copied from a bundle')`).run(oldest.id);
    placeSegments(db, oldest.id);
    const hits = (await backend.client.call('search.transcripts', { query: 'police', investigationId, limit: 200 })).hits;
    expect(hits.at(-1)!.snippet).toContain('copied from a bundle');
  });

  it('puts the best match first when asked (bm25: the words densest in the passage)', async () => {
    const { backend, investigationId } = await sampleBackend();
    const older = await backend.client.call('meetings.create', { investigationId, kind: 'formal_meeting', heldOn: '2023-02-01', title: 'Older' });
    const newer = await backend.client.call('meetings.create', { investigationId, kind: 'formal_meeting', heldOn: '2025-06-01', title: 'Newer' });
    const long = 'The committee heard a great deal about many other things that afternoon, '.repeat(12);
    await importBytes(backend, older.id, 'older.txt', encoder.encode('Susan Hall AM (Chairman): Lanternfish, lanternfish and more lanternfish.\n'));
    await importBytes(backend, newer.id, 'newer.txt', encoder.encode(`Susan Hall AM (Chairman): ${long} One lanternfish. ${long}\n`));
    const order = async (o: 'newest' | 'best') => (await backend.client.call('search.transcripts', { query: 'lanternfish', investigationId, order: o })).hits.map((h) => h.meetingId);
    expect(await order('newest')).toEqual([newer.id, older.id]);
    expect(await order('best')).toEqual([older.id, newer.id]);
  });

  it('pages through results', async () => {
    const { backend, investigationId } = await sampleBackend();
    const first = await backend.client.call('search.transcripts', { query: 'police', investigationId, limit: 5 });
    expect(first.hits).toHaveLength(5);
    expect(first.hasMore).toBe(true);
    const second = await backend.client.call('search.transcripts', { query: 'police', investigationId, limit: 5, offset: 5 });
    expect(second.hits.map((h) => `${h.transcriptId}:${h.startOffset}`)).not.toEqual(first.hits.map((h) => `${h.transcriptId}:${h.startOffset}`));
  });
});

describe('deleting a transcript', () => {
  it('removes it, its pages, turns, search index and its own source', async () => {
    const { backend, investigationId } = await sampleBackend();
    const meeting = await backend.client.call('meetings.create', { investigationId, kind: 'formal_meeting', heldOn: '2025-03-05', title: 'Knife crime' });
    const before = fingerprint(backend);
    const { transcriptId } = await importBytes(backend, meeting.id, 'knife-crime.txt', encoder.encode(LA_TRANSCRIPT));
    await backend.client.call('transcripts.delete', { id: transcriptId });
    expect((await backend.client.call('search.transcripts', { query: 'deters', investigationId })).hits).toEqual([]);
    // The attachment stays (the original file is evidence); everything else is gone, leaving two
    // entries in the change log and two tombstones (the transcript and its own source) for merging.
    const after = JSON.parse(fingerprint(backend)) as [string, { n: number }][];
    const was = JSON.parse(before) as [string, { n: number }][];
    const added: Record<string, number> = { attachments: 1, change_log: 2, sync_tombstones: 2 };
    for (const [table, { n }] of after) {
      expect(n, table).toBe(was.find(([t]) => t === table)![1].n + (added[table] ?? 0));
    }
  });
});
