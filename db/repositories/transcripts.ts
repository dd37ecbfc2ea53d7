/**
 * Transcripts: their pages, speaker turns, the search segments derived from them, and the
 * original files they came from.
 */
import type { TranscriptSummary } from '../../shared/domain/transcripts';
import type { Db } from '../store';
import { freshStamps } from './stamps';
import { newId, nowIso } from '../ids';
import { firstSegmentRowid } from '../search-order';

export interface TranscriptRow {
  id: string;
  meeting_id: string;
  panel_id: string | null;
  source_id: string | null;
  title: string;
  attachment_sha256: string | null;
  status: 'uncorrected' | 'corrected';
  page_count: number;
  imported_at: string | null;
  format: 'pdf' | 'docx' | 'txt' | null;
  original_file_name: string | null;
}

export function insertAttachment(db: Db, file: { sha256: string; fileName: string; mediaType: string; data: Uint8Array }): void {
  db.prepare(
    `INSERT OR IGNORE INTO attachments (sha256, file_name, media_type, size, data, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(file.sha256, file.fileName, file.mediaType, file.data.byteLength, Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength), nowIso());
}

export function getAttachment(db: Db, sha256: string): { fileName: string; mediaType: string; data: Buffer } | undefined {
  const row = db.prepare('SELECT file_name, media_type, data FROM attachments WHERE sha256 = ?').get(sha256) as
    | { file_name: string; media_type: string; data: Buffer }
    | undefined;
  return row && { fileName: row.file_name, mediaType: row.media_type, data: row.data };
}

/** The transcript already made from these exact bytes, if any. */
export function findTranscriptByAttachment(db: Db, sha256: string): TranscriptRow | undefined {
  return db.prepare('SELECT * FROM transcripts WHERE attachment_sha256 = ? LIMIT 1').get(sha256) as TranscriptRow | undefined;
}

export function getTranscriptRow(db: Db, id: string): TranscriptRow | undefined {
  return db.prepare('SELECT * FROM transcripts WHERE id = ?').get(id) as TranscriptRow | undefined;
}

export interface NewTranscript {
  meetingId: string;
  panelId: string | null;
  sourceId: string | null;
  title: string;
  attachmentSha256: string;
  format: 'pdf' | 'docx' | 'txt';
  originalFileName: string;
  pages: { number: number; startOffset: number; endOffset: number; text: string }[];
  turns: {
    label: string;
    name: string;
    roleText: string | null;
    questionNumber: string | null;
    personId: string | null;
    page: number;
    startOffset: number;
    endOffset: number;
    speechOffset: number;
  }[];
}

/**
 * Writes a transcript with its pages, turns and search segments. Must run inside the caller's
 * transaction so a failure leaves nothing behind.
 */
export function insertTranscript(db: Db, authorId: string, transcript: NewTranscript, id?: string): string {
  const stamps = freshStamps(authorId, id);
  db.prepare(
    `INSERT INTO transcripts (id, meeting_id, panel_id, source_id, title, attachment_sha256, status, page_count, imported_at,
       format, original_file_name, author_id, created_at, updated_at)
     VALUES (@id, @meeting_id, @panel_id, @source_id, @title, @attachment_sha256, 'uncorrected', @page_count, @imported_at,
       @format, @original_file_name, @author_id, @created_at, @updated_at)`,
  ).run({
    ...stamps,
    meeting_id: transcript.meetingId,
    panel_id: transcript.panelId,
    source_id: transcript.sourceId,
    title: transcript.title,
    attachment_sha256: transcript.attachmentSha256,
    page_count: transcript.pages.length,
    imported_at: stamps.created_at,
    format: transcript.format,
    original_file_name: transcript.originalFileName,
  });

  insertTranscriptContent(db, stamps.id, transcript);
  return stamps.id;
}

/** Writes a transcript's pages, speaker turns and search segments (first import, or a corrected version). */
export function insertTranscriptContent(db: Db, transcriptId: string, transcript: Pick<NewTranscript, 'pages' | 'turns'>): void {
  const insertPage = db.prepare(
    'INSERT INTO transcript_pages (id, transcript_id, page_number, start_offset, end_offset, text) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const page of transcript.pages) insertPage.run(newId(), transcriptId, page.number, page.startOffset, page.endOffset, page.text);

  const insertTurn = db.prepare(
    `INSERT INTO speaker_turns (id, transcript_id, position, speaker_label, speaker_name, role_text, person_id, page_number,
       start_offset, end_offset, question_number, speech_offset)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const turnIds = transcript.turns.map((turn, position) => {
    const turnId = newId();
    insertTurn.run(turnId, transcriptId, position, turn.label, turn.name, turn.roleText, turn.personId, turn.page, turn.startOffset, turn.endOffset, turn.questionNumber, turn.speechOffset);
    return turnId;
  });

  insertSegments(db, transcriptId, transcript, turnIds);
}

/** Removes a transcript's pages, turns and search segments, keeping the transcript (and its quotes). */
export function deleteTranscriptContent(db: Db, transcriptId: string): void {
  db.prepare('DELETE FROM transcript_segments WHERE transcript_id = ?').run(transcriptId);
  db.prepare('DELETE FROM speaker_turns WHERE transcript_id = ?').run(transcriptId);
  db.prepare('DELETE FROM transcript_pages WHERE transcript_id = ?').run(transcriptId);
}

/**
 * Cuts the transcript into search segments: each turn's speech split at page boundaries, plus any
 * text on a page outside every turn (the header block). A search hit is then one page and one
 * speaker.
 */
function insertSegments(db: Db, transcriptId: string, transcript: Pick<NewTranscript, 'pages' | 'turns'>, turnIds: string[]): void {
  const insert = db.prepare(
    `INSERT INTO transcript_segments (rowid, transcript_id, page_number, turn_id, speaker, start_offset, end_offset, text)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const segments: [transcriptId: string, page: number, turnId: string | null, speaker: string, start: number, end: number, text: string][] = [];
  // Ranges [start, end) owned by turns, in order; gaps between them belong to no speaker.
  const ranges: { start: number; end: number; turnIndex: number | null }[] = [];
  let cursor = 0;
  transcript.turns.forEach((turn, index) => {
    if (turn.startOffset > cursor) ranges.push({ start: cursor, end: turn.startOffset, turnIndex: null });
    // The label ("Susan Hall AM (Chairman):") is not indexed as speech: the speaker column has it.
    ranges.push({ start: Math.max(turn.speechOffset, turn.startOffset), end: turn.endOffset, turnIndex: index });
    cursor = Math.max(cursor, turn.endOffset);
  });
  const textEnd = transcript.pages.at(-1)?.endOffset ?? 0;
  if (cursor < textEnd) ranges.push({ start: cursor, end: textEnd, turnIndex: null });

  let pageIndex = 0;
  for (const range of ranges) {
    while (pageIndex < transcript.pages.length && transcript.pages[pageIndex]!.endOffset <= range.start) pageIndex += 1;
    for (let p = pageIndex; p < transcript.pages.length; p += 1) {
      const page = transcript.pages[p]!;
      if (page.startOffset >= range.end) break;
      const start = Math.max(range.start, page.startOffset);
      const end = Math.min(range.end, page.endOffset);
      const text = page.text.slice(start - page.startOffset, end - page.startOffset);
      if (text.trim() === '') continue;
      const turn = range.turnIndex === null ? undefined : transcript.turns[range.turnIndex];
      segments.push([transcriptId, page.number, range.turnIndex === null ? null : turnIds[range.turnIndex]!, turn?.name ?? '', start, end, text]);
    }
  }
  // Placed by the meeting's date (../search-order.ts): written last segment first, with rising
  // rowids, so the first segment has the highest and the rows arrive in key order.
  const first = firstSegmentRowid(db, transcriptId);
  for (let i = segments.length - 1, rowid = first; i >= 0; i -= 1, rowid += 1) insert.run(rowid, ...segments[i]!);
}


export function listTranscripts(db: Db, investigationId: string | null): TranscriptSummary[] {
  return db
    .prepare(
      `SELECT t.id, t.meeting_id AS meetingId, t.panel_id AS panelId, t.title, m.held_on AS heldOn, m.title AS meetingTitle,
         t.page_count AS pageCount, t.format, t.original_file_name AS originalFileName, t.imported_at AS importedAt,
         (SELECT count(*) FROM speaker_turns s WHERE s.transcript_id = t.id) AS turnCount,
         (SELECT count(DISTINCT s.speaker_name) FROM speaker_turns s WHERE s.transcript_id = t.id AND s.person_id IS NULL) AS unmatchedSpeakers
       FROM transcripts t JOIN meetings m ON m.id = t.meeting_id
       WHERE (@investigation IS NULL OR m.investigation_id = @investigation)
       ORDER BY m.held_on, t.title`,
    )
    .all({ investigation: investigationId }) as TranscriptSummary[];
}

export interface PageRow {
  pageNumber: number;
  startOffset: number;
  endOffset: number;
  text: string;
}

export function listPages(db: Db, transcriptId: string, fromPage?: number, toPage?: number): PageRow[] {
  return db
    .prepare(
      `SELECT page_number AS pageNumber, start_offset AS startOffset, end_offset AS endOffset, text FROM transcript_pages
       WHERE transcript_id = @id AND page_number BETWEEN @from AND @to ORDER BY page_number`,
    )
    .all({ id: transcriptId, from: fromPage ?? -1, to: toPage ?? 1e9 }) as PageRow[];
}

export interface TurnRow {
  id: string;
  position: number;
  label: string;
  name: string;
  roleText: string | null;
  questionNumber: string | null;
  personId: string | null;
  page: number;
  startOffset: number;
  endOffset: number;
  speechOffset: number;
}

export function listTurns(db: Db, transcriptId: string): TurnRow[] {
  return db
    .prepare(
      `SELECT id, position, speaker_label AS label, speaker_name AS name, role_text AS roleText, question_number AS questionNumber,
         person_id AS personId, page_number AS page, start_offset AS startOffset, end_offset AS endOffset, speech_offset AS speechOffset
       FROM speaker_turns WHERE transcript_id = ? ORDER BY position`,
    )
    .all(transcriptId) as TurnRow[];
}

/** Links every turn of one speaker (by normalised name) in a transcript to a person. */
export function linkSpeaker(db: Db, transcriptId: string, speakerName: string, personId: string | null): number {
  return db
    .prepare('UPDATE speaker_turns SET person_id = ? WHERE transcript_id = ? AND speaker_name = ?')
    .run(personId, transcriptId, speakerName).changes;
}

export function deleteTranscript(db: Db, id: string): void {
  db.prepare('DELETE FROM transcripts WHERE id = ?').run(id);
}
