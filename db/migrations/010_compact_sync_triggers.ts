/**
 * Migration 10: migration 8's sync triggers, written compactly.
 *
 * SQLite parses the whole schema, trigger bodies included, the first time a connection uses the
 * store. Migration 8's update triggers repeated the clock and author expressions for every
 * column: 207 KB of SQL, three quarters of the schema, read by every process that opens a store
 * (about 7 ms of a one-shot command such as `scrutiny export docx`). The triggers write exactly
 * what they wrote before (tests/integration/sync-triggers.test.ts), from less SQL:
 * - the view `sync_stamp` gives the store's current stamp and author, once;
 * - an update trigger writes the clocks of all the columns that changed with one INSERT, over a
 *   VALUES list of (column, changed) pairs.
 *
 * A later migration that adds a column to a synced table recreates that table's update trigger
 * with `updateTriggerSql` (and adds the column to SYNCED_COLUMNS).
 */
import { AUTHOR, LIVE, SYNCED_COLUMNS, TICK } from './008_sync';
import type { Migration } from './types';

const STAMP_VIEW = `
CREATE VIEW sync_stamp AS
  SELECT wall || '-' || printf('%08d', counter) || '-' || author_id AS hlc, author_id
  FROM sync_clock, (SELECT ${AUTHOR} AS author_id)
  WHERE id = 1;`;

/**
 * The update trigger of one synced table: a clock for each column that changed. The clock keeps
 * as its base the one it replaces when the last edit was someone else's (a merge compares them).
 */
export function updateTriggerSql(table: string, columns: readonly string[]): string {
  const changed = columns.map((column) => `('${column}', OLD.${column} IS NOT NEW.${column})`).join(', ');
  return `
DROP TRIGGER IF EXISTS sync_${table}_au;
CREATE TRIGGER sync_${table}_au AFTER UPDATE ON ${table} WHEN ${LIVE} BEGIN
  ${TICK}
  INSERT INTO sync_fields (table_name, row_id, field, hlc, base_hlc, author_id)
    SELECT '${table}', NEW.id, column1, hlc, NULL, author_id FROM sync_stamp, (VALUES ${changed}) WHERE column2
    ON CONFLICT (table_name, row_id, field) DO UPDATE SET
      base_hlc = CASE WHEN sync_fields.author_id = excluded.author_id THEN sync_fields.base_hlc ELSE sync_fields.hlc END,
      hlc = excluded.hlc, author_id = excluded.author_id;
END;`;
}

/** The insert and delete triggers of one synced table (the delete's clean-up trigger is unchanged). */
function insertAndDeleteTriggersSql(table: string): string {
  return `
DROP TRIGGER sync_${table}_ai;
CREATE TRIGGER sync_${table}_ai AFTER INSERT ON ${table} WHEN ${LIVE} BEGIN
  ${TICK}
  INSERT INTO sync_rows (table_name, row_id, hlc, author_id) SELECT '${table}', NEW.id, hlc, author_id FROM sync_stamp WHERE true
    ON CONFLICT (table_name, row_id) DO UPDATE SET hlc = excluded.hlc, author_id = excluded.author_id;
  DELETE FROM sync_fields WHERE table_name = '${table}' AND row_id = NEW.id;
  DELETE FROM sync_tombstones WHERE table_name = '${table}' AND row_id = NEW.id;
END;
DROP TRIGGER sync_${table}_ad;
CREATE TRIGGER sync_${table}_ad AFTER DELETE ON ${table} WHEN ${LIVE} BEGIN
  ${TICK}
  INSERT INTO sync_tombstones (table_name, row_id, hlc, author_id) SELECT '${table}', OLD.id, hlc, author_id FROM sync_stamp WHERE true
    ON CONFLICT (table_name, row_id) DO NOTHING;
END;`;
}

export const migration010: Migration = {
  version: 10,
  name: 'compact sync triggers',
  sql: `${STAMP_VIEW}
${Object.entries(SYNCED_COLUMNS)
  .map(([table, columns]) => `${insertAndDeleteTriggersSql(table)}${updateTriggerSql(table, columns)}`)
  .join('\n')}
`,
};
