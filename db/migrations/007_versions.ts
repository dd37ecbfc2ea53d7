/**
 * Migration 7: named versions of the report and the committee's agreement of one.
 *
 * A version keeps the whole report model (shared/report/model.ts) as it was when it was saved:
 * the model is pure data with every number already worked out, so the snapshot is the report
 * exactly as it then read, whatever is edited, renumbered or deleted afterwards. `name_key` is the
 * name folded for comparison (shared/domain/versions.ts) so the store itself refuses two versions
 * whose names differ only in case, spacing or the shape of an apostrophe.
 *
 * An agreement records the meeting that agreed a version: its date, the members present and the
 * dissents noted. Members and dissents are kept as JSON with the names as they were then, because
 * the record must still read the same if a member later leaves the committee or a dissent is
 * withdrawn. Deleting an agreed version is refused by the handler; the cascade here only serves
 * deleting a whole investigation.
 */
import type { Migration } from './types';

const stamps = `
  author_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL`;

export const migration007: Migration = {
  version: 7,
  name: 'versions',
  sql: `
CREATE TABLE report_versions (
  id TEXT PRIMARY KEY,
  investigation_id TEXT NOT NULL REFERENCES investigations(id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  name_key TEXT NOT NULL CHECK (length(name_key) > 0),
  note TEXT,
  snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
  -- SHA-256 of the snapshot as saved: two versions with the same hash read exactly the same.
  model_hash TEXT NOT NULL CHECK (length(model_hash) = 64),${stamps},
  UNIQUE (investigation_id, name_key)
) STRICT;
CREATE INDEX report_versions_investigation ON report_versions(investigation_id, created_at);

CREATE TABLE agreements (
  id TEXT PRIMARY KEY,
  investigation_id TEXT NOT NULL REFERENCES investigations(id) ON DELETE CASCADE,
  version_id TEXT NOT NULL UNIQUE REFERENCES report_versions(id) ON DELETE CASCADE,
  agreed_on TEXT NOT NULL CHECK (agreed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  -- [{ personId, name }]: the committee members present, named as they were that day.
  members_present TEXT NOT NULL CHECK (json_valid(members_present) AND json_type(members_present) = 'array'),
  -- [{ objectionId, personId, member, recommendationNumber, part, text }]: the dissents noted.
  dissents_noted TEXT NOT NULL CHECK (json_valid(dissents_noted) AND json_type(dissents_noted) = 'array'),
  note TEXT,${stamps}
) STRICT;
CREATE INDEX agreements_investigation ON agreements(investigation_id, agreed_on);
`,
};
