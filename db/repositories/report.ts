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
import type { ChapterRole } from '../../shared/report/roles';
import { nowIso } from '../ids';
import { pointObjectionAtFirstFootnote } from './footnotes';
import type { Db } from '../store';
import { PERSON_COLUMNS, personFromJoined, type JoinedPersonRow } from './people';
import { freshStamps, updateClause } from './stamps';

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

// ---- Drafting -------------------------------------------------------------------------------

/** The roles of an investigation's chapters that have one (shared/report/roles.ts). */
export function chapterRoles(db: Db, investigationId: string): Map<string, ChapterRole> {
  const rows = db.prepare('SELECT id, role FROM chapters WHERE investigation_id = ? AND role IS NOT NULL').all(investigationId) as { id: string; role: ChapterRole }[];
  return new Map(rows.map((row) => [row.id, row.role]));
}

export function setChapterRole(db: Db, chapterId: string, role: ChapterRole | null): void {
  db.prepare('UPDATE chapters SET role = ?, updated_at = ? WHERE id = ?').run(role, nowIso(), chapterId);
}

/** Anchors a reservation to the paragraph it qualifies. */
export function setObjectionBlock(db: Db, objectionId: string, blockId: string | null): void {
  db.prepare('UPDATE objections SET block_id = ?, updated_at = ? WHERE id = ?').run(blockId, nowIso(), objectionId);
}

/** Reservations and dissents anchored to a block. */
export function objectionsOnBlock(db: Db, blockId: string): Objection[] {
  const investigationId = db.prepare('SELECT investigation_id FROM objections WHERE block_id = ? LIMIT 1').pluck().get(blockId) as string | undefined;
  return investigationId ? listObjections(db, investigationId).filter((o) => o.blockId === blockId) : [];
}

export function getRecommendationRow(db: Db, id: string): { id: string; investigationId: string } | undefined {
  const row = db.prepare('SELECT id, investigation_id FROM recommendations WHERE id = ?').get(id) as { id: string; investigation_id: string } | undefined;
  return row && { id: row.id, investigationId: row.investigation_id };
}

/** The chapter (and its investigation) a block may be put in, with the section if given and its own. */
export function getChapterRow(db: Db, id: string): { id: string; investigationId: string; kind: ChapterKind; title: string } | undefined {
  const row = db.prepare('SELECT id, investigation_id, kind, title FROM chapters WHERE id = ?').get(id) as { id: string; investigation_id: string; kind: ChapterKind; title: string } | undefined;
  return row && { id: row.id, investigationId: row.investigation_id, kind: row.kind, title: row.title };
}

export function getSectionRow(db: Db, id: string): { id: string; chapterId: string; title: string } | undefined {
  const row = db.prepare('SELECT id, chapter_id, title FROM sections WHERE id = ?').get(id) as { id: string; chapter_id: string; title: string } | undefined;
  return row && { id: row.id, chapterId: row.chapter_id, title: row.title };
}

/**
 * Once drafting exists, the register's order is the report's: footnotes printed in the report
 * take positions 1..n in the order they are first printed, and the rest follow in their old order.
 * Keeps the sources register's numbers and the preview's agreeing after every edit.
 */
export function orderFootnotesAsPrinted(db: Db, investigationId: string, printedIds: readonly string[]): void {
  const all = db.prepare('SELECT id FROM footnotes WHERE investigation_id = ? ORDER BY position, created_at, id').pluck().all(investigationId) as string[];
  const known = new Set(all);
  const printed = [...new Set(printedIds)].filter((id) => known.has(id));
  const seen = new Set(printed);
  const set = db.prepare('UPDATE footnotes SET position = ? WHERE id = ? AND position <> ?');
  [...printed, ...all.filter((id) => !seen.has(id))].forEach((id, index) => set.run(index + 1, id, index + 1));
  // A dissent printed twice names its first footnote; which one is first may have changed.
  const objections = db.prepare('SELECT DISTINCT objection_id FROM footnotes WHERE investigation_id = ? AND objection_id IS NOT NULL').pluck().all(investigationId) as string[];
  for (const objectionId of objections) pointObjectionAtFirstFootnote(db, objectionId);
}

// ---- Structure: chapters and sections ---------------------------------------------------

/** Positions 0..n-1 in `ids` order. */
function setPositions(db: Db, table: 'chapters' | 'sections', ids: readonly string[]): void {
  const set = db.prepare(`UPDATE ${table} SET position = ?, updated_at = ? WHERE id = ? AND position <> ?`);
  const now = nowIso();
  ids.forEach((id, index) => set.run(index, now, id, index));
}

function chapterIdsInOrder(db: Db, investigationId: string): string[] {
  return db.prepare('SELECT id FROM chapters WHERE investigation_id = ? ORDER BY position, id').pluck().all(investigationId) as string[];
}

function sectionIdsInOrder(db: Db, chapterId: string): string[] {
  return db.prepare('SELECT id FROM sections WHERE chapter_id = ? ORDER BY position, id').pluck().all(chapterId) as string[];
}

/** `ids` with `id` taken out and put back at `position` (clamped). */
function placeAt(ids: readonly string[], id: string, position: number | undefined): string[] {
  const rest = ids.filter((other) => other !== id);
  const at = position === undefined ? rest.length : Math.max(0, Math.min(position, rest.length));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

/** Adds a chapter at `position` among the investigation's chapters (at the end when absent). Must run inside a transaction. */
export function createChapter(
  db: Db,
  authorId: string,
  fields: { investigationId: string; kind: ChapterKind; label: string | null; title: string; position?: number },
): string {
  const ids = chapterIdsInOrder(db, fields.investigationId);
  const id = insertChapter(db, authorId, { investigationId: fields.investigationId, position: ids.length, kind: fields.kind, label: fields.label, title: fields.title });
  setPositions(db, 'chapters', placeAt([...ids, id], id, fields.position));
  return id;
}

export function updateChapter(db: Db, id: string, fields: { title?: string; label?: string | null }): void {
  if (fields.title !== undefined) db.prepare('UPDATE chapters SET title = ?, updated_at = ? WHERE id = ?').run(fields.title, nowIso(), id);
  if (fields.label !== undefined) db.prepare('UPDATE chapters SET label = ?, updated_at = ? WHERE id = ?').run(fields.label, nowIso(), id);
}

/** Moves a chapter among its investigation's chapters; returns where it ended up. Must run inside a transaction. */
export function moveChapter(db: Db, id: string, investigationId: string, position: number): number {
  const ids = placeAt(chapterIdsInOrder(db, investigationId), id, position);
  setPositions(db, 'chapters', ids);
  return ids.indexOf(id);
}

const ORDINALS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/** "Chapter one", "Chapter two"…: how the house style labels numbered chapters. */
export function chapterLabelFor(number: number): string {
  return `Chapter ${ORDINALS[number - 1] ?? String(number)}`;
}

/** A label the workbench wrote (or none), which it may rewrite as chapters move. */
function isGeneratedLabel(label: string | null): boolean {
  if (label === null) return true;
  const match = /^Chapter (\S+)$/i.exec(label.trim());
  return match !== null && (ORDINALS.includes(match[1]!.toLowerCase()) || /^\d+$/.test(match[1]!));
}

/**
 * Numbered chapters (kind `chapter`) take "Chapter one", "Chapter two"… in document order, except
 * those a clerk gave a label of their own. Returns how many labels changed.
 */
export function relabelChapters(db: Db, investigationId: string): number {
  const rows = db.prepare("SELECT id, label FROM chapters WHERE investigation_id = ? AND kind = 'chapter' ORDER BY position, id").all(investigationId) as { id: string; label: string | null }[];
  const set = db.prepare('UPDATE chapters SET label = ?, updated_at = ? WHERE id = ?');
  let changed = 0;
  // A chapter with a label of its own ("Annex") is not numbered, and does not take a number.
  rows.filter((row) => isGeneratedLabel(row.label)).forEach((row, index) => {
    const label = chapterLabelFor(index + 1);
    if (row.label !== label) {
      set.run(label, nowIso(), row.id);
      changed += 1;
    }
  });
  return changed;
}

export function createSection(db: Db, authorId: string, fields: { chapterId: string; title: string; position?: number }): string {
  const ids = sectionIdsInOrder(db, fields.chapterId);
  const id = insertSection(db, authorId, { chapterId: fields.chapterId, position: ids.length, title: fields.title });
  setPositions(db, 'sections', placeAt([...ids, id], id, fields.position));
  return id;
}

export function renameSection(db: Db, id: string, title: string): void {
  db.prepare('UPDATE sections SET title = ?, updated_at = ? WHERE id = ?').run(title, nowIso(), id);
}

/**
 * Moves a section within its chapter or to another; its blocks go with it (a block names its
 * chapter as well as its section). Returns its new position. Must run inside a transaction.
 */
export function moveSection(db: Db, id: string, from: string, to: string, position: number): number {
  if (from !== to) {
    db.prepare('UPDATE sections SET chapter_id = ?, updated_at = ? WHERE id = ?').run(to, nowIso(), id);
    db.prepare('UPDATE blocks SET chapter_id = ?, updated_at = ? WHERE section_id = ?').run(to, nowIso(), id);
    // Its structure tag now sits under the new chapter's tag in the codebook.
    db.prepare("UPDATE tags SET parent_id = (SELECT id FROM tags WHERE kind = 'chapter' AND chapter_id = ?) WHERE kind = 'section' AND section_id = ?").run(to, id);
    setPositions(db, 'sections', sectionIdsInOrder(db, from));
  }
  const ids = placeAt(sectionIdsInOrder(db, to), id, position);
  setPositions(db, 'sections', ids);
  return ids.indexOf(id);
}

/** What a chapter or section holds: for the refusal message and the confirmation. */
export interface ContentCount {
  blocks: number;
  sections: number;
  recommendationIds: string[];
}

export function chapterContent(db: Db, chapterId: string): ContentCount {
  return {
    blocks: db.prepare('SELECT count(*) FROM blocks WHERE chapter_id = ?').pluck().get(chapterId) as number,
    sections: db.prepare('SELECT count(*) FROM sections WHERE chapter_id = ?').pluck().get(chapterId) as number,
    recommendationIds: db.prepare("SELECT json_extract(content, '$.recommendationId') FROM blocks WHERE chapter_id = ? AND kind = 'recommendation'").pluck().all(chapterId) as string[],
  };
}

export function sectionContent(db: Db, sectionId: string): ContentCount {
  return {
    blocks: db.prepare('SELECT count(*) FROM blocks WHERE section_id = ?').pluck().get(sectionId) as number,
    sections: 0,
    recommendationIds: db.prepare("SELECT json_extract(content, '$.recommendationId') FROM blocks WHERE section_id = ? AND kind = 'recommendation'").pluck().all(sectionId) as string[],
  };
}

/**
 * Structure tags go before what they tag: a theme filed under one is moved to the top level (the
 * codebook keeps it), and a section's tag before its chapter's (tags nest with RESTRICT).
 */
function deleteStructureTags(db: Db, where: { chapterId?: string; sectionIds?: readonly string[]; recommendationIds?: readonly string[] }): void {
  const tagIds: string[] = [];
  const one = (sql: string, value: string) => tagIds.push(...(db.prepare(sql).pluck().all(value) as string[]));
  for (const sectionId of where.sectionIds ?? []) one("SELECT id FROM tags WHERE kind = 'section' AND section_id = ?", sectionId);
  for (const recommendationId of where.recommendationIds ?? []) one("SELECT id FROM tags WHERE kind = 'recommendation' AND recommendation_id = ?", recommendationId);
  if (where.chapterId) one("SELECT id FROM tags WHERE kind = 'chapter' AND chapter_id = ?", where.chapterId);
  const unparent = db.prepare('UPDATE tags SET parent_id = NULL WHERE parent_id = ? AND kind = ?');
  const remove = db.prepare('DELETE FROM tags WHERE id = ?');
  for (const tagId of tagIds) {
    unparent.run(tagId, 'theme');
    remove.run(tagId);
  }
}

/** Deletes recommendations (their parts go with them). Callers refuse ones with dissents first. Must run inside a transaction. */
export function deleteRecommendations(db: Db, ids: readonly string[]): void {
  if (ids.length === 0) return;
  deleteStructureTags(db, { recommendationIds: ids });
  const remove = db.prepare('DELETE FROM recommendations WHERE id = ?');
  for (const id of ids) remove.run(id);
}

/** Deletes a section with its blocks and the recommendations they place. Must run inside a transaction. */
export function deleteSectionWithContent(db: Db, sectionId: string): void {
  const chapterId = db.prepare('SELECT chapter_id FROM sections WHERE id = ?').pluck().get(sectionId) as string | undefined;
  if (!chapterId) return;
  const { recommendationIds } = sectionContent(db, sectionId);
  db.prepare('DELETE FROM blocks WHERE section_id = ?').run(sectionId);
  deleteRecommendations(db, recommendationIds);
  deleteStructureTags(db, { sectionIds: [sectionId] });
  db.prepare('DELETE FROM sections WHERE id = ?').run(sectionId);
  setPositions(db, 'sections', sectionIdsInOrder(db, chapterId));
}

/** Deletes a chapter with its sections, blocks and the recommendations they place. Must run inside a transaction. */
export function deleteChapterWithContent(db: Db, chapterId: string): void {
  const investigationId = db.prepare('SELECT investigation_id FROM chapters WHERE id = ?').pluck().get(chapterId) as string | undefined;
  if (!investigationId) return;
  const { recommendationIds } = chapterContent(db, chapterId);
  const sectionIds = sectionIdsInOrder(db, chapterId);
  db.prepare('DELETE FROM blocks WHERE chapter_id = ?').run(chapterId);
  deleteRecommendations(db, recommendationIds);
  deleteStructureTags(db, { sectionIds, chapterId });
  db.prepare('DELETE FROM sections WHERE chapter_id = ?').run(chapterId);
  db.prepare('DELETE FROM chapters WHERE id = ?').run(chapterId);
  setPositions(db, 'chapters', chapterIdsInOrder(db, investigationId));
}

// ---- Recommendations and objections -----------------------------------------------------

export function updateRecommendationFields(db: Db, id: string, fields: { addressee?: string | null; dueOn?: string | null; dueNote?: string | null }): void {
  const { sql, params } = updateClause({ addressee: fields.addressee, due_on: fields.dueOn, due_note: fields.dueNote });
  db.prepare(`UPDATE recommendations SET ${sql} WHERE id = @id`).run({ ...params, id });
}

/**
 * Makes a recommendation's parts exactly `parts`, in that order: a part with an id keeps it (so
 * a dissent on it stays on it), a part without one is added, parts not listed are removed.
 * Must run inside a transaction; the caller has checked the ids and the dissents.
 */
export function replaceRecommendationParts(db: Db, authorId: string, recommendationId: string, parts: readonly { id?: string | undefined; kind: RecommendationPartKind; text: string }[]): void {
  const kept = new Set(parts.flatMap((part) => (part.id ? [part.id] : [])));
  const existing = db.prepare('SELECT id FROM recommendation_parts WHERE recommendation_id = ?').pluck().all(recommendationId) as string[];
  const remove = db.prepare('DELETE FROM recommendation_parts WHERE id = ?');
  for (const id of existing) if (!kept.has(id)) remove.run(id);
  const update = db.prepare('UPDATE recommendation_parts SET position = ?, kind = ?, text = ?, author_id = ?, updated_at = ? WHERE id = ? AND (position <> ? OR kind <> ? OR text <> ?)');
  parts.forEach((part, position) => {
    if (part.id) update.run(position, part.kind, part.text, authorId, nowIso(), part.id, position, part.kind, part.text);
    else insertRecommendationPart(db, authorId, { recommendationId, position, kind: part.kind, text: part.text });
  });
}

export function getObjection(db: Db, id: string): Objection | undefined {
  const investigationId = db.prepare('SELECT investigation_id FROM objections WHERE id = ?').pluck().get(id) as string | undefined;
  return investigationId ? listObjections(db, investigationId).find((o) => o.id === id) : undefined;
}

export function updateObjectionFields(db: Db, id: string, fields: { text?: string; recommendationPartId?: string | null; anchorText?: string | null }): void {
  const { sql, params } = updateClause({ text: fields.text, recommendation_part_id: fields.recommendationPartId, anchor_text: fields.anchorText });
  db.prepare(`UPDATE objections SET ${sql} WHERE id = @id`).run({ ...params, id });
}

/** Deletes an objection and the footnotes that print it. Must run inside a transaction. */
export function deleteObjection(db: Db, id: string): void {
  const row = db.prepare('SELECT investigation_id FROM objections WHERE id = ?').pluck().get(id) as string | undefined;
  if (!row) return;
  db.prepare('UPDATE objections SET footnote_id = NULL WHERE id = ?').run(id);
  db.prepare('DELETE FROM footnotes WHERE objection_id = ?').run(id);
  db.prepare('DELETE FROM objections WHERE id = ?').run(id);
}

/** The register's footnotes that print an objection, in register order. */
export function footnotesPrintingObjection(db: Db, objectionId: string): string[] {
  return db.prepare('SELECT id FROM footnotes WHERE objection_id = ? ORDER BY position, id').pluck().all(objectionId) as string[];
}
