/** Committees, their members and their secretariat. */
import type { Committee, CommitteeMember, MemberRole, SecretariatContact } from '../../shared/domain/types';
import type { Db } from '../store';
import { PERSON_COLUMNS, personFromJoined, type JoinedPersonRow } from './people';
import { freshStamps, updateClause } from './stamps';

interface CommitteeRow {
  id: string;
  name: string;
  body: string;
  description: string;
  member_designation: string | null;
}

export function insertCommittee(
  db: Db,
  authorId: string,
  fields: { name: string; body?: string; description?: string; memberDesignation?: string | null },
  id?: string,
): string {
  const stamps = freshStamps(authorId, id);
  db.prepare(
    `INSERT INTO committees (id, name, body, description, member_designation, author_id, created_at, updated_at)
     VALUES (@id, @name, @body, @description, @member_designation, @author_id, @created_at, @updated_at)`,
  ).run({ ...stamps, name: fields.name, body: fields.body ?? '', description: fields.description ?? '', member_designation: fields.memberDesignation ?? null });
  return stamps.id;
}

export function getCommittee(db: Db, id: string): Committee | undefined {
  const row = db.prepare('SELECT id, name, body, description, member_designation FROM committees WHERE id = ?').get(id) as
    | CommitteeRow
    | undefined;
  return row && { id: row.id, name: row.name, body: row.body, description: row.description, memberDesignation: row.member_designation };
}

export function findCommitteeByName(db: Db, name: string): Committee | undefined {
  const row = db.prepare('SELECT id FROM committees WHERE name = ? COLLATE NOCASE').get(name) as
    | { id: string }
    | undefined;
  return row && getCommittee(db, row.id);
}

type MemberRow = JoinedPersonRow & { id: string; committee_id: string; role: MemberRole; party: string | null };

const MEMBER_SELECT = `SELECT m.id, m.committee_id, m.role, m.party, ${PERSON_COLUMNS}
  FROM committee_members m JOIN people p ON p.id = m.person_id`;

/** Chairman first, then Deputy Chair, then members by name. */
const ROLE_ORDER = `CASE m.role WHEN 'chairman' THEN 0 WHEN 'deputy_chair' THEN 1 ELSE 2 END`;

function memberFromRow(row: MemberRow): CommitteeMember {
  return { id: row.id, committeeId: row.committee_id, role: row.role, party: row.party, person: personFromJoined(row) };
}

export function listMembers(db: Db, committeeId: string): CommitteeMember[] {
  const rows = db
    .prepare(`${MEMBER_SELECT} WHERE m.committee_id = ? ORDER BY ${ROLE_ORDER}, p.full_name COLLATE NOCASE`)
    .all(committeeId) as MemberRow[];
  return rows.map(memberFromRow);
}

export function getMember(db: Db, id: string): CommitteeMember | undefined {
  const row = db.prepare(`${MEMBER_SELECT} WHERE m.id = ?`).get(id) as MemberRow | undefined;
  return row && memberFromRow(row);
}

export function insertMember(
  db: Db,
  authorId: string,
  fields: { committeeId: string; personId: string; role: MemberRole; party?: string | null },
  id?: string,
): string {
  const stamps = freshStamps(authorId, id);
  db.prepare(
    `INSERT INTO committee_members (id, committee_id, person_id, role, party, author_id, created_at, updated_at)
     VALUES (@id, @committee_id, @person_id, @role, @party, @author_id, @created_at, @updated_at)`,
  ).run({ ...stamps, committee_id: fields.committeeId, person_id: fields.personId, role: fields.role, party: fields.party ?? null });
  return stamps.id;
}

export function updateMember(db: Db, id: string, fields: { role?: MemberRole; party?: string | null }): void {
  const { sql, params } = updateClause({ role: fields.role, party: fields.party });
  db.prepare(`UPDATE committee_members SET ${sql} WHERE id = @id`).run({ ...params, id });
}

export function deleteMember(db: Db, id: string): void {
  db.prepare('DELETE FROM committee_members WHERE id = ?').run(id);
}

/** The member currently holding a role that only one person may hold, other than `exceptId`. */
export function memberHoldingRole(db: Db, committeeId: string, role: MemberRole, exceptId?: string): CommitteeMember | undefined {
  const row = db
    .prepare(`${MEMBER_SELECT} WHERE m.committee_id = ? AND m.role = ? AND m.id <> ?`)
    .get(committeeId, role, exceptId ?? '') as MemberRow | undefined;
  return row && memberFromRow(row);
}

type ContactRow = JoinedPersonRow & { id: string; committee_id: string; job_title: string; email: string | null; position: number };

export function listSecretariat(db: Db, committeeId: string): SecretariatContact[] {
  const rows = db
    .prepare(
      `SELECT s.id, s.committee_id, s.job_title, s.email, s.position, ${PERSON_COLUMNS}
       FROM secretariat_contacts s JOIN people p ON p.id = s.person_id
       WHERE s.committee_id = ? ORDER BY s.position`,
    )
    .all(committeeId) as ContactRow[];
  return rows.map((row) => ({
    id: row.id,
    committeeId: row.committee_id,
    jobTitle: row.job_title,
    email: row.email,
    position: row.position,
    person: personFromJoined(row),
  }));
}

export function insertSecretariatContact(
  db: Db,
  authorId: string,
  fields: { committeeId: string; personId: string; jobTitle: string; email: string | null; position: number },
  id?: string,
): string {
  const stamps = freshStamps(authorId, id);
  db.prepare(
    `INSERT INTO secretariat_contacts (id, committee_id, person_id, job_title, email, position, author_id, created_at, updated_at)
     VALUES (@id, @committee_id, @person_id, @job_title, @email, @position, @author_id, @created_at, @updated_at)`,
  ).run({
    ...stamps,
    committee_id: fields.committeeId,
    person_id: fields.personId,
    job_title: fields.jobTitle,
    email: fields.email,
    position: fields.position,
  });
  return stamps.id;
}
