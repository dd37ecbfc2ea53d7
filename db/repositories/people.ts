/** People: members, guests, secretariat. One row per person, however many roles they hold. */
import type { Person } from '../../shared/domain/types';
import type { Db } from '../store';
import { freshStamps, updateClause } from './stamps';

export interface PersonRow {
  id: string;
  full_name: string;
  honorific: string | null;
  post_nominals: string | null;
  email: string | null;
}

export const PERSON_COLUMNS = 'p.id AS person_id, p.full_name, p.honorific, p.post_nominals, p.email AS person_email';

export interface JoinedPersonRow {
  person_id: string;
  full_name: string;
  honorific: string | null;
  post_nominals: string | null;
  person_email: string | null;
}

export function personFromJoined(row: JoinedPersonRow): Person {
  return {
    id: row.person_id,
    fullName: row.full_name,
    honorific: row.honorific,
    postNominals: row.post_nominals,
    email: row.person_email,
  };
}

export interface PersonFields {
  fullName: string;
  honorific?: string | null;
  postNominals?: string | null;
  email?: string | null;
}

export function insertPerson(db: Db, authorId: string, fields: PersonFields, id?: string): string {
  const stamps = freshStamps(authorId, id);
  db.prepare(
    `INSERT INTO people (id, full_name, honorific, post_nominals, email, author_id, created_at, updated_at)
     VALUES (@id, @full_name, @honorific, @post_nominals, @email, @author_id, @created_at, @updated_at)`,
  ).run({
    ...stamps,
    full_name: fields.fullName,
    honorific: fields.honorific ?? null,
    post_nominals: fields.postNominals ?? null,
    email: fields.email ?? null,
  });
  return stamps.id;
}

export function updatePerson(db: Db, id: string, fields: Partial<PersonFields>): void {
  const { sql, params } = updateClause({
    full_name: fields.fullName,
    honorific: fields.honorific,
    post_nominals: fields.postNominals,
    email: fields.email,
  });
  db.prepare(`UPDATE people SET ${sql} WHERE id = @id`).run({ ...params, id });
}

export function personExists(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM people WHERE id = ?').get(id) !== undefined;
}

/** People no longer referenced anywhere, removed so edits do not leave strays behind. */
export function deletePersonIfUnused(db: Db, id: string): void {
  const used = db
    .prepare(
      `SELECT 1 WHERE EXISTS (SELECT 1 FROM committee_members WHERE person_id = @id)
         OR EXISTS (SELECT 1 FROM secretariat_contacts WHERE person_id = @id)
         OR EXISTS (SELECT 1 FROM participants WHERE person_id = @id)
         OR EXISTS (SELECT 1 FROM objections WHERE member_person_id = @id)
         OR EXISTS (SELECT 1 FROM speaker_turns WHERE person_id = @id)
         OR EXISTS (SELECT 1 FROM quotes WHERE person_id = @id)
         OR EXISTS (SELECT 1 FROM profiles WHERE person_id = @id)`,
    )
    .get({ id });
  if (!used) db.prepare('DELETE FROM people WHERE id = ?').run(id);
}
