/**
 * Migration 3: evidence. Quotes get their speaker's person and author indexed; tags get
 * case-insensitive unique names among siblings and one structure tag per chapter, section or
 * recommendation; transcripts record which import replaced which (corrected versions).
 */
import type { Migration } from './types';

export const migration003: Migration = {
  version: 3,
  name: 'evidence',
  sql: `
CREATE INDEX quotes_person ON quotes(person_id);
CREATE INDEX quotes_author ON quotes(author_id);
CREATE INDEX quote_tags_tag ON quote_tags(tag_id);
CREATE INDEX tags_investigation ON tags(investigation_id, kind);
-- Sibling themes may not share a name (Knife crime / knife crime); structure tags are unique per target.
CREATE UNIQUE INDEX tags_theme_name ON tags(investigation_id, ifnull(parent_id, ''), lower(name)) WHERE kind = 'theme';
CREATE UNIQUE INDEX tags_chapter ON tags(chapter_id) WHERE kind = 'chapter';
CREATE UNIQUE INDEX tags_section ON tags(section_id) WHERE kind = 'section';
CREATE UNIQUE INDEX tags_recommendation ON tags(recommendation_id) WHERE kind = 'recommendation';
ALTER TABLE transcripts ADD COLUMN replaced_at TEXT;
`,
};
