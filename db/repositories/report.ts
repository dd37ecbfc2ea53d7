/**
 * The report's structure as it stands in the store: chapters, sections, recommendations with
 * their parts, and members' dissents and reservations. Recommendation numbers are derived from
 * document order (chapter position, then the recommendation's own position), never stored.
 */
import type {
  Chapter,
  ChapterKind,
  Objection,
  ObjectionKind,
  Recommendation,
  RecommendationPartKind,
} from '../../shared/domain/types';
import type { Db } from '../store';
import { PERSON_COLUMNS, personFromJoined, type JoinedPersonRow } from './people';
import { freshStamps } from './stamps';

export function listChapters(db: Db, investigationId: string): Chapter[] {
  const chapters = db
    .prepare('SELECT id, investigation_id, position, kind, label, title FROM chapters WHERE investigation_id = ? ORDER BY position')
    .all(investigationId) as { id: string; investigation_id: string; position: number; kind: ChapterKind; label: string | null; title: string }[];
  const sections = db
    .prepare(
      `SELECT s.id, s.chapter_id, s.position, s.title FROM sections s JOIN chapters c ON c.id = s.chapter_id
       WHERE c.investigation_id = ? ORDER BY s.position`,
    )
    .all(investigationId) as { id: string; chapter_id: string; position: number; title: string }[];
  return chapters.map((row) => ({
    id: row.id,
    investigationId: row.investigation_id,
    position: row.position,
    kind: row.kind,
    label: row.label,
    title: row.title,
    sections: sections
      .filter((s) => s.chapter_id === row.id)
      .map((s) => ({ id: s.id, chapterId: s.chapter_id, position: s.position, title: s.title })),
  }));
}

export function insertChapter(
  db: Db,
  authorId: string,
  fields: { investigationId: string; position: number; kind: ChapterKind; label: string | null; title: string },
  id?: string,
): string {
  const stamps = freshStamps(authorId, id);
  db.prepare(
    `INSERT INTO chapters (id, investigation_id, position, kind, label, title, author_id, created_at, updated_at)
     VALUES (@id, @investigation_id, @position, @kind, @label, @title, @author_id, @created_at, @updated_at)`,
  ).run({ ...stamps, investigation_id: fields.investigationId, position: fields.position, kind: fields.kind, label: fields.label, title: fields.title });
  return stamps.id;
}

export function insertSection(
  db: Db,
  authorId: string,
  fields: { chapterId: string; position: number; title: string },
  id?: string,
): string {
  const stamps = freshStamps(authorId, id);
  db.prepare(
    `INSERT INTO sections (id, chapter_id, position, title, author_id, created_at, updated_at)
     VALUES (@id, @chapter_id, @position, @title, @author_id, @created_at, @updated_at)`,
  ).run({ ...stamps, chapter_id: fields.chapterId, position: fields.position, title: fields.title });
  return stamps.id;
}

type ObjectionRow = JoinedPersonRow & {
  id: string;
  investigation_id: string;
  kind: ObjectionKind;
  recommendation_id: string | null;
  recommendation_part_id: string | null;
  block_id: string | null;
  anchor_text: string | null;
  text: string;
};

export function listObjections(db: Db, investigationId: string): Objection[] {
  const rows = db
    .prepare(
      `SELECT o.id, o.investigation_id, o.kind, o.recommendation_id, o.recommendation_part_id, o.block_id,
         o.anchor_text, o.text, ${PERSON_COLUMNS}
       FROM objections o JOIN people p ON p.id = o.member_person_id
       WHERE o.investigation_id = ? ORDER BY o.created_at, o.id`,
    )
    .all(investigationId) as ObjectionRow[];
  return rows.map((row) => ({
    id: row.id,
    investigationId: row.investigation_id,
    kind: row.kind,
    member: personFromJoined(row),
    recommendationId: row.recommendation_id,
    recommendationPartId: row.recommendation_part_id,
    blockId: row.block_id,
    anchorText: row.anchor_text,
    text: row.text,
  }));
}

export function insertObjection(
  db: Db,
  authorId: string,
  fields: {
    investigationId: string;
    kind: ObjectionKind;
    memberPersonId: string;
    recommendationId: string | null;
    recommendationPartId: string | null;
    anchorText: string | null;
    text: string;
  },
  id?: string,
): string {
  const stamps = freshStamps(authorId, id);
  db.prepare(
    `INSERT INTO objections (id, investigation_id, kind, member_person_id, recommendation_id, recommendation_part_id,
       anchor_text, text, author_id, created_at, updated_at)
     VALUES (@id, @investigation_id, @kind, @member_person_id, @recommendation_id, @recommendation_part_id,
       @anchor_text, @text, @author_id, @created_at, @updated_at)`,
  ).run({
    ...stamps,
    investigation_id: fields.investigationId,
    kind: fields.kind,
    member_person_id: fields.memberPersonId,
    recommendation_id: fields.recommendationId,
    recommendation_part_id: fields.recommendationPartId,
    anchor_text: fields.anchorText,
    text: fields.text,
  });
  return stamps.id;
}

/** Recommendations in document order, numbered 1…n, with parts and the dissents on them. */
export function listRecommendations(db: Db, investigationId: string, objections = listObjections(db, investigationId)): Recommendation[] {
  const rows = db
    .prepare(
      `SELECT r.id, r.investigation_id, r.chapter_id, r.section_id, r.position, r.addressee, r.due_on, r.due_note
       FROM recommendations r
       LEFT JOIN chapters c ON c.id = r.chapter_id
       LEFT JOIN sections s ON s.id = r.section_id
       WHERE r.investigation_id = ?
       ORDER BY ifnull(c.position, 1e9), ifnull(s.position, -1), r.position, r.id`,
    )
    .all(investigationId) as {
    id: string;
    investigation_id: string;
    chapter_id: string | null;
    section_id: string | null;
    position: number;
    addressee: string | null;
    due_on: string | null;
    due_note: string | null;
  }[];
  const parts = db
    .prepare(
      `SELECT p.id, p.recommendation_id, p.position, p.kind, p.text FROM recommendation_parts p
       JOIN recommendations r ON r.id = p.recommendation_id WHERE r.investigation_id = ? ORDER BY p.position`,
    )
    .all(investigationId) as { id: string; recommendation_id: string; position: number; kind: RecommendationPartKind; text: string }[];
  return rows.map((row, index) => ({
    id: row.id,
    investigationId: row.investigation_id,
    chapterId: row.chapter_id,
    sectionId: row.section_id,
    position: row.position,
    number: index + 1,
    addressee: row.addressee,
    dueOn: row.due_on,
    dueNote: row.due_note,
    parts: parts
      .filter((p) => p.recommendation_id === row.id)
      .map((p) => ({ id: p.id, recommendationId: p.recommendation_id, position: p.position, kind: p.kind, text: p.text })),
    dissents: objections.filter((o) => o.kind === 'dissent' && o.recommendationId === row.id),
  }));
}

export function insertRecommendation(
  db: Db,
  authorId: string,
  fields: {
    investigationId: string;
    chapterId: string | null;
    sectionId: string | null;
    position: number;
    addressee: string | null;
    dueOn: string | null;
    dueNote: string | null;
  },
  id?: string,
): string {
  const stamps = freshStamps(authorId, id);
  db.prepare(
    `INSERT INTO recommendations (id, investigation_id, chapter_id, section_id, position, addressee, due_on, due_note,
       author_id, created_at, updated_at)
     VALUES (@id, @investigation_id, @chapter_id, @section_id, @position, @addressee, @due_on, @due_note,
       @author_id, @created_at, @updated_at)`,
  ).run({
    ...stamps,
    investigation_id: fields.investigationId,
    chapter_id: fields.chapterId,
    section_id: fields.sectionId,
    position: fields.position,
    addressee: fields.addressee,
    due_on: fields.dueOn,
    due_note: fields.dueNote,
  });
  return stamps.id;
}

export function insertRecommendationPart(
  db: Db,
  authorId: string,
  fields: { recommendationId: string; position: number; kind: RecommendationPartKind; text: string },
  id?: string,
): string {
  const stamps = freshStamps(authorId, id);
  db.prepare(
    `INSERT INTO recommendation_parts (id, recommendation_id, position, kind, text, author_id, created_at, updated_at)
     VALUES (@id, @recommendation_id, @position, @kind, @text, @author_id, @created_at, @updated_at)`,
  ).run({ ...stamps, recommendation_id: fields.recommendationId, position: fields.position, kind: fields.kind, text: fields.text });
  return stamps.id;
}
