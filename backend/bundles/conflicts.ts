/**
 * The list of merge conflicts the clerk reviews, and reversing one: the value that lost is put
 * back as a new edit by the current profile (so it travels in the next bundle like any edit, and
 * wins everywhere), and the conflict is marked resolved.
 */
import type { Db } from '../../db/store';
import { SYNCED_COLUMNS } from '../../db/migrations/008_sync';
import { recordChange } from '../../db/repositories/change-log';
import { ApiError } from '../../shared/api/errors';
import { recordKindLabel, type MergeConflict } from '../../shared/domain/bundles';

interface ConflictRow {
  id: string;
  investigation_id: string | null;
  table_name: string;
  row_id: string;
  field: string;
  kept_value: string | null;
  kept_hlc: string;
  kept_author_id: string;
  lost_value: string | null;
  lost_hlc: string;
  lost_author_id: string;
  bundle: string;
  resolved: number;
}

const parse = (value: string | null): unknown => (value === null ? null : (JSON.parse(value) as unknown));

/** `where` is written in this module's callers (code), never from input; values are bound. */
export function listConflictsWhere(db: Db, where: string, params: unknown[]): MergeConflict[] {
  const rows = db
    .prepare(
      `SELECT c.*, ifnull(ka.name, ifnull(kp.name, c.kept_author_id)) AS kept_name, ifnull(la.name, ifnull(lp.name, c.lost_author_id)) AS lost_name
       FROM merge_conflicts c
       LEFT JOIN sync_authors ka ON ka.id = c.kept_author_id LEFT JOIN profiles kp ON kp.id = c.kept_author_id
       LEFT JOIN sync_authors la ON la.id = c.lost_author_id LEFT JOIN profiles lp ON lp.id = c.lost_author_id
       WHERE ${where} ORDER BY c.table_name, c.row_id, c.field, c.lost_hlc`,
    )
    .all(...params) as (ConflictRow & { kept_name: string; lost_name: string })[];
  return rows.map((row) => ({
    id: row.id,
    investigationId: row.investigation_id,
    table: row.table_name,
    rowId: row.row_id,
    field: row.field,
    keptValue: parse(row.kept_value),
    keptAuthor: row.kept_name,
    keptAt: row.kept_hlc.slice(0, 24),
    lostValue: parse(row.lost_value),
    lostAuthor: row.lost_name,
    lostAt: row.lost_hlc.slice(0, 24),
    bundle: row.bundle,
    resolved: row.resolved === 1,
  }));
}

export function listConflicts(db: Db, investigationId: string): MergeConflict[] {
  return listConflictsWhere(db, 'c.investigation_id = ?', [investigationId]);
}

export function reverseConflict(db: Db, id: string, authorId: string): MergeConflict {
  const row = db.prepare('SELECT * FROM merge_conflicts WHERE id = ?').get(id) as ConflictRow | undefined;
  if (!row) throw new ApiError('not_found', 'That conflict is no longer listed. Reload the list of conflicts.');
  if (row.resolved === 1) throw new ApiError('conflict', 'That conflict has already been reversed.');
  const columns = SYNCED_COLUMNS[row.table_name];
  // The table and field come from the store, but are checked against code before use in SQL.
  if (!columns || !columns.includes(row.field)) throw new ApiError('internal', 'That conflict names a field the workbench does not merge.');
  const exists = db.prepare(`SELECT 1 FROM ${row.table_name} WHERE id = ?`).get(row.row_id);
  if (!exists) throw new ApiError('not_found', `The ${recordKindLabel(row.table_name)} has since been deleted, so its earlier value cannot be put back.`);
  db.prepare(`UPDATE ${row.table_name} SET ${row.field} = ?, updated_at = ? WHERE id = ?`).run(parse(row.lost_value) as never, new Date().toISOString(), row.row_id);
  db.prepare('UPDATE merge_conflicts SET resolved = 1 WHERE id = ?').run(id);
  recordChange(db, {
    authorId,
    entity: row.table_name,
    entityId: row.row_id,
    action: 'update',
    summary: `Put back the ${row.field.replace(/_/g, ' ')} of a ${recordKindLabel(row.table_name)} that a merge had replaced`,
    investigationId: row.investigation_id,
  });
  return listConflictsWhere(db, 'c.id = ?', [id])[0]!;
}
