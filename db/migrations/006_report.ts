/**
 * Migration 6: drafting. A chapter may have a role: the workbench writes part of the foreword
 * (the signature block), the Recommendations list and Committee Activity itself, and finds those
 * chapters by role rather than by a title the clerk may reword. A recommendation is placed in the
 * body by exactly one block, which the store enforces. Stores drafted before this migration get
 * their roles from the titles the app has always given those chapters.
 */
import type { Migration } from './types';

export const migration006: Migration = {
  version: 6,
  name: 'report',
  sql: `
ALTER TABLE chapters ADD COLUMN role TEXT
  CHECK (role IS NULL OR role IN ('foreword', 'executive_summary', 'recommendations', 'committee_activity'));
CREATE UNIQUE INDEX chapters_role ON chapters(investigation_id, role) WHERE role IS NOT NULL;

UPDATE chapters SET role = 'foreword' WHERE id IN
  (SELECT min(id) FROM chapters WHERE kind = 'front_matter' AND lower(title) = 'foreword' GROUP BY investigation_id);
UPDATE chapters SET role = 'executive_summary' WHERE id IN
  (SELECT min(id) FROM chapters WHERE kind = 'front_matter' AND lower(title) = 'executive summary' GROUP BY investigation_id);
UPDATE chapters SET role = 'recommendations' WHERE id IN
  (SELECT min(id) FROM chapters WHERE kind = 'front_matter' AND lower(title) = 'recommendations' GROUP BY investigation_id);
UPDATE chapters SET role = 'committee_activity' WHERE id IN
  (SELECT min(id) FROM chapters WHERE kind = 'closing_matter' AND lower(title) = 'committee activity' GROUP BY investigation_id);

CREATE INDEX blocks_section ON blocks(section_id, position);
CREATE UNIQUE INDEX blocks_recommendation ON blocks(json_extract(content, '$.recommendationId')) WHERE kind = 'recommendation';
CREATE INDEX blocks_quote ON blocks(json_extract(content, '$.quoteId')) WHERE kind = 'quote';
CREATE INDEX objections_block ON objections(block_id) WHERE block_id IS NOT NULL;
`,
};
