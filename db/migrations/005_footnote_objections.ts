/**
 * Migration 5: a footnote knows the dissent or reservation it prints. A dissent is printed on its
 * recommendation wherever the recommendation appears (the seed prints Zoë Garbett AM's dissent as
 * footnote 9 in the summary and again as footnote 112 in chapter three), so one objection can be
 * printed by several footnotes; `objections.footnote_id` can only name one of them. It keeps
 * naming the first; this column is what each footnote reads.
 */
import type { Migration } from './types';

export const migration005: Migration = {
  version: 5,
  name: 'footnote objections',
  sql: `
ALTER TABLE footnotes ADD COLUMN objection_id TEXT REFERENCES objections(id) ON DELETE SET NULL;
CREATE INDEX footnotes_objection ON footnotes(objection_id) WHERE objection_id IS NOT NULL;
`,
};
