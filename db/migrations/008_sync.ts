/**
 * Migration "sync": what merging members' work by exchange bundles needs (backend/bundles).
 *
 * Design: every write path keeps the clocks current without any repository knowing about them.
 * - `sync_clock` holds one hybrid logical clock (HLC) for the store: the last wall-clock instant
 *   used and a counter for writes within the same millisecond. Triggers advance it on every write
 *   to a synced table, so each write gets a stamp greater than every stamp before it in this store.
 * - A stamp (hlc) is `<ISO instant>-<8-digit counter>-<author profile id>`: it sorts as text, in
 *   time order, and ties between members are broken by the author. Using the author as the HLC
 *   "node" means a copy of a store (as every member's copy of the sample is) still stamps each
 *   member's edits apart, because each member works under their own profile.
 * - `sync_rows`: when a row was created (its clock and author). `sync_fields`: a clock per field
 *   that has changed since, with `base_hlc`, the version that edit overwrote when it came from
 *   someone else — which is how a merge tells a plain later edit from two concurrent edits.
 * - `sync_tombstones`: deleted rows (table, id, clock, author), written by delete triggers
 *   (including cascaded deletes), so deletions travel in bundles and a deleted row never returns.
 * - `merge_conflicts`: concurrent edits of one field, the value kept and the value that lost,
 *   for the clerk to review and reverse. `sync_authors`: names for the author ids in stamps.
 * - While a merge writes incoming rows with their own clocks it sets `sync_clock.applying`, which
 *   silences the stamping triggers (the merge writes clocks itself); it is cleared in the same
 *   transaction, so a crash can never leave it set.
 *
 * Transcript pages, speaker turns and search segments are not clocked: they are the transcript's
 * text, copied with the transcript (and again with a corrected version: backend/bundles/merge.ts).
 * Attachments are content-addressed and never change.
 *
 * Migration 10 rewrote these triggers compactly (the same clocks from a fifth of the SQL). A later
 * migration that adds a column to a synced table recreates that table's update trigger with its
 * `updateTriggerSql`.
 */
import type { Migration } from './types';

/** The synced tables and their columns (id and updated_at excluded: see the triggers). */
export const SYNCED_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  people: ['full_name', 'honorific', 'post_nominals', 'email', 'notes', 'author_id', 'created_at'],
  committees: ['name', 'body', 'description', 'member_designation', 'author_id', 'created_at'],
  committee_members: ['committee_id', 'person_id', 'role', 'party', 'from_date', 'to_date', 'author_id', 'created_at'],
  secretariat_contacts: ['committee_id', 'person_id', 'job_title', 'email', 'position', 'author_id', 'created_at'],
  investigations: ['committee_id', 'title', 'status', 'started_on', 'published_on', 'summary', 'is_sample', 'author_id', 'created_at'],
  terms_of_reference: ['investigation_id', 'position', 'text', 'author_id', 'created_at'],
  meetings: ['investigation_id', 'kind', 'held_on', 'title', 'location', 'notes', 'author_id', 'created_at'],
  panels: ['meeting_id', 'position', 'title', 'author_id', 'created_at'],
  participants: ['meeting_id', 'panel_id', 'person_id', 'kind', 'role_text', 'organisation', 'position', 'author_id', 'created_at'],
  sources: ['investigation_id', 'kind', 'publisher', 'title', 'url', 'published_on', 'accessed_on', 'notes', 'author_id', 'created_at'],
  transcripts: ['meeting_id', 'panel_id', 'source_id', 'title', 'attachment_sha256', 'status', 'page_count', 'imported_at', 'author_id', 'created_at', 'format', 'original_file_name', 'replaced_at'],
  chapters: ['investigation_id', 'position', 'kind', 'label', 'title', 'author_id', 'created_at', 'role'],
  sections: ['chapter_id', 'position', 'title', 'author_id', 'created_at'],
  blocks: ['chapter_id', 'section_id', 'position', 'kind', 'content', 'author_id', 'created_at'],
  recommendations: ['investigation_id', 'chapter_id', 'section_id', 'position', 'addressee', 'due_on', 'due_note', 'author_id', 'created_at'],
  recommendation_parts: ['recommendation_id', 'position', 'kind', 'text', 'author_id', 'created_at'],
  footnotes: ['investigation_id', 'text_before', 'text_after', 'author_id', 'created_at', 'position', 'objection_id'],
  citations: ['footnote_id', 'source_id', 'position', 'locator', 'joiner', 'author_id', 'created_at', 'style', 'label', 'accessed_on'],
  objections: ['investigation_id', 'kind', 'member_person_id', 'recommendation_id', 'recommendation_part_id', 'block_id', 'anchor_text', 'text', 'footnote_id', 'author_id', 'created_at'],
  quotes: ['transcript_id', 'start_offset', 'end_offset', 'page_start', 'page_end', 'speaker_turn_id', 'person_id', 'role_text', 'organisation', 'text_snapshot', 'note', 'anchor_status', 'author_id', 'created_at'],
  tags: ['investigation_id', 'parent_id', 'kind', 'chapter_id', 'section_id', 'recommendation_id', 'name', 'colour', 'description', 'author_id', 'created_at'],
  quote_tags: ['quote_id', 'tag_id', 'author_id', 'created_at'],
  indicators: ['investigation_id', 'name', 'unit', 'definition', 'source_id', 'author_id', 'created_at'],
  observations: ['indicator_id', 'period_kind', 'period', 'group_name', 'value', 'source_id', 'locator', 'author_id', 'created_at'],
  figures: ['investigation_id', 'indicator_id', 'title', 'chart_kind', 'attachment_sha256', 'author_id', 'created_at'],
  report_versions: ['investigation_id', 'name', 'name_key', 'note', 'snapshot', 'model_hash', 'author_id', 'created_at'],
  agreements: ['investigation_id', 'version_id', 'agreed_on', 'members_present', 'dissents_noted', 'note', 'author_id', 'created_at'],
};

// AUTHOR, TICK and LIVE are migration 10's too: its compact triggers stamp the same way.
/** The author of a write: this store's current profile. */
export const AUTHOR = `ifnull((SELECT value FROM store_info WHERE key = 'current_profile_id'), 'unknown')`;
const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;
/** Advances the clock: a later instant resets the counter, the same (or an earlier) one bumps it. */
export const TICK = `UPDATE sync_clock SET counter = CASE WHEN ${NOW} > wall THEN 0 ELSE counter + 1 END, wall = max(wall, ${NOW}) WHERE id = 1;`;
const HLC = `(SELECT wall || '-' || printf('%08d', counter) || '-' || ${AUTHOR} FROM sync_clock WHERE id = 1)`;
/** Stamping is off while a merge writes rows with their own clocks. */
export const LIVE = `(SELECT applying FROM sync_clock WHERE id = 1) = 0`;

/** The update trigger of one synced table: a clock per field that actually changed. */
function updateTriggerSql(table: string, columns: readonly string[]): string {
  const fields = columns
    .map(
      (column) => `
  INSERT INTO sync_fields (table_name, row_id, field, hlc, base_hlc, author_id)
    SELECT '${table}', NEW.id, '${column}', ${HLC}, NULL, ${AUTHOR} WHERE OLD.${column} IS NOT NEW.${column}
    ON CONFLICT (table_name, row_id, field) DO UPDATE SET
      base_hlc = CASE WHEN sync_fields.author_id = excluded.author_id THEN sync_fields.base_hlc ELSE sync_fields.hlc END,
      hlc = excluded.hlc, author_id = excluded.author_id;`,
    )
    .join('');
  return `
DROP TRIGGER IF EXISTS sync_${table}_au;
CREATE TRIGGER sync_${table}_au AFTER UPDATE ON ${table} WHEN ${LIVE} BEGIN
  ${TICK}${fields}
END;`;
}

function triggersSql(table: string, columns: readonly string[]): string {
  return `
CREATE TRIGGER sync_${table}_ai AFTER INSERT ON ${table} WHEN ${LIVE} BEGIN
  ${TICK}
  INSERT INTO sync_rows (table_name, row_id, hlc, author_id) VALUES ('${table}', NEW.id, ${HLC}, ${AUTHOR})
    ON CONFLICT (table_name, row_id) DO UPDATE SET hlc = excluded.hlc, author_id = excluded.author_id;
  DELETE FROM sync_fields WHERE table_name = '${table}' AND row_id = NEW.id;
  DELETE FROM sync_tombstones WHERE table_name = '${table}' AND row_id = NEW.id;
END;
${updateTriggerSql(table, columns)}
CREATE TRIGGER sync_${table}_ad AFTER DELETE ON ${table} WHEN ${LIVE} BEGIN
  ${TICK}
  INSERT INTO sync_tombstones (table_name, row_id, hlc, author_id) VALUES ('${table}', OLD.id, ${HLC}, ${AUTHOR})
    ON CONFLICT (table_name, row_id) DO NOTHING;
END;
-- Always, merging or not: a deleted row's clocks go with it.
CREATE TRIGGER sync_${table}_ad_clocks AFTER DELETE ON ${table} BEGIN
  DELETE FROM sync_rows WHERE table_name = '${table}' AND row_id = OLD.id;
  DELETE FROM sync_fields WHERE table_name = '${table}' AND row_id = OLD.id;
END;
-- Rows already in the store get a creation clock from their own updated_at.
INSERT INTO sync_rows (table_name, row_id, hlc, author_id)
  SELECT '${table}', id, updated_at || '-00000000-' || author_id, author_id FROM ${table};
`;
}

export const migration008: Migration = {
  // Consecutive with the migrations registered before it; renumbered when the branches meet.
  version: 8,
  name: 'sync clocks, tombstones and merge conflicts',
  sql: `
CREATE TABLE sync_clock (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  wall TEXT NOT NULL,
  counter INTEGER NOT NULL,
  applying INTEGER NOT NULL DEFAULT 0 CHECK (applying IN (0, 1))
) STRICT;
INSERT INTO sync_clock (id, wall, counter, applying) VALUES (1, ${NOW}, 0, 0);

CREATE TABLE sync_rows (
  table_name TEXT NOT NULL,
  row_id TEXT NOT NULL,
  hlc TEXT NOT NULL,
  author_id TEXT NOT NULL,
  PRIMARY KEY (table_name, row_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE sync_fields (
  table_name TEXT NOT NULL,
  row_id TEXT NOT NULL,
  field TEXT NOT NULL,
  hlc TEXT NOT NULL,
  base_hlc TEXT,
  author_id TEXT NOT NULL,
  PRIMARY KEY (table_name, row_id, field)
) STRICT, WITHOUT ROWID;
CREATE INDEX sync_fields_hlc ON sync_fields(hlc);

CREATE TABLE sync_tombstones (
  table_name TEXT NOT NULL,
  row_id TEXT NOT NULL,
  hlc TEXT NOT NULL,
  author_id TEXT NOT NULL,
  PRIMARY KEY (table_name, row_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX sync_tombstones_hlc ON sync_tombstones(hlc);

CREATE TABLE sync_authors (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL
) STRICT;

CREATE TABLE merge_conflicts (
  -- Derived from (table, row, field, losing clock), so the same conflict met twice is one row.
  id TEXT PRIMARY KEY,
  investigation_id TEXT,
  table_name TEXT NOT NULL,
  row_id TEXT NOT NULL,
  field TEXT NOT NULL,
  kept_value TEXT,
  kept_hlc TEXT NOT NULL,
  kept_author_id TEXT NOT NULL,
  lost_value TEXT,
  lost_hlc TEXT NOT NULL,
  lost_author_id TEXT NOT NULL,
  bundle TEXT NOT NULL,
  found_at TEXT NOT NULL,
  resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1))
) STRICT;
CREATE INDEX merge_conflicts_investigation ON merge_conflicts(investigation_id, resolved);
${Object.entries(SYNCED_COLUMNS)
  .map(([table, columns]) => triggersSql(table, columns))
  .join('')}
`,
};
