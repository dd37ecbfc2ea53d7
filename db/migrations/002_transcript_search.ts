/**
 * Migration 2: full-text search across transcripts.
 *
 * The unit of search is a *segment*: the part of one speaker turn that falls on one page (or
 * the text on a page outside any turn, such as a header block). A hit therefore knows its
 * transcript, page and speaker without any further work.
 *
 * `search_index` is an FTS5 external-content table over `transcript_segments`, kept in step by
 * triggers: `unicode61` with diacritics removed (Zoë = Zoe) and Porter stemming (crimes = crime).
 */
import type { Migration } from './types';

export const migration002: Migration = {
  version: 2,
  name: 'transcript search',
  sql: `
CREATE TABLE transcript_segments (
  rowid INTEGER PRIMARY KEY,
  transcript_id TEXT NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
  page_number INTEGER NOT NULL,
  turn_id TEXT REFERENCES speaker_turns(id) ON DELETE CASCADE,
  speaker TEXT NOT NULL DEFAULT '',
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL CHECK (end_offset >= start_offset),
  text TEXT NOT NULL
) STRICT;
CREATE INDEX transcript_segments_transcript ON transcript_segments(transcript_id, start_offset);
CREATE INDEX transcript_segments_turn ON transcript_segments(turn_id);

CREATE VIRTUAL TABLE search_index USING fts5(
  text,
  speaker UNINDEXED,
  content = 'transcript_segments',
  content_rowid = 'rowid',
  tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER transcript_segments_ai AFTER INSERT ON transcript_segments BEGIN
  INSERT INTO search_index (rowid, text, speaker) VALUES (new.rowid, new.text, new.speaker);
END;
CREATE TRIGGER transcript_segments_ad AFTER DELETE ON transcript_segments BEGIN
  INSERT INTO search_index (search_index, rowid, text, speaker) VALUES ('delete', old.rowid, old.text, old.speaker);
END;
CREATE TRIGGER transcript_segments_au AFTER UPDATE ON transcript_segments BEGIN
  INSERT INTO search_index (search_index, rowid, text, speaker) VALUES ('delete', old.rowid, old.text, old.speaker);
  INSERT INTO search_index (rowid, text, speaker) VALUES (new.rowid, new.text, new.speaker);
END;

-- Offsets index the transcript's whole text: its pages joined in order, each ending in a newline.
ALTER TABLE transcripts ADD COLUMN format TEXT CHECK (format IN ('pdf', 'docx', 'txt'));
ALTER TABLE transcripts ADD COLUMN original_file_name TEXT;
ALTER TABLE transcript_pages ADD COLUMN end_offset INTEGER NOT NULL DEFAULT 0;
ALTER TABLE speaker_turns ADD COLUMN question_number TEXT;
ALTER TABLE speaker_turns ADD COLUMN speech_offset INTEGER NOT NULL DEFAULT 0;
CREATE INDEX transcripts_attachment ON transcripts(attachment_sha256);
`,
};
