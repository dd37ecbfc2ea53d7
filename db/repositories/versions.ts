/**
 * Saved versions of the report (each with the report model as it then read) and the agreements
 * that record which version the committee agreed. Snapshots are large; only `getVersionSnapshot`
 * reads one, so listing versions stays quick however many are kept.
 */
import type { AgreedMember, Agreement, NotedDissent } from '../../shared/domain/versions';
import type { Db } from '../store';
import { freshStamps, updateClause } from './stamps';

/** A version row without its snapshot, counts read from the snapshot by SQLite. */
export interface VersionRow {
  id: string;
  investigationId: string;
  name: string;
  nameKey: string;
  note: string | null;
  modelHash: string;
  recommendationCount: number;
  footnoteCount: number;
  agreementId: string | null;
  agreedOn: string | null;
  authorId: string;
  authorName: string | null;
  createdAt: string;
  updatedAt: string;
}

const VERSION_SELECT = `SELECT v.id, v.investigation_id AS investigationId, v.name, v.name_key AS nameKey, v.note,
    v.model_hash AS modelHash,
    json_array_length(v.snapshot, '$.recommendations') AS recommendationCount,
    json_array_length(v.snapshot, '$.footnotes') AS footnoteCount,
    a.id AS agreementId, a.agreed_on AS agreedOn,
    v.author_id AS authorId, p.name AS authorName, v.created_at AS createdAt, v.updated_at AS updatedAt
  FROM report_versions v
  LEFT JOIN agreements a ON a.version_id = v.id
  LEFT JOIN profiles p ON p.id = v.author_id`;

/** Newest first: the version a clerk most often wants is the one just saved. */
export function listVersions(db: Db, investigationId: string): VersionRow[] {
  return db.prepare(`${VERSION_SELECT} WHERE v.investigation_id = ? ORDER BY v.created_at DESC, v.id DESC`).all(investigationId) as VersionRow[];
}

export function getVersion(db: Db, id: string): VersionRow | undefined {
  return db.prepare(`${VERSION_SELECT} WHERE v.id = ?`).get(id) as VersionRow | undefined;
}

/** The snapshot exactly as saved (JSON text), for hashing or parsing. */
export function getVersionSnapshot(db: Db, id: string): string | undefined {
  return db.prepare('SELECT snapshot FROM report_versions WHERE id = ?').pluck().get(id) as string | undefined;
}

/** The version of this investigation whose name folds to `nameKey`, other than `exceptId`. */
export function versionNamed(db: Db, investigationId: string, nameKey: string, exceptId: string | null = null): VersionRow | undefined {
  const id = db
    .prepare('SELECT id FROM report_versions WHERE investigation_id = ? AND name_key = ? AND (? IS NULL OR id <> ?)')
    .pluck()
    .get(investigationId, nameKey, exceptId, exceptId) as string | undefined;
  return id === undefined ? undefined : getVersion(db, id);
}

export function insertVersion(
  db: Db,
  authorId: string,
  fields: { investigationId: string; name: string; nameKey: string; note: string | null; snapshot: string; modelHash: string },
): string {
  const stamps = freshStamps(authorId);
  db.prepare(
    `INSERT INTO report_versions (id, investigation_id, name, name_key, note, snapshot, model_hash, author_id, created_at, updated_at)
     VALUES (@id, @investigation_id, @name, @name_key, @note, @snapshot, @model_hash, @author_id, @created_at, @updated_at)`,
  ).run({
    ...stamps,
    investigation_id: fields.investigationId,
    name: fields.name,
    name_key: fields.nameKey,
    note: fields.note,
    snapshot: fields.snapshot,
    model_hash: fields.modelHash,
  });
  return stamps.id;
}

export function updateVersion(db: Db, id: string, fields: { name?: string; nameKey?: string; note?: string | null }): void {
  const { sql, params } = updateClause({ name: fields.name, name_key: fields.nameKey, note: fields.note });
  db.prepare(`UPDATE report_versions SET ${sql} WHERE id = @id`).run({ ...params, id });
}

export function deleteVersion(db: Db, id: string): void {
  db.prepare('DELETE FROM report_versions WHERE id = ?').run(id);
}

// ---- Agreements ---------------------------------------------------------------------------

interface AgreementRow {
  id: string;
  investigationId: string;
  versionId: string;
  versionName: string;
  agreedOn: string;
  membersPresent: string;
  dissentsNoted: string;
  note: string | null;
  authorId: string;
  authorName: string | null;
  createdAt: string;
  updatedAt: string;
}

const AGREEMENT_SELECT = `SELECT a.id, a.investigation_id AS investigationId, a.version_id AS versionId, v.name AS versionName,
    a.agreed_on AS agreedOn, a.members_present AS membersPresent, a.dissents_noted AS dissentsNoted, a.note,
    a.author_id AS authorId, p.name AS authorName, a.created_at AS createdAt, a.updated_at AS updatedAt
  FROM agreements a
  JOIN report_versions v ON v.id = a.version_id
  LEFT JOIN profiles p ON p.id = a.author_id`;

function agreementFromRow(row: AgreementRow): Agreement {
  return {
    ...row,
    membersPresent: JSON.parse(row.membersPresent) as AgreedMember[],
    dissentsNoted: JSON.parse(row.dissentsNoted) as NotedDissent[],
  };
}

/** Most recent agreement first. */
export function listAgreements(db: Db, investigationId: string): Agreement[] {
  const rows = db.prepare(`${AGREEMENT_SELECT} WHERE a.investigation_id = ? ORDER BY a.agreed_on DESC, a.created_at DESC`).all(investigationId) as AgreementRow[];
  return rows.map(agreementFromRow);
}

export function getAgreement(db: Db, id: string): Agreement | undefined {
  const row = db.prepare(`${AGREEMENT_SELECT} WHERE a.id = ?`).get(id) as AgreementRow | undefined;
  return row && agreementFromRow(row);
}

export function insertAgreement(
  db: Db,
  authorId: string,
  fields: { investigationId: string; versionId: string; agreedOn: string; membersPresent: AgreedMember[]; dissentsNoted: NotedDissent[]; note: string | null },
): string {
  const stamps = freshStamps(authorId);
  db.prepare(
    `INSERT INTO agreements (id, investigation_id, version_id, agreed_on, members_present, dissents_noted, note, author_id, created_at, updated_at)
     VALUES (@id, @investigation_id, @version_id, @agreed_on, @members_present, @dissents_noted, @note, @author_id, @created_at, @updated_at)`,
  ).run({
    ...stamps,
    investigation_id: fields.investigationId,
    version_id: fields.versionId,
    agreed_on: fields.agreedOn,
    members_present: JSON.stringify(fields.membersPresent),
    dissents_noted: JSON.stringify(fields.dissentsNoted),
    note: fields.note,
  });
  return stamps.id;
}

export function deleteAgreement(db: Db, id: string): void {
  db.prepare('DELETE FROM agreements WHERE id = ?').run(id);
}

/** Who a dissent recorded in the store is by, if it is still there. */
export function objectionMember(db: Db, objectionId: string): string | null {
  return (db.prepare('SELECT member_person_id FROM objections WHERE id = ?').pluck().get(objectionId) as string | undefined) ?? null;
}
