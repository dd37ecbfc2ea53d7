/** Investigations and their terms of reference. */
import type { Investigation, InvestigationStatus, InvestigationSummary } from '../../shared/domain/types';
import type { Db } from '../store';
import { freshStamps, updateClause } from './stamps';

interface InvestigationRow {
  id: string;
  committee_id: string;
  title: string;
  status: InvestigationStatus;
  started_on: string | null;
  published_on: string | null;
  summary: string;
  is_sample: number;
  updated_at: string;
}

export function listInvestigations(db: Db): InvestigationSummary[] {
  const rows = db
    .prepare(
      `SELECT i.id, i.title, i.status, i.started_on, i.published_on, i.is_sample, c.name AS committee_name,
         (SELECT count(*) FROM committee_members m WHERE m.committee_id = i.committee_id) AS member_count,
         (SELECT count(*) FROM meetings x WHERE x.investigation_id = i.id) AS meeting_count,
         (SELECT count(*) FROM recommendations r WHERE r.investigation_id = i.id) AS recommendation_count
       FROM investigations i JOIN committees c ON c.id = i.committee_id
       ORDER BY i.updated_at DESC`,
    )
    .all() as (InvestigationRow & {
    committee_name: string;
    member_count: number;
    meeting_count: number;
    recommendation_count: number;
  })[];
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    committeeName: row.committee_name,
    status: row.status,
    startedOn: row.started_on,
    publishedOn: row.published_on,
    memberCount: row.member_count,
    meetingCount: row.meeting_count,
    recommendationCount: row.recommendation_count,
    isSample: row.is_sample === 1,
  }));
}

export function getInvestigation(db: Db, id: string): Investigation | undefined {
  const row = db
    .prepare(
      `SELECT id, committee_id, title, status, started_on, published_on, summary, is_sample, updated_at
       FROM investigations WHERE id = ?`,
    )
    .get(id) as InvestigationRow | undefined;
  if (!row) return undefined;
  return {
    id: row.id,
    committeeId: row.committee_id,
    title: row.title,
    status: row.status,
    startedOn: row.started_on,
    publishedOn: row.published_on,
    summary: row.summary,
    isSample: row.is_sample === 1,
    updatedAt: row.updated_at,
    termsOfReference: listTermsOfReference(db, id),
  };
}

export interface InvestigationFields {
  committeeId: string;
  title: string;
  status?: InvestigationStatus;
  startedOn?: string | null;
  publishedOn?: string | null;
  summary?: string;
  isSample?: boolean;
}

export function insertInvestigation(db: Db, authorId: string, fields: InvestigationFields, id?: string): string {
  const stamps = freshStamps(authorId, id);
  db.prepare(
    `INSERT INTO investigations (id, committee_id, title, status, started_on, published_on, summary, is_sample,
       author_id, created_at, updated_at)
     VALUES (@id, @committee_id, @title, @status, @started_on, @published_on, @summary, @is_sample,
       @author_id, @created_at, @updated_at)`,
  ).run({
    ...stamps,
    committee_id: fields.committeeId,
    title: fields.title,
    status: fields.status ?? 'scoping',
    started_on: fields.startedOn ?? null,
    published_on: fields.publishedOn ?? null,
    summary: fields.summary ?? '',
    is_sample: fields.isSample ? 1 : 0,
  });
  return stamps.id;
}

export function updateInvestigation(
  db: Db,
  id: string,
  fields: Partial<Pick<InvestigationFields, 'title' | 'status' | 'startedOn' | 'publishedOn' | 'summary'>>,
): void {
  const { sql, params } = updateClause({
    title: fields.title,
    status: fields.status,
    started_on: fields.startedOn,
    published_on: fields.publishedOn,
    summary: fields.summary,
  });
  db.prepare(`UPDATE investigations SET ${sql} WHERE id = @id`).run({ ...params, id });
}

export function deleteInvestigation(db: Db, id: string): void {
  db.prepare('DELETE FROM investigations WHERE id = ?').run(id);
}

export function listTermsOfReference(db: Db, investigationId: string): string[] {
  return (
    db
      .prepare('SELECT text FROM terms_of_reference WHERE investigation_id = ? ORDER BY position')
      .all(investigationId) as { text: string }[]
  ).map((row) => row.text);
}

/**
 * Replaces the terms of reference with a new ordered list. Unchanged terms keep their ids (and
 * so their history); changed or new ones get new rows.
 */
export function replaceTermsOfReference(db: Db, authorId: string, investigationId: string, terms: string[], ids?: string[]): void {
  const existing = db
    .prepare('SELECT id, text FROM terms_of_reference WHERE investigation_id = ?')
    .all(investigationId) as { id: string; text: string }[];
  const byText = new Map(existing.map((row) => [row.text, row.id]));
  const keep = new Set<string>();
  const reposition = db.prepare('UPDATE terms_of_reference SET position = ?, updated_at = ? WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO terms_of_reference (id, investigation_id, position, text, author_id, created_at, updated_at)
     VALUES (@id, @investigation_id, @position, @text, @author_id, @created_at, @updated_at)`,
  );
  terms.forEach((text, position) => {
    const existingId = byText.get(text);
    if (existingId && !keep.has(existingId)) {
      keep.add(existingId);
      reposition.run(position, new Date().toISOString(), existingId);
    } else {
      const stamps = freshStamps(authorId, ids?.[position]);
      keep.add(stamps.id);
      insert.run({ ...stamps, investigation_id: investigationId, position, text });
    }
  });
  const remove = db.prepare('DELETE FROM terms_of_reference WHERE id = ?');
  for (const row of existing) if (!keep.has(row.id)) remove.run(row.id);
}
