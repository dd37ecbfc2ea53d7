/** Quotes members mark in transcripts, and the tags on them. */
import type { AnchorStatus, Quote } from '../../shared/domain/evidence';
import type { Db } from '../store';
import { freshStamps, updateClause } from './stamps';

export interface QuoteFields {
  transcriptId: string;
  startOffset: number;
  endOffset: number;
  pageStart: number;
  pageEnd: number;
  speakerTurnId: string | null;
  personId: string | null;
  roleText: string | null;
  organisation: string | null;
  textSnapshot: string;
  note: string | null;
}

export function insertQuote(db: Db, authorId: string, fields: QuoteFields, id?: string): string {
  const stamps = freshStamps(authorId, id);
  db.prepare(
    `INSERT INTO quotes (id, transcript_id, start_offset, end_offset, page_start, page_end, speaker_turn_id, person_id, role_text,
       organisation, text_snapshot, note, anchor_status, author_id, created_at, updated_at)
     VALUES (@id, @transcript_id, @start_offset, @end_offset, @page_start, @page_end, @speaker_turn_id, @person_id, @role_text,
       @organisation, @text_snapshot, @note, 'exact', @author_id, @created_at, @updated_at)`,
  ).run({
    ...stamps,
    transcript_id: fields.transcriptId,
    start_offset: fields.startOffset,
    end_offset: fields.endOffset,
    page_start: fields.pageStart,
    page_end: fields.pageEnd,
    speaker_turn_id: fields.speakerTurnId,
    person_id: fields.personId,
    role_text: fields.roleText,
    organisation: fields.organisation,
    text_snapshot: fields.textSnapshot,
    note: fields.note,
  });
  return stamps.id;
}

export function updateQuote(db: Db, id: string, fields: Partial<QuoteFields> & { anchorStatus?: AnchorStatus }): void {
  const { sql, params } = updateClause({
    start_offset: fields.startOffset,
    end_offset: fields.endOffset,
    page_start: fields.pageStart,
    page_end: fields.pageEnd,
    speaker_turn_id: fields.speakerTurnId,
    person_id: fields.personId,
    role_text: fields.roleText,
    organisation: fields.organisation,
    text_snapshot: fields.textSnapshot,
    note: fields.note,
    anchor_status: fields.anchorStatus,
  });
  db.prepare(`UPDATE quotes SET ${sql} WHERE id = @id`).run({ ...params, id });
}

/** Tags a quote; returns the new link's id, or null if the quote already had the tag. */
export function addQuoteTag(db: Db, authorId: string, quoteId: string, tagId: string): string | null {
  const stamps = freshStamps(authorId);
  // Two windows (or two hosts on one store) may tag the same quote at once: the second is a no-op.
  const { changes } = db
    .prepare(
      `INSERT INTO quote_tags (id, quote_id, tag_id, author_id, created_at, updated_at) VALUES (@id, @quote_id, @tag_id, @author_id, @created_at, @updated_at)
       ON CONFLICT (quote_id, tag_id) DO NOTHING`,
    )
    .run({ ...stamps, quote_id: quoteId, tag_id: tagId });
  return changes > 0 ? stamps.id : null;
}

export interface QuoteFilter {
  investigationId?: string;
  transcriptId?: string;
  tagId?: string;
  quoteIds?: string[];
}

interface QuoteRow {
  id: string;
  transcript_id: string;
  transcript_title: string;
  meeting_id: string;
  meeting_title: string;
  held_on: string;
  start_offset: number;
  end_offset: number;
  page_start: number;
  page_end: number;
  speaker_turn_id: string | null;
  person_id: string | null;
  speaker: string | null;
  turn_label: string | null;
  role_text: string | null;
  organisation: string | null;
  text_snapshot: string;
  note: string | null;
  anchor_status: AnchorStatus;
  tag_ids: string | null;
  author_id: string;
  author_name: string | null;
  created_at: string;
  updated_at: string;
}

/** Quotes with everything the evidence grid shows, in transcript order. */
export function listQuotes(db: Db, filter: QuoteFilter): Quote[] {
  const rows = db
    .prepare(
      `SELECT q.*, t.title AS transcript_title, t.meeting_id, m.title AS meeting_title, m.held_on,
         trim(ifnull(p.honorific || ' ', '') || p.full_name || ifnull(' ' || p.post_nominals, '')) AS speaker,
         st.speaker_label AS turn_label, pr.name AS author_name,
         (SELECT group_concat(qt.tag_id) FROM quote_tags qt WHERE qt.quote_id = q.id) AS tag_ids
       FROM quotes q
       JOIN transcripts t ON t.id = q.transcript_id
       JOIN meetings m ON m.id = t.meeting_id
       LEFT JOIN people p ON p.id = q.person_id
       LEFT JOIN speaker_turns st ON st.id = q.speaker_turn_id
       LEFT JOIN profiles pr ON pr.id = q.author_id
       WHERE (@investigation IS NULL OR m.investigation_id = @investigation)
         AND (@transcript IS NULL OR q.transcript_id = @transcript)
         AND (@tag IS NULL OR EXISTS (SELECT 1 FROM quote_tags x WHERE x.quote_id = q.id AND x.tag_id = @tag))
         AND (@ids IS NULL OR q.id IN (SELECT value FROM json_each(@ids)))
       ORDER BY m.held_on, t.title, q.start_offset, q.id`,
    )
    .all({
      investigation: filter.investigationId ?? null,
      transcript: filter.transcriptId ?? null,
      tag: filter.tagId ?? null,
      ids: filter.quoteIds ? JSON.stringify(filter.quoteIds) : null,
    }) as QuoteRow[];
  return rows.map((row) => ({
    id: row.id,
    transcriptId: row.transcript_id,
    transcriptTitle: row.transcript_title,
    meetingId: row.meeting_id,
    meetingTitle: row.meeting_title,
    heldOn: row.held_on,
    startOffset: row.start_offset,
    endOffset: row.end_offset,
    pageStart: row.page_start,
    pageEnd: row.page_end,
    speakerTurnId: row.speaker_turn_id,
    personId: row.person_id,
    speaker: row.speaker ?? row.turn_label ?? 'Unknown speaker',
    roleText: row.role_text,
    organisation: row.organisation,
    text: row.text_snapshot,
    note: row.note,
    anchorStatus: row.anchor_status,
    tagIds: row.tag_ids ? row.tag_ids.split(',') : [],
    authorId: row.author_id,
    authorName: row.author_name ?? 'Someone at another computer',
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}
