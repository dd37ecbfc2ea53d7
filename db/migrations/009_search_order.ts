/**
 * Migration 9: search segments ordered by meeting date (db/search-order.ts), so that "newest
 * meetings first" reads the index backwards and stops at a page of results.
 *
 * Existing segments are moved into their meetings' blocks with the search index's update trigger
 * set aside, and the index is rebuilt once (far quicker than deleting and re-adding every row).
 * Triggers keep the order when a meeting's date changes or a transcript moves to another meeting.
 */
import { BLOCKS_VIEW_SQL, placeSegmentsStatements } from '../search-order';

/** The placing statements for `scope`, as SQL text for a script or a trigger's body. */
const place = (scope: string) => placeSegmentsStatements(scope).join(';\n  ');
import type { Migration } from './types';

export const migration009: Migration = {
  version: 9,
  name: 'search order',
  sql: `
${BLOCKS_VIEW_SQL};

DROP TRIGGER transcript_segments_au;
${place('SELECT id FROM transcripts')};
CREATE TRIGGER transcript_segments_au AFTER UPDATE ON transcript_segments BEGIN
  INSERT INTO search_index (search_index, rowid, text, speaker) VALUES ('delete', old.rowid, old.text, old.speaker);
  INSERT INTO search_index (rowid, text, speaker) VALUES (new.rowid, new.text, new.speaker);
END;
INSERT INTO search_index (search_index) VALUES ('rebuild');

CREATE TRIGGER meetings_search_order AFTER UPDATE OF held_on ON meetings
WHEN new.held_on IS NOT old.held_on BEGIN
  ${place('SELECT id FROM transcripts WHERE meeting_id = new.id')};
END;

CREATE TRIGGER transcripts_search_order AFTER UPDATE OF meeting_id ON transcripts
WHEN new.meeting_id IS NOT old.meeting_id BEGIN
  ${place('SELECT new.id')};
END;
`,
};
