/**
 * The order of search segments' rowids: newest meeting first, by walking the index backwards.
 *
 * FTS5 returns matches in rowid order and can stop at a LIMIT, but it must visit every match to
 * rank by bm25 (about 3 ms for a phrase found 3,000 times in ten million words). So segment rowids
 * are placed by meeting date, and "newest meetings first" is the index read backwards, stopping
 * at a page of results (a fraction of a millisecond however common the phrase):
 *
 * - A meeting held on day D (days since 1 January 1900) owns the block of rowids
 *   [(D + 1)·2³², (D + 2)·2³²). `search_order_blocks` (a view) gives each meeting's block.
 *   (Block 0 holds no segments: rowids from before this migration were all below 2³².)
 * - A transcript's segments take rowids above any already in its block, its first segment the
 *   highest: read backwards, a day's transcripts come newest-added first, each from its first
 *   page to its last. They are written in ascending rowid order (last segment first), as SQLite
 *   packs its pages fully only when keys arrive in order (descending keys left them half empty:
 *   a third more store for a large corpus).
 * - Inserting segments (db/repositories/transcripts.ts) places them so; a merged transcript is
 *   placed after its rows are copied (`placeSegments`); changing a meeting's date, or moving a
 *   transcript to another meeting, moves its segments by trigger (migration 009).
 *
 * Should the order ever be off (a store edited by hand), every search still finds the same hits;
 * only "newest first" would list them in another order.
 */
import type Database from 'better-sqlite3';

// Not ./store's Db: the store imports the migrations, and migration 009 imports this file.
type Db = Database.Database;

/** Rowids per block: 2³², far more segments than one day of meetings can have. */
export const BLOCK_SIZE = 4294967296;

/**
 * Days after this (the year 4637) share the last block, so that every rowid stays below 2⁵³ and
 * JavaScript numbers hold it exactly: a mistyped year cannot break the order of the others.
 */
const LAST_DAY = 1_000_000;

/** The view of each meeting's block, in SQL (migration 009 creates it). */
export const BLOCKS_VIEW_SQL = `CREATE VIEW search_order_blocks AS
  SELECT id AS meeting_id,
    (min(${LAST_DAY}, max(0, coalesce(CAST(julianday(held_on) - julianday('1900-01-01') AS INTEGER), 0))) + 1) * ${BLOCK_SIZE} AS base
  FROM meetings`;

/**
 * The first free rowid of block `b` (above its highest row, or its start when empty), leaving
 * out the rows of the transcripts `exclude` selects, if any.
 */
function nextFreeRowidSql(exclude?: string): string {
  return `coalesce(
    (SELECT max(x.rowid) + 1 FROM transcript_segments x
      WHERE x.rowid >= b.base AND x.rowid < b.base + ${BLOCK_SIZE}${exclude ? ` AND x.transcript_id NOT IN (${exclude})` : ''}),
    b.base)`;
}

/**
 * The two statements that move the segments of the transcripts `scope` selects (a SELECT of
 * transcript ids, which may use NEW in a trigger) into their meetings' blocks, above the rows
 * already there. The moving rows first step aside to negative rowids, outside every block, so
 * that no rowid they are given can be one they still hold.
 */
export function placeSegmentsStatements(scope: string): [stepAside: string, place: string] {
  return [
    `UPDATE transcript_segments SET rowid = -rowid WHERE transcript_id IN (${scope}) AND rowid > 0`,
    `UPDATE transcript_segments SET rowid = placed.new_rowid
  FROM (
    SELECT s.rowid AS old_rowid,
      ${nextFreeRowidSql(scope)} + row_number() OVER (PARTITION BY b.base ORDER BY t.created_at, t.id, s.start_offset DESC) - 1 AS new_rowid
    FROM transcript_segments s
    JOIN transcripts t ON t.id = s.transcript_id
    JOIN search_order_blocks b ON b.meeting_id = t.meeting_id
    WHERE s.transcript_id IN (${scope})
  ) AS placed
  WHERE transcript_segments.rowid = placed.old_rowid`,
  ];
}

/** Places one transcript's segments by its meeting's date (after a merge copied them). */
export function placeSegments(db: Db, transcriptId: string): void {
  for (const sql of placeSegmentsStatements('SELECT @transcriptId')) db.prepare(sql).run({ transcriptId });
}

/**
 * The first rowid for a new transcript's segments in its meeting's block: above the highest
 * there, or the block's start when it is empty. Its last segment takes it, its first the highest.
 */
export function firstSegmentRowid(db: Db, transcriptId: string): number {
  const row = db
    .prepare(
      `SELECT ${nextFreeRowidSql()} AS first
       FROM transcripts t JOIN search_order_blocks b ON b.meeting_id = t.meeting_id
       WHERE t.id = ?`,
    )
    .get(transcriptId) as { first: number } | undefined;
  if (!row) throw new Error(`No transcript ${transcriptId} to place search segments for.`);
  return row.first;
}
