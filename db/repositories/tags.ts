/**
 * The codebook: one structure tag per chapter, section and recommendation (kept in step with the
 * report's structure), plus free themes the committee adds.
 */
import { createHash } from 'node:crypto';
import type { Tag } from '../../shared/domain/evidence';
import type { TagKind } from '../../shared/domain/types';
import { listChapters, listRecommendations } from './report';
import { freshStamps, updateClause } from './stamps';
import type { Db } from '../store';

interface TagRow {
  id: string;
  investigation_id: string;
  parent_id: string | null;
  kind: TagKind;
  chapter_id: string | null;
  section_id: string | null;
  recommendation_id: string | null;
  name: string;
  colour: string | null;
  description: string | null;
  quote_count: number;
}

/**
 * Structure tags have ids derived from what they tag, so every member's store gives the tag for
 * "the chapter with id X" the same id, and tagging merges cleanly.
 */
export function structureTagId(kind: 'chapter' | 'section' | 'recommendation', targetId: string): string {
  const hex = createHash('sha256').update(`scrutiny-workbench-tag/${kind}/${targetId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Adds the structure tags the report's chapters, sections and recommendations need. Idempotent. */
export function ensureStructureTags(db: Db, authorId: string, investigationId: string): void {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO tags (id, investigation_id, parent_id, kind, chapter_id, section_id, recommendation_id, name, author_id, created_at, updated_at)
     VALUES (@id, @investigation_id, @parent_id, @kind, @chapter_id, @section_id, @recommendation_id, @name, @author_id, @created_at, @updated_at)`,
  );
  const base = (kind: 'chapter' | 'section' | 'recommendation', targetId: string) => ({
    ...freshStamps(authorId, structureTagId(kind, targetId)),
    investigation_id: investigationId,
    kind,
    chapter_id: null as string | null,
    section_id: null as string | null,
    recommendation_id: null as string | null,
    parent_id: null as string | null,
  });
  for (const chapter of listChapters(db, investigationId)) {
    insert.run({ ...base('chapter', chapter.id), chapter_id: chapter.id, name: chapter.title });
    for (const section of chapter.sections) {
      insert.run({ ...base('section', section.id), section_id: section.id, parent_id: structureTagId('chapter', chapter.id), name: section.title });
    }
  }
  for (const rec of listRecommendations(db, investigationId)) {
    insert.run({ ...base('recommendation', rec.id), recommendation_id: rec.id, name: `Recommendation ${rec.number}` });
  }
}

/** The codebook in report order (chapters with their sections, recommendations), then themes. */
export function listTags(db: Db, investigationId: string): Tag[] {
  const rows = db
    .prepare(
      `SELECT t.*, (SELECT count(*) FROM quote_tags q WHERE q.tag_id = t.id) AS quote_count
       FROM tags t WHERE t.investigation_id = ?`,
    )
    .all(investigationId) as TagRow[];
  const chapters = listChapters(db, investigationId);
  const recommendations = listRecommendations(db, investigationId);
  const order = new Map<string, { order: number; name: string }>();
  let position = 0;
  for (const chapter of chapters) {
    order.set(`chapter:${chapter.id}`, { order: position++, name: chapter.label ? `${chapter.label}: ${chapter.title}` : chapter.title });
    for (const section of chapter.sections) order.set(`section:${section.id}`, { order: position++, name: section.title });
  }
  for (const rec of recommendations) order.set(`recommendation:${rec.id}`, { order: position++, name: `Recommendation ${rec.number}` });
  const themes = rows.filter((r) => r.kind === 'theme').sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return rows
    .map((row) => {
      const target = row.chapter_id ? `chapter:${row.chapter_id}` : row.section_id ? `section:${row.section_id}` : row.recommendation_id ? `recommendation:${row.recommendation_id}` : null;
      const structural = target ? order.get(target) : undefined;
      return {
        id: row.id,
        investigationId: row.investigation_id,
        kind: row.kind,
        parentId: row.parent_id,
        name: structural?.name ?? row.name,
        colour: row.colour,
        description: row.description,
        chapterId: row.chapter_id,
        sectionId: row.section_id,
        recommendationId: row.recommendation_id,
        order: structural?.order ?? position + themes.indexOf(row),
        quoteCount: row.quote_count,
      };
    })
    .sort((a, b) => a.order - b.order);
}

export function getTagRow(db: Db, id: string): TagRow | undefined {
  return db.prepare('SELECT *, 0 AS quote_count FROM tags WHERE id = ?').get(id) as TagRow | undefined;
}

export function insertTheme(
  db: Db,
  authorId: string,
  fields: { investigationId: string; parentId: string | null; name: string; colour: string | null; description: string | null },
  id?: string,
): string {
  const stamps = freshStamps(authorId, id);
  db.prepare(
    `INSERT INTO tags (id, investigation_id, parent_id, kind, name, colour, description, author_id, created_at, updated_at)
     VALUES (@id, @investigation_id, @parent_id, 'theme', @name, @colour, @description, @author_id, @created_at, @updated_at)`,
  ).run({ ...stamps, investigation_id: fields.investigationId, parent_id: fields.parentId, name: fields.name, colour: fields.colour, description: fields.description });
  return stamps.id;
}

export function updateTag(db: Db, id: string, fields: { name?: string; colour?: string | null; description?: string | null; parentId?: string | null }): void {
  const { sql, params } = updateClause({ name: fields.name, colour: fields.colour, description: fields.description, parent_id: fields.parentId });
  db.prepare(`UPDATE tags SET ${sql} WHERE id = @id`).run({ ...params, id });
}

/** A sibling theme with this name (case-insensitive), other than `exceptId`. */
export function siblingThemeNamed(db: Db, investigationId: string, parentId: string | null, name: string, exceptId?: string): string | undefined {
  return (
    db
      .prepare(`SELECT id FROM tags WHERE investigation_id = ? AND kind = 'theme' AND ifnull(parent_id, '') = ? AND lower(name) = lower(?) AND id <> ?`)
      .get(investigationId, parentId ?? '', name, exceptId ?? '') as { id: string } | undefined
  )?.id;
}

/** True if `candidateAncestor` is `tagId` or one of its ancestors (moving under it would loop). */
export function isSelfOrDescendant(db: Db, tagId: string, candidateParent: string): boolean {
  let current: string | null = candidateParent;
  for (let depth = 0; current && depth < 100; depth += 1) {
    if (current === tagId) return true;
    current = (db.prepare('SELECT parent_id FROM tags WHERE id = ?').get(current) as { parent_id: string | null } | undefined)?.parent_id ?? null;
  }
  return false;
}
