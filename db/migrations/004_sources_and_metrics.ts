/**
 * Migration 4: sources, footnotes and metrics in use. Citations learn their style (a full
 * reference or just the linked title), the linked words when they are not the title, and their
 * own accessed date (the same dashboard is cited "accessed 18 February 2025" in one footnote and
 * "accessed 25 February 2025" in another). Footnotes get an order. Saved charts become figures.
 */
import type { Migration } from './types';

export const migration004: Migration = {
  version: 4,
  name: 'sources and metrics',
  sql: `
ALTER TABLE citations ADD COLUMN style TEXT NOT NULL DEFAULT 'full' CHECK (style IN ('full', 'title'));
ALTER TABLE citations ADD COLUMN label TEXT;
ALTER TABLE citations ADD COLUMN accessed_on TEXT;
CREATE INDEX citations_footnote ON citations(footnote_id, position);

ALTER TABLE footnotes ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
CREATE INDEX footnotes_investigation ON footnotes(investigation_id, position);

-- Likely duplicates are found by URL, or by publisher and title, ignoring case.
CREATE INDEX sources_url ON sources(lower(url)) WHERE url IS NOT NULL;
CREATE INDEX sources_publisher_title ON sources(lower(ifnull(publisher, '')), lower(title));
CREATE INDEX sources_investigation ON sources(investigation_id, kind);
CREATE INDEX transcripts_source ON transcripts(source_id);

CREATE UNIQUE INDEX indicators_name ON indicators(ifnull(investigation_id, ''), lower(name));
CREATE INDEX observations_source ON observations(source_id);

CREATE TABLE figures (
  id TEXT PRIMARY KEY,
  investigation_id TEXT NOT NULL REFERENCES investigations(id) ON DELETE CASCADE,
  indicator_id TEXT REFERENCES indicators(id) ON DELETE SET NULL,
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  chart_kind TEXT NOT NULL CHECK (chart_kind IN ('trend', 'groups')),
  attachment_sha256 TEXT NOT NULL REFERENCES attachments(sha256) ON DELETE RESTRICT,
  author_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX figures_investigation ON figures(investigation_id);
`,
};
