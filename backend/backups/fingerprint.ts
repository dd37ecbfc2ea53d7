/**
 * A cheap summary of what a store holds, so an automatic backup is skipped when nothing has
 * changed since the newest backup (restarting the app ten times must not push ten useful
 * backups out of the rotation with ten identical ones).
 *
 * Every user action writes its change-log row in the same transaction (db/repositories/
 * change-log.ts), and that table only grows, so its size and last row move with every action.
 * The people at this computer and the store's own settings are not in the change log, so they
 * are added; the schema version catches a migration.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../../db/store';

export function storeFingerprint(db: Db): string {
  const log = db.prepare('SELECT count(*) AS n, ifnull(max(rowid), 0) AS last FROM change_log').get() as { n: number; last: number };
  const profiles = db.prepare('SELECT count(*) AS n, ifnull(max(updated_at), \'\') AS at FROM profiles').get() as { n: number; at: string };
  const settings = db.prepare(`SELECT ifnull(group_concat(key || '=' || value, char(10)), '') AS s FROM (SELECT key, value FROM store_info WHERE key NOT LIKE 'backups.%' ORDER BY key)`).get() as { s: string };
  const version = db.prepare('SELECT ifnull(max(version), 0) AS v FROM schema_migrations').get() as { v: number };
  return createHash('sha256').update(JSON.stringify([log.n, log.last, profiles.n, profiles.at, settings.s, version.v])).digest('hex');
}

/** A store where nothing has been done yet (no change recorded) is not worth an automatic backup. */
export function hasWork(db: Db): boolean {
  return db.prepare('SELECT 1 FROM change_log LIMIT 1').get() !== undefined;
}
