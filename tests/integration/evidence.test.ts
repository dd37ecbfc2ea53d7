/** Evidence through the API: quotes, tags, coverage, undo/redo, corrected transcripts, profiles. */
import { describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../backend';
import { sampleId } from '../../backend/sample/load-sample';
import { SAMPLE_QUOTE_TAGS } from '../../backend/sample/quote-tags';
import { QUOTED_PASSAGES } from '../../backend/sample/transcripts';
import { ApiError } from '../../shared/api/errors';
import { sampleBackend } from '../helpers/temp';

const encoder = new TextEncoder();

const TRANSCRIPT = [
  'Susan Hall AM (Chairman): Welcome. Our first question is on neighbourhood policing in outer boroughs.',
  'Dr Alex Example (Head of Research, Knife Crime Institute): Neighbourhood teams exist on paper but are abstracted to other duties every week.',
  '\f',
  'Zoë Garbett AM: What would restore trust in the police among young Londoners?',
  'Dr Alex Example (Head of Research, Knife Crime Institute): Visible, named officers who stay in post long enough to be known.',
].join('\n');

async function withTranscript(text = TRANSCRIPT) {
  const { backend, investigationId } = await sampleBackend();
  const { client } = backend;
  const meeting = await client.call('meetings.create', { investigationId, kind: 'formal_meeting', heldOn: '2025-03-05', title: 'Neighbourhood policing' });
  const upload = await client.upload('neighbourhood.txt', encoder.encode(text).buffer);
  const { transcriptId } = await client.call('transcripts.import', { uploadId: upload.uploadId, meetingId: meeting.id });
  const detail = await client.call('transcripts.get', { id: transcriptId });
  const whole = detail.pages.map((p) => p.text).join('');
  /** Offsets of a phrase in the transcript. */
  const range = (phrase: string) => {
    const start = whole.indexOf(phrase);
    if (start < 0) throw new Error(`not in transcript: ${phrase}`);
    return { startOffset: start, endOffset: start + phrase.length };
  };
  const tags = await client.call('tags.list', { investigationId });
  const rec5 = tags.find((t) => t.name === 'Recommendation 5')!;
  return { backend, client, investigationId, transcriptId, meetingId: meeting.id, range, tags, rec5 };
}

function tableCounts(backend: Backend): string {
  const db = backend.store.db;
  return JSON.stringify(['quotes', 'quote_tags', 'tags'].map((t) => db.prepare(`SELECT count(*) AS n FROM ${t}`).get()));
}

describe('the sample’s quotes', () => {
  it('marks every passage the report quotes, on its cited page, by the right person, tagged as the report uses it', async () => {
    const { backend, investigationId } = await sampleBackend();
    const quotes = await backend.client.call('quotes.list', { investigationId });
    const tags = await backend.client.call('tags.list', { investigationId });
    expect(quotes).toHaveLength(QUOTED_PASSAGES.length);
    const seen = new Map<number, number>();
    for (const passage of QUOTED_PASSAGES) {
      const index = seen.get(passage.footnote) ?? 0;
      seen.set(passage.footnote, index + 1);
      const quote = quotes.find((q) => q.id === sampleId(`quote/${passage.footnote}/${index}`))!;
      expect(quote, `footnote ${passage.footnote}`).toBeDefined();
      expect(quote.pageStart, `footnote ${passage.footnote} page`).toBe(passage.page);
      expect(quote.personId, `footnote ${passage.footnote} speaker`).toBe(sampleId(`person/${passage.speakerPersonKey}`));
      const tagging = SAMPLE_QUOTE_TAGS.find((t) => t.footnote === passage.footnote && t.index === index)!;
      const names = quote.tagIds.map((id) => tags.find((t) => t.id === id)!);
      expect(names.filter((t) => t.kind === 'recommendation').map((t) => t.recommendationId).sort()).toEqual(tagging.recommendations.map((r) => sampleId(`recommendation/${r}`)).sort());
      expect(names.some((t) => t.kind === 'chapter' && t.chapterId === sampleId(`chapter/${tagging.chapter}`))).toBe(true);
    }
  });

  it('shows evidence against every recommendation in the coverage view', async () => {
    const { backend, investigationId } = await sampleBackend();
    const coverage = await backend.client.call('coverage.get', { investigationId });
    const recommendations = coverage.filter((row) => row.kind === 'recommendation');
    expect(recommendations.map((r) => r.label)).toEqual(Array.from({ length: 12 }, (_, i) => `Recommendation ${i + 1}`));
    for (const row of recommendations) {
      expect(row.quoteCount, row.label).toBeGreaterThan(0);
      expect(row.witnessCount, row.label).toBeGreaterThan(0);
    }
    const rec8 = recommendations[7]!;
    expect(rec8.quoteCount).toBe(SAMPLE_QUOTE_TAGS.filter((t) => t.recommendations.includes('rec-8')).length);
    // A chapter counts what is tagged to its sections too.
    const chapterThree = coverage.find((row) => row.kind === 'chapter' && row.label.startsWith('Chapter three'))!;
    expect(chapterThree.quoteCount).toBeGreaterThanOrEqual(rec8.quoteCount);
  });
});

describe('marking quotes', () => {
  it('marks a quote within a turn with its page, speaker, role, organisation and words', async () => {
    const { client, transcriptId, range } = await withTranscript();
    const quote = await client.call('quotes.create', { transcriptId, ...range('Neighbourhood teams exist on paper'), note: 'Echoes Bradford' });
    expect(quote).toMatchObject({ pageStart: 1, pageEnd: 1, text: 'Neighbourhood teams exist on paper', note: 'Echoes Bradford', anchorStatus: 'exact', tagIds: [] });
    expect(quote.speaker).toBe('Dr Alex Example (Head of Research, Knife Crime Institute)');
    expect(quote.roleText).toBe('Head of Research, Knife Crime Institute');
  });

  it('marks a quote across turns and pages, trimming spaces at its ends', async () => {
    const { client, transcriptId, range } = await withTranscript();
    const from = range('abstracted to other duties').startOffset;
    const to = range('restore trust').endOffset;
    const quote = await client.call('quotes.create', { transcriptId, startOffset: from - 1, endOffset: to + 1 });
    expect(quote.pageStart).toBe(1);
    expect(quote.pageEnd).toBe(2);
    expect(quote.text.startsWith('abstracted')).toBe(true);
    expect(quote.text.endsWith('restore trust')).toBe(true);
  });

  it('refuses empty, blank, label-only and out-of-range selections, leaving the store unchanged', async () => {
    const { backend, client, transcriptId, range } = await withTranscript();
    const before = tableCounts(backend);
    const label = range('Susan Hall AM (Chairman)');
    const cases: [number, number, RegExp][] = [
      [10, 10, /selection is empty/],
      [20, 10, /selection is empty/],
      [range('Welcome.').endOffset, range('Welcome.').endOffset + 1, /only spaces/],
      [label.startOffset, label.endOffset, /not only the speaker’s name/],
      [0, 10_000_000, /outside the transcript/],
    ];
    for (const [startOffset, endOffset, message] of cases) {
      await expect(client.call('quotes.create', { transcriptId, startOffset, endOffset })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringMatching(message) });
    }
    expect(tableCounts(backend)).toBe(before);
  });

  it('extends and shrinks a quote, edits its note and deletes it', async () => {
    const { client, transcriptId, range } = await withTranscript();
    const quote = await client.call('quotes.create', { transcriptId, ...range('exist on paper') });
    const extended = await client.call('quotes.update', { id: quote.id, startOffset: range('Neighbourhood teams exist').startOffset });
    expect(extended.text).toBe('Neighbourhood teams exist on paper');
    const noted = await client.call('quotes.update', { id: quote.id, note: 'Key point' });
    expect(noted.note).toBe('Key point');
    await client.call('quotes.delete', { id: quote.id });
    expect(await client.call('quotes.list', { transcriptId })).toEqual([]);
  });

  it('allows overlapping quotes', async () => {
    const { client, transcriptId, range } = await withTranscript();
    await client.call('quotes.create', { transcriptId, ...range('Neighbourhood teams exist on paper') });
    await client.call('quotes.create', { transcriptId, ...range('exist on paper but are abstracted') });
    expect(await client.call('quotes.list', { transcriptId })).toHaveLength(2);
  });
});

describe('tags', () => {
  it('tags and untags a quote; tagging twice is harmless', async () => {
    const { client, transcriptId, range, rec5 } = await withTranscript();
    const quote = await client.call('quotes.create', { transcriptId, ...range('Visible, named officers'), tagIds: [rec5.id] });
    expect(quote.tagIds).toEqual([rec5.id]);
    expect((await client.call('quotes.tag', { quoteId: quote.id, tagId: rec5.id })).tagIds).toEqual([rec5.id]);
    expect((await client.call('quotes.untag', { quoteId: quote.id, tagId: rec5.id })).tagIds).toEqual([]);
  });

  it('keeps a codebook of themes: nested, coloured, renamed, moved, with no duplicate siblings', async () => {
    const { client, investigationId } = await withTranscript();
    const trust = await client.call('tags.create', { investigationId, name: 'Trust', colour: '#1d70b8' });
    const youth = await client.call('tags.create', { investigationId, name: 'Young Londoners', parentId: trust.id, description: 'What young people told us' });
    expect(youth.parentId).toBe(trust.id);
    await expect(client.call('tags.create', { investigationId, name: 'trust' })).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/already a tag called “trust”/) });
    await expect(client.call('tags.create', { investigationId, name: '   ' })).rejects.toMatchObject({ code: 'invalid_input' });
    const renamed = await client.call('tags.update', { id: youth.id, name: 'Youth voice', parentId: null });
    expect(renamed).toMatchObject({ name: 'Youth voice', parentId: null });
    await expect(client.call('tags.update', { id: trust.id, parentId: trust.id })).rejects.toMatchObject({ message: expect.stringMatching(/inside itself/) });
    const rec1 = (await client.call('tags.list', { investigationId })).find((t) => t.name === 'Recommendation 1')!;
    await expect(client.call('tags.update', { id: rec1.id, name: 'Rec one' })).rejects.toMatchObject({ message: expect.stringMatching(/take their names and places from the report/) });
  });

  it('asks what to do with quotes before deleting a tag in use, and never leaves orphans', async () => {
    const { backend, client, investigationId, transcriptId, range, rec5 } = await withTranscript();
    const theme = await client.call('tags.create', { investigationId, name: 'Abstraction' });
    const quote = await client.call('quotes.create', { transcriptId, ...range('abstracted to other duties'), tagIds: [theme.id] });
    await expect(client.call('tags.delete', { id: theme.id })).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/is on one quote. Choose whether/) });
    const result = await client.call('tags.delete', { id: theme.id, quotes: 'move', moveToTagId: rec5.id });
    expect(result.affectedQuotes).toBe(1);
    expect((await client.call('quotes.list', { transcriptId })).find((q) => q.id === quote.id)!.tagIds).toEqual([rec5.id]);
    const orphans = backend.store.db.prepare('SELECT count(*) AS n FROM quote_tags qt LEFT JOIN tags t ON t.id = qt.tag_id WHERE t.id IS NULL').get();
    expect(orphans).toEqual({ n: 0 });
  });

  it('merges one theme into another, moving its quotes', async () => {
    const { client, investigationId, transcriptId, range } = await withTranscript();
    const a = await client.call('tags.create', { investigationId, name: 'Visibility' });
    const b = await client.call('tags.create', { investigationId, name: 'Neighbourhood teams' });
    const quote = await client.call('quotes.create', { transcriptId, ...range('Visible, named officers'), tagIds: [a.id] });
    expect(await client.call('tags.merge', { sourceId: a.id, targetId: b.id })).toEqual({ movedQuotes: 1 });
    expect((await client.call('quotes.list', { transcriptId })).find((q) => q.id === quote.id)!.tagIds).toEqual([b.id]);
    expect((await client.call('tags.list', { investigationId })).some((t) => t.id === a.id)).toBe(false);
  });
});

describe('undo and redo', () => {
  it('undoes and redoes marking and tagging a quote', async () => {
    const { client, transcriptId, range, rec5 } = await withTranscript();
    const quote = await client.call('quotes.create', { transcriptId, ...range('Visible, named officers') });
    await client.call('quotes.tag', { quoteId: quote.id, tagId: rec5.id });
    expect(await client.call('history.state', {})).toMatchObject({ canUndo: true, undoLabel: 'Tag a quote to Recommendation 5' });
    await client.call('history.undo', {});
    expect((await client.call('quotes.list', { transcriptId }))[0]!.tagIds).toEqual([]);
    await client.call('history.undo', {});
    expect(await client.call('quotes.list', { transcriptId })).toEqual([]);
    await client.call('history.redo', {});
    await client.call('history.redo', {});
    const [restored] = await client.call('quotes.list', { transcriptId });
    expect(restored).toMatchObject({ id: quote.id, tagIds: [rec5.id], text: 'Visible, named officers' });
  });

  it('undoes a deletion, bringing back the quote with its tags', async () => {
    const { client, transcriptId, range, rec5 } = await withTranscript();
    const quote = await client.call('quotes.create', { transcriptId, ...range('Visible, named officers'), tagIds: [rec5.id], note: 'Keep' });
    await client.call('quotes.delete', { id: quote.id });
    await client.call('history.undo', {});
    expect((await client.call('quotes.list', { transcriptId }))[0]).toMatchObject({ id: quote.id, tagIds: [rec5.id], note: 'Keep' });
  });

  it('refuses to undo over a later change made elsewhere', async () => {
    const { backend, client, transcriptId, range } = await withTranscript();
    const quote = await client.call('quotes.create', { transcriptId, ...range('Visible, named officers') });
    await client.call('quotes.update', { id: quote.id, note: 'First' });
    // Another window on the same store changes the note behind this session's back.
    backend.store.db.prepare(`UPDATE quotes SET note = 'Changed elsewhere', updated_at = '2099-01-01T00:00:00.000Z' WHERE id = ?`).run(quote.id);
    await expect(client.call('history.undo', {})).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/can no longer be undone/) });
    expect((await client.call('quotes.list', { transcriptId }))[0]!.note).toBe('Changed elsewhere');
    await expect(client.call('history.redo', {})).rejects.toMatchObject({ message: /nothing to redo/ });
  });
});

describe('a corrected transcript', () => {
  it('re-anchors every quote by its words: exact, moved or lost, and drops none', async () => {
    const { client, transcriptId, range } = await withTranscript();
    const stays = await client.call('quotes.create', { transcriptId, ...range('Welcome. Our first question') });
    const moves = await client.call('quotes.create', { transcriptId, ...range('Visible, named officers') });
    const goes = await client.call('quotes.create', { transcriptId, ...range('abstracted to other duties every week') });
    const corrected = TRANSCRIPT.replace('abstracted to other duties every week', 'moved to other duties most weeks').replace(
      'Zoë Garbett AM: What would',
      'Zoë Garbett AM: [Corrected] Thank you. What would',
    );
    const upload = await client.upload('neighbourhood-corrected.txt', encoder.encode(corrected).buffer);
    const report = await client.call('transcripts.reimport', { transcriptId, uploadId: upload.uploadId });
    expect(report.exact).toBe(1);
    expect(report.moved).toEqual([{ quoteId: moves.id, fromPage: 2, toPage: 2 }]);
    expect(report.lost).toEqual([{ quoteId: goes.id, text: 'abstracted to other duties every week', page: 1 }]);
    const quotes = await client.call('quotes.list', { transcriptId });
    expect(quotes.map((q) => [q.id, q.anchorStatus]).sort()).toEqual([[stays.id, 'exact'], [moves.id, 'moved'], [goes.id, 'lost']].sort());
    const detail = await client.call('transcripts.get', { id: transcriptId });
    const whole = detail.pages.map((p) => p.text).join('');
    const moved = quotes.find((q) => q.id === moves.id)!;
    expect(whole.slice(moved.startOffset, moved.endOffset)).toBe('Visible, named officers');
  });

  it('refuses the same file as a correction', async () => {
    const { client, transcriptId } = await withTranscript();
    const upload = await client.upload('again.txt', encoder.encode(TRANSCRIPT).buffer);
    await expect(client.call('transcripts.reimport', { transcriptId, uploadId: upload.uploadId })).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('two windows on one store', () => {
  it('stays consistent when both tag the same quote and mark quotes at once', async () => {
    const { backend, client, transcriptId, range, rec5 } = await withTranscript();
    const other = await createBackend({ storePath: backend.storePath });
    try {
      const quote = await client.call('quotes.create', { transcriptId, ...range('Visible, named officers') });
      await Promise.all([
        client.call('quotes.tag', { quoteId: quote.id, tagId: rec5.id }),
        other.client.call('quotes.tag', { quoteId: quote.id, tagId: rec5.id }),
        client.call('quotes.create', { transcriptId, ...range('Neighbourhood teams') }),
        other.client.call('quotes.create', { transcriptId, ...range('restore trust') }),
      ]);
      const links = backend.store.db.prepare('SELECT count(*) AS n FROM quote_tags WHERE quote_id = ?').get(quote.id);
      expect(links).toEqual({ n: 1 });
      expect(await other.client.call('quotes.list', { transcriptId })).toHaveLength(3);
      expect((await client.call('store.check', {})).ok).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('locks a transcript’s quotes while a corrected version is imported', async () => {
    const { client, transcriptId, range } = await withTranscript();
    const quote = await client.call('quotes.create', { transcriptId, ...range('Visible, named officers') });
    const upload = await client.upload('corrected.txt', encoder.encode(TRANSCRIPT.replace('Welcome.', 'Good morning.')).buffer);
    // The import takes the lock as it starts, before it first waits for the worker.
    const reimport = client.call('transcripts.reimport', { transcriptId, uploadId: upload.uploadId });
    const during = await client.call('quotes.update', { id: quote.id, note: 'During' }).catch((e: unknown) => e);
    await reimport;
    expect(during).toBeInstanceOf(ApiError);
    expect((during as ApiError).message).toMatch(/corrected version of this transcript is being imported/);
    const [after] = await client.call('quotes.list', { transcriptId });
    // Its words are all there, a few characters later ("Good morning." is longer than "Welcome.").
    expect(after).toMatchObject({ anchorStatus: 'moved', text: 'Visible, named officers', note: null });
    // Once the import is done, the quote can be edited again.
    expect((await client.call('quotes.update', { id: quote.id, note: 'After' })).note).toBe('After');
  });
});

describe('who is working', () => {
  it('creates and chooses profiles, and records the author of each quote', async () => {
    const { client, transcriptId, range } = await withTranscript();
    const first = await client.call('profiles.list', {});
    expect(first.chosen).toBe(false);
    const zoe = await client.call('profiles.create', { name: 'Zoë Garbett', role: 'member', personId: sampleId('person/zoe-garbett') });
    const listed = await client.call('profiles.list', {});
    expect(listed).toMatchObject({ chosen: true, currentId: zoe.id });
    const quote = await client.call('quotes.create', { transcriptId, ...range('Visible, named officers') });
    expect(quote).toMatchObject({ authorId: zoe.id, authorName: 'Zoë Garbett' });
    await expect(client.call('profiles.choose', { id: 'no-such-profile' })).rejects.toBeInstanceOf(ApiError);
  });
});
