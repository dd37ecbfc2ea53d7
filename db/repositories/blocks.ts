/**
 * The report's blocks: ordered within their chapter (before its first section) or within a
 * section, each with its kind and JSON content (shared/report/content.ts). Positions run 0..n-1
 * within a group with no gaps; every write keeps them so.
 *
 * A recommendation's printed number follows the order of the blocks that place it, so whenever a
 * recommendation block is added, moved or removed, `syncRecommendationOrder` rewrites the
 * recommendations' positions, chapters and sections to match the document (the codebook's
 * "Recommendation 8" and the overview read those).
 */
import type { BlockKind } from '../../shared/report/content';
import type { Id, IsoInstant } from '../../shared/domain/types';
import { nowIso } from '../ids';
import type { Db } from '../store';
import { freshStamps } from './stamps';

export interface BlockRow {
  id: Id;
  investigationId: Id;
  chapterId: Id;
  sectionId: Id | null;
  position: number;
  kind: BlockKind;
  /** Parsed JSON, unchecked: `checkBlockContent` says whether it is what the kind allows. */
  content: unknown;
  authorId: Id;
  updatedAt: IsoInstant;
}

interface RawBlock {
  id: string;
  investigation_id: string;
  chapter_id: string;
  section_id: string | null;
  position: number;
  kind: BlockKind;
  content: string;
  author_id: string;
  updated_at: string;
}

function fromRow(row: RawBlock): BlockRow {
  return {
    id: row.id,
    investigationId: row.investigation_id,
    chapterId: row.chapter_id,
    sectionId: row.section_id,
    position: row.position,
    kind: row.kind,
    content: JSON.parse(row.content) as unknown,
    authorId: row.author_id,
    updatedAt: row.updated_at,
  };
}

const SELECT = `SELECT b.id, c.investigation_id, b.chapter_id, b.section_id, b.position, b.kind, b.content, b.author_id, b.updated_at
  FROM blocks b JOIN chapters c ON c.id = b.chapter_id`;

/**
 * Every block of an investigation in document order: chapter by chapter, the chapter's own
 * blocks first, then each section's.
 */
export function listBlocks(db: Db, investigationId: string): BlockRow[] {
  const rows = db
    .prepare(
      `${SELECT} LEFT JOIN sections s ON s.id = b.section_id
       WHERE c.investigation_id = ?
       ORDER BY c.position, ifnull(s.position, -1), b.position, b.id`,
    )
    .all(investigationId) as RawBlock[];
  return rows.map(fromRow);
}

export function getBlock(db: Db, id: string): BlockRow | undefined {
  const row = db.prepare(`${SELECT} WHERE b.id = ?`).get(id) as RawBlock | undefined;
  return row ? fromRow(row) : undefined;
}

function groupCount(db: Db, chapterId: string, sectionId: string | null): number {
  return db.prepare('SELECT count(*) FROM blocks WHERE chapter_id = ? AND section_id IS ?').pluck().get(chapterId, sectionId) as number;
}

/** Closes gaps and ties in one group's positions, keeping their order. */
function renumberGroup(db: Db, chapterId: string, sectionId: string | null): void {
  const ids = db.prepare('SELECT id FROM blocks WHERE chapter_id = ? AND section_id IS ? ORDER BY position, id').pluck().all(chapterId, sectionId) as string[];
  const set = db.prepare('UPDATE blocks SET position = ? WHERE id = ? AND position <> ?');
  ids.forEach((id, index) => set.run(index, id, index));
}

/** Opens a gap at `position` (clamped to the group's end) and returns the position to use. */
function makeRoom(db: Db, chapterId: string, sectionId: string | null, position: number | undefined): number {
  const count = groupCount(db, chapterId, sectionId);
  const at = position === undefined ? count : Math.max(0, Math.min(position, count));
  db.prepare('UPDATE blocks SET position = position + 1 WHERE chapter_id = ? AND section_id IS ? AND position >= ?').run(chapterId, sectionId, at);
  return at;
}

export interface BlockFields {
  chapterId: string;
  sectionId: string | null;
  /** Where among its siblings (0 = first); at the end when absent. */
  position?: number;
  kind: BlockKind;
  content: unknown;
}

/** Adds a block, moving later siblings down. Must run inside a transaction. */
export function insertBlock(db: Db, authorId: string, fields: BlockFields, id?: string): string {
  const stamps = freshStamps(authorId, id);
  const position = makeRoom(db, fields.chapterId, fields.sectionId, fields.position);
  db.prepare(
    `INSERT INTO blocks (id, chapter_id, section_id, position, kind, content, author_id, created_at, updated_at)
     VALUES (@id, @chapter_id, @section_id, @position, @kind, @content, @author_id, @created_at, @updated_at)`,
  ).run({ ...stamps, chapter_id: fields.chapterId, section_id: fields.sectionId, position, kind: fields.kind, content: JSON.stringify(fields.content) });
  return stamps.id;
}

export function updateBlockContent(db: Db, authorId: string, id: string, content: unknown): void {
  db.prepare('UPDATE blocks SET content = ?, author_id = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(content), authorId, nowIso(), id);
}

/**
 * Moves a block to another place (same group or another): `position` counts its new siblings
 * without it (0 = first; clamped to the end). Both groups keep positions 0..n-1. Must run inside
 * a transaction.
 */
export function moveBlock(db: Db, id: string, to: { chapterId: string; sectionId: string | null; position: number }): void {
  const block = getBlock(db, id);
  if (!block) return;
  const idsIn = (chapterId: string, sectionId: string | null) =>
    (db.prepare('SELECT id FROM blocks WHERE chapter_id = ? AND section_id IS ? ORDER BY position, id').pluck().all(chapterId, sectionId) as string[]).filter((other) => other !== id);
  const sameGroup = block.chapterId === to.chapterId && block.sectionId === to.sectionId;
  const left = idsIn(block.chapterId, block.sectionId);
  const joined = sameGroup ? [...left] : idsIn(to.chapterId, to.sectionId);
  joined.splice(Math.max(0, Math.min(to.position, joined.length)), 0, id);
  db.prepare('UPDATE blocks SET chapter_id = ?, section_id = ?, updated_at = ? WHERE id = ?').run(to.chapterId, to.sectionId, nowIso(), id);
  const set = db.prepare('UPDATE blocks SET position = ? WHERE id = ? AND position <> ?');
  joined.forEach((blockId, index) => set.run(index, blockId, index));
  if (!sameGroup) left.forEach((blockId, index) => set.run(index, blockId, index));
}

/** Deletes a block and closes the gap. Must run inside a transaction. */
export function deleteBlock(db: Db, id: string): void {
  const block = getBlock(db, id);
  if (!block) return;
  db.prepare('DELETE FROM blocks WHERE id = ?').run(id);
  renumberGroup(db, block.chapterId, block.sectionId);
}

/** The block that places a recommendation in the body, if any. */
export function blockPlacingRecommendation(db: Db, recommendationId: string): string | undefined {
  return db.prepare(`SELECT id FROM blocks WHERE kind = 'recommendation' AND json_extract(content, '$.recommendationId') = ?`).pluck().get(recommendationId) as string | undefined;
}

/** Quote blocks printing a quote. */
export function blocksQuoting(db: Db, quoteId: string): string[] {
  return db.prepare(`SELECT id FROM blocks WHERE kind = 'quote' AND json_extract(content, '$.quoteId') = ?`).pluck().all(quoteId) as string[];
}

/**
 * Recommendations take the order of the blocks that place them: positions 0..n-1 in document
 * order, with the chapter and section of their block. Recommendations no block places keep their
 * relative order after the placed ones (the check list reports them).
 */
export function syncRecommendationOrder(db: Db, investigationId: string): void {
  const placed = db
    .prepare(
      `SELECT json_extract(b.content, '$.recommendationId') AS recommendation_id, b.chapter_id, b.section_id
       FROM blocks b JOIN chapters c ON c.id = b.chapter_id LEFT JOIN sections s ON s.id = b.section_id
       WHERE c.investigation_id = ? AND b.kind = 'recommendation'
       ORDER BY c.position, ifnull(s.position, -1), b.position, b.id`,
    )
    .all(investigationId) as { recommendation_id: string; chapter_id: string; section_id: string | null }[];
  const placedIds = new Set(placed.map((p) => p.recommendation_id));
  const unplaced = (db.prepare('SELECT id FROM recommendations WHERE investigation_id = ? ORDER BY position, id').pluck().all(investigationId) as string[]).filter((id) => !placedIds.has(id));
  const now = nowIso();
  const setPlaced = db.prepare(
    `UPDATE recommendations SET position = @position, chapter_id = @chapter_id, section_id = @section_id, updated_at = @now
     WHERE id = @id AND investigation_id = @investigation_id AND (position <> @position OR chapter_id IS NOT @chapter_id OR section_id IS NOT @section_id)`,
  );
  placed.forEach((p, position) => setPlaced.run({ id: p.recommendation_id, position, chapter_id: p.chapter_id, section_id: p.section_id, now, investigation_id: investigationId }));
  const setPosition = db.prepare('UPDATE recommendations SET position = ?, updated_at = ? WHERE id = ? AND position <> ?');
  unplaced.forEach((id, index) => setPosition.run(placed.length + index, now, id, placed.length + index));
}
