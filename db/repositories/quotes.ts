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


/**
 * Quotes with everything the evidence grid shows, in transcript order. Built for tens of
 * thousands of quotes: rows come back as arrays (no per-row objects from SQLite), the tags of all
 * the quotes in one ordered pass rather than a subquery per quote, and the sort happens in memory.
 */
export function listQuotes(db: Db, filter: QuoteFilter): Quote[] {
  const params = {
    investigation: filter.investigationId ?? null,
    transcript: filter.transcriptId ?? null,
    tag: filter.tagId ?? null,
    ids: filter.quoteIds ? JSON.stringify(filter.quoteIds) : null,
  };
  const where = `WHERE (@investigation IS NULL OR m.investigation_id = @investigation)
         AND (@transcript IS NULL OR q.transcript_id = @transcript)
         AND (@tag IS NULL OR EXISTS (SELECT 1 FROM quote_tags x WHERE x.quote_id = q.id AND x.tag_id = @tag))
         AND (@ids IS NULL OR q.id IN (SELECT value FROM json_each(@ids)))`;
  const rows = db
    .prepare(
      `SELECT q.id, q.transcript_id, t.title, t.meeting_id, m.title, m.held_on, q.start_offset, q.end_offset, q.page_start,
         q.page_end, q.speaker_turn_id, q.person_id,
         trim(ifnull(p.honorific || ' ', '') || p.full_name || ifnull(' ' || p.post_nominals, '')),
         st.speaker_label, q.role_text, q.organisation, q.text_snapshot, q.note, q.anchor_status, q.author_id, pr.name,
         q.created_at, q.updated_at
       FROM quotes q
       JOIN transcripts t ON t.id = q.transcript_id
       JOIN meetings m ON m.id = t.meeting_id
       LEFT JOIN people p ON p.id = q.person_id
       LEFT JOIN speaker_turns st ON st.id = q.speaker_turn_id
       LEFT JOIN profiles pr ON pr.id = q.author_id
       ${where}`,
    )
    .raw(true)
    .all(params) as unknown[][];
  // Tags in the order they were applied, so "the first tag" (a highlight's colour) is stable.
  const tagIds = new Map<string, string[]>();
  const links = db
    .prepare(
      `SELECT qt.quote_id, qt.tag_id FROM quote_tags qt JOIN quotes q ON q.id = qt.quote_id
       JOIN transcripts t ON t.id = q.transcript_id JOIN meetings m ON m.id = t.meeting_id
       ${where} ORDER BY qt.created_at, qt.id`,
    )
    .raw(true)
    .all(params) as [string, string][];
  for (const [quoteId, tagId] of links) {
    const list = tagIds.get(quoteId);
    if (list) list.push(tagId);
    else tagIds.set(quoteId, [tagId]);
  }
  const quotes: Quote[] = rows.map((r) => ({
    id: r[0] as string,
    transcriptId: r[1] as string,
    transcriptTitle: r[2] as string,
    meetingId: r[3] as string,
    meetingTitle: r[4] as string,
    heldOn: r[5] as string,
    startOffset: r[6] as number,
    endOffset: r[7] as number,
    pageStart: r[8] as number,
    pageEnd: r[9] as number,
    speakerTurnId: r[10] as string | null,
    personId: r[11] as string | null,
    speaker: (r[12] as string | null) ?? (r[13] as string | null) ?? 'Unknown speaker',
    roleText: r[14] as string | null,
    organisation: r[15] as string | null,
    text: r[16] as string,
    note: r[17] as string | null,
    anchorStatus: r[18] as AnchorStatus,
    tagIds: tagIds.get(r[0] as string) ?? [],
    authorId: r[19] as string,
    authorName: (r[20] as string | null) ?? 'Someone at another computer',
    createdAt: r[21] as string,
    updatedAt: r[22] as string,
  }));
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return quotes.sort(
    (a, b) => compare(a.heldOn, b.heldOn) || compare(a.transcriptTitle, b.transcriptTitle) || a.startOffset - b.startOffset || compare(a.id, b.id),
  );
}
