/**
 * Migration 1: the whole domain of DOMAIN.md, so later work extends this schema rather than
 * rebuilding it.
 *
 * Conventions
 * - Every row that can travel between members' stores has `id` (UUIDv7 text), `author_id`,
 *   `created_at` and `updated_at` (ISO instants). Merging is by id, never by name.
 * - Positions (`position`) order siblings; printed numbers (Recommendation 8) are derived from
 *   document order, never stored, so they can never disagree with the document.
 * - Enumerations are CHECK constraints so a bad value can never be written, whatever the caller.
 * - Attachments are content-addressed by SHA-256.
 * - String literals in single quotes: better-sqlite3 is built without double-quoted strings.
 */
import type { Migration } from './types';

const stamps = `
  author_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL`;

export const migration001: Migration = {
  version: 1,
  name: 'initial domain schema',
  sql: `
CREATE TABLE store_info (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE profiles (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('member', 'clerk')),
  person_id TEXT REFERENCES people(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE people (
  id TEXT PRIMARY KEY,
  full_name TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
  honorific TEXT,
  post_nominals TEXT,
  email TEXT,
  notes TEXT,${stamps}
) STRICT;
CREATE INDEX people_name ON people(full_name COLLATE NOCASE);

CREATE TABLE committees (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  body TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  member_designation TEXT,${stamps}
) STRICT;

CREATE TABLE committee_members (
  id TEXT PRIMARY KEY,
  committee_id TEXT NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
  role TEXT NOT NULL CHECK (role IN ('chairman', 'deputy_chair', 'member')),
  party TEXT,
  from_date TEXT,
  to_date TEXT,${stamps},
  UNIQUE (committee_id, person_id)
) STRICT;

CREATE TABLE secretariat_contacts (
  id TEXT PRIMARY KEY,
  committee_id TEXT NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
  job_title TEXT NOT NULL,
  email TEXT,
  position INTEGER NOT NULL,${stamps}
) STRICT;

CREATE TABLE investigations (
  id TEXT PRIMARY KEY,
  committee_id TEXT NOT NULL REFERENCES committees(id) ON DELETE RESTRICT,
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  status TEXT NOT NULL DEFAULT 'scoping'
    CHECK (status IN ('scoping', 'gathering_evidence', 'drafting', 'agreed', 'published', 'monitoring')),
  started_on TEXT,
  published_on TEXT,
  summary TEXT NOT NULL DEFAULT '',
  is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),${stamps}
) STRICT;

CREATE TABLE terms_of_reference (
  id TEXT PRIMARY KEY,
  investigation_id TEXT NOT NULL REFERENCES investigations(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,${stamps}
) STRICT;

CREATE TABLE meetings (
  id TEXT PRIMARY KEY,
  investigation_id TEXT NOT NULL REFERENCES investigations(id) ON DELETE CASCADE,
  kind TEXT NOT NULL
    CHECK (kind IN ('formal_meeting', 'qa_session', 'informal_meeting', 'site_visit', 'written_evidence')),
  held_on TEXT NOT NULL,
  title TEXT NOT NULL,
  location TEXT,
  notes TEXT,${stamps}
) STRICT;
CREATE INDEX meetings_investigation ON meetings(investigation_id, held_on);

CREATE TABLE panels (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,${stamps}
) STRICT;

CREATE TABLE participants (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  panel_id TEXT REFERENCES panels(id) ON DELETE SET NULL,
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
  kind TEXT NOT NULL DEFAULT 'guest' CHECK (kind IN ('guest', 'member', 'officer')),
  role_text TEXT NOT NULL DEFAULT '',
  organisation TEXT,
  position INTEGER NOT NULL,${stamps}
) STRICT;
CREATE INDEX participants_meeting ON participants(meeting_id);

-- Original files (transcripts, templates, chart images), content-addressed.
CREATE TABLE attachments (
  sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  file_name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  data BLOB NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE sources (
  id TEXT PRIMARY KEY,
  investigation_id TEXT REFERENCES investigations(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('transcript', 'dashboard', 'report', 'web_page', 'legislation',
    'news', 'manifesto', 'letter', 'informal_meeting_notes', 'other')),
  publisher TEXT,
  title TEXT NOT NULL,
  url TEXT CHECK (url IS NULL OR url LIKE 'http://%' OR url LIKE 'https://%' OR url LIKE 'mailto:%'),
  published_on TEXT,
  accessed_on TEXT,
  notes TEXT,${stamps}
) STRICT;

CREATE TABLE transcripts (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  panel_id TEXT REFERENCES panels(id) ON DELETE SET NULL,
  source_id TEXT REFERENCES sources(id) ON DELETE SET NULL,
  title TEXT NOT NULL,
  attachment_sha256 TEXT REFERENCES attachments(sha256) ON DELETE RESTRICT,
  status TEXT NOT NULL DEFAULT 'uncorrected' CHECK (status IN ('uncorrected', 'corrected')),
  page_count INTEGER NOT NULL DEFAULT 0,
  imported_at TEXT,${stamps}
) STRICT;

CREATE TABLE transcript_pages (
  id TEXT PRIMARY KEY,
  transcript_id TEXT NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
  page_number INTEGER NOT NULL,
  -- Offsets into the transcript's whole text, so a quote can span pages.
  start_offset INTEGER NOT NULL,
  text TEXT NOT NULL,
  UNIQUE (transcript_id, page_number)
) STRICT;

CREATE TABLE speaker_turns (
  id TEXT PRIMARY KEY,
  transcript_id TEXT NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  speaker_label TEXT NOT NULL,
  speaker_name TEXT NOT NULL,
  role_text TEXT,
  person_id TEXT REFERENCES people(id) ON DELETE SET NULL,
  page_number INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL CHECK (end_offset >= start_offset),
  UNIQUE (transcript_id, position)
) STRICT;
CREATE INDEX speaker_turns_person ON speaker_turns(person_id);

-- Report structure: chapters → sections → ordered blocks.
CREATE TABLE chapters (
  id TEXT PRIMARY KEY,
  investigation_id TEXT NOT NULL REFERENCES investigations(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('front_matter', 'introduction', 'chapter', 'closing_matter')),
  label TEXT,
  title TEXT NOT NULL,${stamps}
) STRICT;
CREATE INDEX chapters_investigation ON chapters(investigation_id, position);

CREATE TABLE sections (
  id TEXT PRIMARY KEY,
  chapter_id TEXT NOT NULL REFERENCES chapters(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,${stamps}
) STRICT;

CREATE TABLE blocks (
  id TEXT PRIMARY KEY,
  chapter_id TEXT NOT NULL REFERENCES chapters(id) ON DELETE CASCADE,
  section_id TEXT REFERENCES sections(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('paragraph', 'quote', 'recommendation', 'metric', 'chart', 'list', 'heading')),
  -- The block's content as JSON (rich text, quote reference, recommendation reference…).
  content TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(content)),${stamps}
) STRICT;
CREATE INDEX blocks_chapter ON blocks(chapter_id, section_id, position);

CREATE TABLE recommendations (
  id TEXT PRIMARY KEY,
  investigation_id TEXT NOT NULL REFERENCES investigations(id) ON DELETE CASCADE,
  chapter_id TEXT REFERENCES chapters(id) ON DELETE SET NULL,
  section_id TEXT REFERENCES sections(id) ON DELETE SET NULL,
  position INTEGER NOT NULL,
  addressee TEXT,
  due_on TEXT,
  due_note TEXT,${stamps}
) STRICT;

CREATE TABLE recommendation_parts (
  id TEXT PRIMARY KEY,
  recommendation_id TEXT NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('paragraph', 'bullet')),
  text TEXT NOT NULL,${stamps}
) STRICT;

-- Footnotes: optional text before, one or more citations, optional text after.
CREATE TABLE footnotes (
  id TEXT PRIMARY KEY,
  investigation_id TEXT NOT NULL REFERENCES investigations(id) ON DELETE CASCADE,
  text_before TEXT NOT NULL DEFAULT '',
  text_after TEXT NOT NULL DEFAULT '',${stamps}
) STRICT;

CREATE TABLE citations (
  id TEXT PRIMARY KEY,
  footnote_id TEXT REFERENCES footnotes(id) ON DELETE CASCADE,
  source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
  position INTEGER NOT NULL DEFAULT 0,
  -- "p.38", "p.10-11", "Section 6".
  locator TEXT,
  -- Words between this citation and the next, inside one footnote ("and").
  joiner TEXT,${stamps}
) STRICT;
CREATE INDEX citations_source ON citations(source_id);

-- Dissents (from a recommendation or one of its parts) and reservations (on a paragraph).
CREATE TABLE objections (
  id TEXT PRIMARY KEY,
  investigation_id TEXT NOT NULL REFERENCES investigations(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('dissent', 'reservation')),
  member_person_id TEXT NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
  recommendation_id TEXT REFERENCES recommendations(id) ON DELETE RESTRICT,
  recommendation_part_id TEXT REFERENCES recommendation_parts(id) ON DELETE RESTRICT,
  block_id TEXT REFERENCES blocks(id) ON DELETE RESTRICT,
  anchor_text TEXT,
  text TEXT NOT NULL CHECK (length(trim(text)) > 0),
  footnote_id TEXT REFERENCES footnotes(id) ON DELETE SET NULL,${stamps},
  CHECK (kind <> 'dissent' OR recommendation_id IS NOT NULL)
) STRICT;

CREATE TABLE quotes (
  id TEXT PRIMARY KEY,
  transcript_id TEXT NOT NULL REFERENCES transcripts(id) ON DELETE RESTRICT,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL CHECK (end_offset > start_offset),
  page_start INTEGER NOT NULL,
  page_end INTEGER NOT NULL CHECK (page_end >= page_start),
  speaker_turn_id TEXT REFERENCES speaker_turns(id) ON DELETE SET NULL,
  person_id TEXT REFERENCES people(id) ON DELETE SET NULL,
  role_text TEXT,
  organisation TEXT,
  text_snapshot TEXT NOT NULL,
  note TEXT,
  anchor_status TEXT NOT NULL DEFAULT 'exact' CHECK (anchor_status IN ('exact', 'moved', 'lost')),${stamps}
) STRICT;
CREATE INDEX quotes_transcript ON quotes(transcript_id, start_offset);

-- The codebook: the report's own structure plus free themes.
CREATE TABLE tags (
  id TEXT PRIMARY KEY,
  investigation_id TEXT NOT NULL REFERENCES investigations(id) ON DELETE CASCADE,
  parent_id TEXT REFERENCES tags(id) ON DELETE RESTRICT,
  kind TEXT NOT NULL CHECK (kind IN ('chapter', 'section', 'recommendation', 'theme')),
  chapter_id TEXT REFERENCES chapters(id) ON DELETE CASCADE,
  section_id TEXT REFERENCES sections(id) ON DELETE CASCADE,
  recommendation_id TEXT REFERENCES recommendations(id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  colour TEXT,
  description TEXT,${stamps}
) STRICT;

CREATE TABLE quote_tags (
  id TEXT PRIMARY KEY,
  quote_id TEXT NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
  tag_id TEXT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,${stamps},
  UNIQUE (quote_id, tag_id)
) STRICT;

-- Metrics: indicators and their observations.
CREATE TABLE indicators (
  id TEXT PRIMARY KEY,
  investigation_id TEXT REFERENCES investigations(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  unit TEXT NOT NULL CHECK (unit IN ('count', 'percent', 'money', 'rate')),
  definition TEXT,
  source_id TEXT REFERENCES sources(id) ON DELETE SET NULL,${stamps}
) STRICT;

CREATE TABLE observations (
  id TEXT PRIMARY KEY,
  indicator_id TEXT NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
  period_kind TEXT NOT NULL CHECK (period_kind IN ('financial_year', 'quarter', 'month', 'calendar_year')),
  period TEXT NOT NULL,
  group_name TEXT,
  value REAL NOT NULL,
  source_id TEXT REFERENCES sources(id) ON DELETE SET NULL,
  locator TEXT,${stamps}
) STRICT;
CREATE UNIQUE INDEX observations_unique ON observations(indicator_id, period, ifnull(group_name, ''));

-- What changed, by whom: the audit trail the clerk reads, and later the basis of merging.
CREATE TABLE change_log (
  id TEXT PRIMARY KEY,
  at TEXT NOT NULL,
  author_id TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
  summary TEXT NOT NULL,
  investigation_id TEXT
) STRICT;
CREATE INDEX change_log_at ON change_log(at);
`,
};
