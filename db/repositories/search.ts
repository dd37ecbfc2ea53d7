/**
 * Full-text search over transcript segments (FTS5): newest meetings first, reading the index
 * backwards (segments' rowids are placed by meeting date: ../search-order.ts), or best match
 * first (bm25).
 */
import type { Statement } from 'better-sqlite3';
import type { SearchOrder } from '../../shared/domain/transcripts';
import type { Db } from '../store';

/** Marks around matched words in snippets: control characters that never occur in transcript text. */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

export interface SearchFilters {
  /** A query already made safe by `toFtsQuery`. */
  ftsQuery: string;
  investigationId?: string | null;
  meetingId?: string | null;
  transcriptId?: string | null;
  personId?: string | null;
  speakerName?: string | null;
  from?: string | null;
  to?: string | null;
  order: SearchOrder;
  limit: number;
  offset?: number;
}

export interface SearchHitRow {
  transcriptId: string;
  transcriptTitle: string;
  meetingId: string;
  meetingTitle: string;
  heldOn: string;
  investigationId: string;
  page: number;
  turnId: string | null;
  speaker: string;
  speakerLabel: string | null;
  personId: string | null;
  startOffset: number;
  snippet: string;
}

const ORDER_BY: Record<SearchOrder, string> = {
  // Read backwards, FTS5 stops once a page of results is found.
  newest: 'search_index.rowid DESC',
  // bm25 over every match, then the best.
  best: 'search_index.rank',
};

/** Each store's two search statements, prepared once (preparing costs as much as a quick search). */
const statements = new WeakMap<Db, Map<SearchOrder, Statement>>();

function searchStatement(db: Db, order: SearchOrder): Statement {
  let prepared = statements.get(db);
  if (!prepared) statements.set(db, (prepared = new Map()));
  let statement = prepared.get(order);
  if (!statement) {
    statement = db.prepare(
      `SELECT s.transcript_id AS transcriptId, t.title AS transcriptTitle, t.meeting_id AS meetingId, m.title AS meetingTitle,
         m.held_on AS heldOn, m.investigation_id AS investigationId, s.page_number AS page, s.turn_id AS turnId,
         s.speaker, st.speaker_label AS speakerLabel, st.person_id AS personId, s.start_offset AS startOffset,
         snippet(search_index, 0, '${MATCH_START}', '${MATCH_END}', '…', 16) AS snippet
       FROM search_index
       JOIN transcript_segments s ON s.rowid = search_index.rowid
       JOIN transcripts t ON t.id = s.transcript_id
       JOIN meetings m ON m.id = t.meeting_id
       LEFT JOIN speaker_turns st ON st.id = s.turn_id
       WHERE search_index MATCH @query
         AND (@investigation IS NULL OR m.investigation_id = @investigation)
         AND (@meeting IS NULL OR t.meeting_id = @meeting)
         AND (@transcript IS NULL OR s.transcript_id = @transcript)
         AND (@person IS NULL OR st.person_id = @person)
         AND (@speaker IS NULL OR s.speaker = @speaker)
         AND (@from IS NULL OR m.held_on >= @from)
         AND (@to IS NULL OR m.held_on <= @to)
       ORDER BY ${ORDER_BY[order]}
       LIMIT @limit OFFSET @offset`,
    );
    prepared.set(order, statement);
  }
  return statement;
}

export function searchSegments(db: Db, filters: SearchFilters): SearchHitRow[] {
  return searchStatement(db, filters.order)
    .all({
      query: filters.ftsQuery,
      investigation: filters.investigationId ?? null,
      meeting: filters.meetingId ?? null,
      transcript: filters.transcriptId ?? null,
      person: filters.personId ?? null,
      speaker: filters.speakerName ?? null,
      from: filters.from ?? null,
      to: filters.to ?? null,
      limit: filters.limit,
      offset: filters.offset ?? 0,
    }) as SearchHitRow[];
}
