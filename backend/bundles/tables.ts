/**
 * Which rows belong to an investigation, table by table, parents before children.
 *
 * Synced tables carry clocks (db/migrations/008_sync.ts) and merge field by field. Content tables
 * (a transcript's pages, speaker turns and search segments) are the transcript's text: copied
 * with a transcript the store does not yet have, never merged. Attachments are content-addressed.
 * Every query takes the investigation id as `@inv`; table names here come from code, never input.
 */
import { SYNCED_COLUMNS } from '../../db/migrations/008_sync';

export type TableKind = 'synced' | 'content' | 'attachments';

export interface TableSpec {
  name: string;
  kind: TableKind;
  /** SELECT of the ids (for attachments: sha256) of this table's rows in investigation @inv. */
  scope: string;
}

const COMMITTEE = `(SELECT committee_id FROM investigations WHERE id = @inv)`;
const MEETINGS = `(SELECT id FROM meetings WHERE investigation_id = @inv)`;
const TRANSCRIPTS = `(SELECT id FROM transcripts WHERE meeting_id IN ${MEETINGS})`;
const CHAPTERS = `(SELECT id FROM chapters WHERE investigation_id = @inv)`;
const byInvestigation = (table: string) => `SELECT id FROM ${table} WHERE investigation_id = @inv`;

export const TABLES: readonly TableSpec[] = [
  {
    name: 'people',
    kind: 'synced',
    scope: `SELECT person_id FROM committee_members WHERE committee_id = ${COMMITTEE}
      UNION SELECT person_id FROM secretariat_contacts WHERE committee_id = ${COMMITTEE}
      UNION SELECT person_id FROM participants WHERE meeting_id IN ${MEETINGS}
      UNION SELECT person_id FROM speaker_turns WHERE person_id IS NOT NULL AND transcript_id IN ${TRANSCRIPTS}
      UNION SELECT person_id FROM quotes WHERE person_id IS NOT NULL AND transcript_id IN ${TRANSCRIPTS}
      UNION SELECT member_person_id FROM objections WHERE investigation_id = @inv`,
  },
  { name: 'committees', kind: 'synced', scope: `SELECT ${COMMITTEE}` },
  { name: 'committee_members', kind: 'synced', scope: `SELECT id FROM committee_members WHERE committee_id = ${COMMITTEE}` },
  { name: 'secretariat_contacts', kind: 'synced', scope: `SELECT id FROM secretariat_contacts WHERE committee_id = ${COMMITTEE}` },
  { name: 'investigations', kind: 'synced', scope: `SELECT @inv` },
  { name: 'terms_of_reference', kind: 'synced', scope: byInvestigation('terms_of_reference') },
  { name: 'meetings', kind: 'synced', scope: byInvestigation('meetings') },
  { name: 'panels', kind: 'synced', scope: `SELECT id FROM panels WHERE meeting_id IN ${MEETINGS}` },
  { name: 'participants', kind: 'synced', scope: `SELECT id FROM participants WHERE meeting_id IN ${MEETINGS}` },
  {
    name: 'sources',
    kind: 'synced',
    scope: `${byInvestigation('sources')} UNION SELECT source_id FROM transcripts WHERE source_id IS NOT NULL AND id IN ${TRANSCRIPTS}`,
  },
  {
    name: 'attachments',
    kind: 'attachments',
    scope: `SELECT attachment_sha256 FROM transcripts WHERE attachment_sha256 IS NOT NULL AND id IN ${TRANSCRIPTS}
      UNION SELECT attachment_sha256 FROM figures WHERE investigation_id = @inv`,
  },
  { name: 'transcripts', kind: 'synced', scope: `SELECT id FROM transcripts WHERE meeting_id IN ${MEETINGS}` },
  { name: 'transcript_pages', kind: 'content', scope: `SELECT id FROM transcript_pages WHERE transcript_id IN ${TRANSCRIPTS}` },
  { name: 'speaker_turns', kind: 'content', scope: `SELECT id FROM speaker_turns WHERE transcript_id IN ${TRANSCRIPTS}` },
  { name: 'transcript_segments', kind: 'content', scope: `SELECT rowid FROM transcript_segments WHERE transcript_id IN ${TRANSCRIPTS}` },
  { name: 'chapters', kind: 'synced', scope: byInvestigation('chapters') },
  { name: 'sections', kind: 'synced', scope: `SELECT id FROM sections WHERE chapter_id IN ${CHAPTERS}` },
  { name: 'blocks', kind: 'synced', scope: `SELECT id FROM blocks WHERE chapter_id IN ${CHAPTERS}` },
  { name: 'recommendations', kind: 'synced', scope: byInvestigation('recommendations') },
  {
    name: 'recommendation_parts',
    kind: 'synced',
    scope: `SELECT id FROM recommendation_parts WHERE recommendation_id IN (SELECT id FROM recommendations WHERE investigation_id = @inv)`,
  },
  { name: 'footnotes', kind: 'synced', scope: byInvestigation('footnotes') },
  {
    name: 'citations',
    kind: 'synced',
    scope: `SELECT id FROM citations WHERE footnote_id IN (SELECT id FROM footnotes WHERE investigation_id = @inv)`,
  },
  { name: 'objections', kind: 'synced', scope: byInvestigation('objections') },
  { name: 'quotes', kind: 'synced', scope: `SELECT id FROM quotes WHERE transcript_id IN ${TRANSCRIPTS}` },
  { name: 'tags', kind: 'synced', scope: byInvestigation('tags') },
  {
    name: 'quote_tags',
    kind: 'synced',
    scope: `SELECT id FROM quote_tags WHERE quote_id IN (SELECT id FROM quotes WHERE transcript_id IN ${TRANSCRIPTS})`,
  },
  { name: 'indicators', kind: 'synced', scope: byInvestigation('indicators') },
  {
    name: 'observations',
    kind: 'synced',
    scope: `SELECT id FROM observations WHERE indicator_id IN (SELECT id FROM indicators WHERE investigation_id = @inv)`,
  },
  { name: 'figures', kind: 'synced', scope: byInvestigation('figures') },
  { name: 'report_versions', kind: 'synced', scope: byInvestigation('report_versions') },
  { name: 'agreements', kind: 'synced', scope: byInvestigation('agreements') },
];

export const TABLE_BY_NAME = new Map(TABLES.map((table) => [table.name, table]));
export const SYNCED_TABLES = TABLES.filter((table) => table.kind === 'synced').map((table) => table.name);

/** The columns a synced table's rows may carry in a bundle. */
export function syncedColumns(table: string): readonly string[] {
  const columns = SYNCED_COLUMNS[table];
  if (!columns) throw new Error(`${table} is not a synced table.`);
  return ['id', ...columns, 'updated_at'];
}

/** Every column of a table as the store has it now (content tables, and the check of a bundle). */
export const CONTENT_COLUMNS: Record<string, readonly string[]> = {
  transcript_pages: ['id', 'transcript_id', 'page_number', 'start_offset', 'text', 'end_offset'],
  speaker_turns: ['id', 'transcript_id', 'position', 'speaker_label', 'speaker_name', 'role_text', 'person_id', 'page_number', 'start_offset', 'end_offset', 'question_number', 'speech_offset'],
  // Segments are keyed by a local rowid, so they travel without it and get new ones.
  transcript_segments: ['transcript_id', 'page_number', 'turn_id', 'speaker', 'start_offset', 'end_offset', 'text'],
  attachments: ['sha256', 'file_name', 'media_type', 'size', 'created_at'],
};

export function columnsOf(table: string): readonly string[] {
  return CONTENT_COLUMNS[table] ?? syncedColumns(table);
}
