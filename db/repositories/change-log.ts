/** The audit trail: who changed what, when. Written in the same transaction as the change. */
import type { ChangeLogEntry } from '../../shared/domain/types';
import { newId, nowIso } from '../ids';
import type { Db } from '../store';

export function recordChange(
  db: Db,
  entry: Omit<ChangeLogEntry, 'id' | 'at'> & { investigationId: string | null },
): void {
  db.prepare(
    `INSERT INTO change_log (id, at, author_id, entity, entity_id, action, summary, investigation_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(newId(), nowIso(), entry.authorId, entry.entity, entry.entityId, entry.action, entry.summary, entry.investigationId);
}

export function listChanges(db: Db, limit: number): ChangeLogEntry[] {
  const rows = db
    .prepare(
      `SELECT id, at, author_id, entity, entity_id, action, summary FROM change_log ORDER BY at DESC, id DESC LIMIT ?`,
    )
    .all(limit) as { id: string; at: string; author_id: string; entity: string; entity_id: string; action: ChangeLogEntry['action']; summary: string }[];
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    authorId: row.author_id,
    entity: row.entity,
    entityId: row.entity_id,
    action: row.action,
    summary: row.summary,
  }));
}
