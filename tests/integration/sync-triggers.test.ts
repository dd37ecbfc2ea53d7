/**
 * Migration 10 rewrote the sync triggers of migration 8 in a fifth of the SQL (SQLite parses it
 * all whenever a store is opened). These tests hold it to writing exactly the clocks the old
 * triggers wrote: the same workload runs on the sample in a store stopped at version 9 and in
 * one at version 10, and their clock tables must match, stamps compared by their order.
 */
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../backend';
import type { Db } from '../../db/store';
import { MIGRATIONS } from '../../db/migrations';
import { SYNCED_COLUMNS } from '../../db/migrations/008_sync';
import { tempStorePath } from '../helpers/temp';

type Row = Record<string, unknown>;

const firstId = (db: Db, table: string) => (db.prepare(`SELECT id FROM ${table} ORDER BY rowid LIMIT 1`).get() as { id: string } | undefined)?.id;
const setAuthor = (db: Db, author: string) => db.prepare(`UPDATE store_info SET value = ? WHERE key = 'current_profile_id'`).run(author);

/**
 * Writes that exercise every kind of sync trigger, as the app's own statements would. Answers
 * the tables whose update trigger it ran (every one with a row).
 */
function workload(db: Db): string[] {
  setAuthor(db, 'alice');
  const updated: string[] = [];
  for (const [table, columns] of Object.entries(SYNCED_COLUMNS)) {
    const id = firstId(db, table);
    if (id === undefined) continue;
    updated.push(table);
    // Every column set to itself: a tick, but no clock for any field.
    db.prepare(`UPDATE ${table} SET ${columns.map((c) => `${c} = ${c}`).join(', ')} WHERE id = ?`).run(id);
    // One column changed: one clock.
    db.prepare(`UPDATE ${table} SET created_at = created_at || '.' WHERE id = ?`).run(id);
  }
  const tag = firstId(db, 'tags')!;
  db.prepare(`UPDATE tags SET name = name || ' (a)', colour = '#123456' WHERE id = ?`).run(tag);
  // Someone else's edit keeps the clock it overwrote as its base; their next edit keeps that base.
  setAuthor(db, 'bob');
  db.prepare(`UPDATE tags SET name = name || ' (b)' WHERE id = ?`).run(tag);
  db.prepare(`UPDATE tags SET name = name || ' (b2)' WHERE id = ?`).run(tag);
  // Inserted and deleted rows (the delete cascades to the quote's tags).
  db.prepare(`INSERT INTO people (id, full_name, author_id, created_at, updated_at) VALUES ('p-new', 'New Person', 'bob', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`).run();
  db.prepare(`UPDATE people SET full_name = 'Renamed' WHERE id = 'p-new'`).run();
  db.prepare('DELETE FROM quotes WHERE id = ?').run(firstId(db, 'quotes'));
  db.prepare(`DELETE FROM people WHERE id = 'p-new'`).run();
  // Re-created after its deletion: the tombstone goes.
  db.prepare(`INSERT INTO people (id, full_name, author_id, created_at, updated_at) VALUES ('p-new', 'Back Again', 'bob', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`).run();
  // While a merge applies rows, nothing is stamped.
  db.prepare('UPDATE sync_clock SET applying = 1 WHERE id = 1').run();
  db.prepare(`UPDATE tags SET name = 'merged' WHERE id = ?`).run(tag);
  db.prepare('UPDATE sync_clock SET applying = 0 WHERE id = 1').run();
  return updated;
}

/**
 * The clock tables, comparable between two stores: each stamp replaced by its place in the order
 * of all stamps, and each row id (many are random) by its table and the place of its creation
 * stamp, and the store's own profile (a new one in each store) by "the clerk". Every write ticks
 * the clock, so these places are the same for the same writes.
 */
function clocks(db: Db, clerk: string): { rows: Row[]; fields: Row[]; tombstones: Row[] } {
  const rows = db.prepare('SELECT table_name, row_id, hlc, author_id FROM sync_rows').all() as Row[];
  const fields = db.prepare('SELECT table_name, row_id, field, hlc, base_hlc, author_id FROM sync_fields').all() as Row[];
  const tombstones = db.prepare('SELECT table_name, row_id, hlc, author_id FROM sync_tombstones').all() as Row[];
  const stamps = [...new Set([...rows, ...fields, ...tombstones].flatMap((r) => [r.hlc, r.base_hlc]).filter((s): s is string => typeof s === 'string'))].sort();
  const rank = (stamp: unknown) => (typeof stamp === 'string' ? stamps.indexOf(stamp) : stamp);
  const rowName = new Map(rows.map((r) => [r.row_id, `created at ${rank(r.hlc)}`]));
  const text = (value: unknown) => String(value ?? '');
  const comparable = (list: Row[]): Row[] =>
    list
      .map((r): Row => ({
        ...r,
        author_id: r.author_id === clerk ? 'the clerk' : r.author_id,
        row_id: rowName.get(r.row_id) ?? 'deleted',
        hlc: rank(r.hlc),
        ...('base_hlc' in r ? { base_hlc: rank(r.base_hlc) } : {}),
      }))
      .sort((a, b) => Number(a.hlc) - Number(b.hlc) || [a.table_name, a.row_id, a.field].map(text).join('/').localeCompare([b.table_name, b.row_id, b.field].map(text).join('/')));
  return { rows: comparable(rows), fields: comparable(fields), tombstones: comparable(tombstones) };
}

/** The sample loaded and the workload run in a store at `schemaVersion`, and its clocks. */
async function clocksAtVersion(schemaVersion: number) {
  const migrations = MIGRATIONS as unknown as unknown[];
  const later = migrations.splice(schemaVersion);
  try {
    const backend = await createBackend({ storePath: tempStorePath(), backups: { onStart: false, checkEveryMs: 0 } });
    try {
      const { client } = backend;
      const { investigationId } = await client.call('sample.load', {});
      // The sample has no saved version or agreement: one of each, so that their triggers run too.
      const draft = await client.call('versions.save', { investigationId, name: 'Chairman’s draft' });
      const { db } = backend.store;
      const clerk = (db.prepare(`SELECT value FROM store_info WHERE key = 'current_profile_id'`).get() as { value: string }).value;
      const member = db.prepare('SELECT person_id AS id FROM committee_members ORDER BY rowid LIMIT 1').get() as { id: string };
      await client.call('agreements.record', { versionId: draft.id, agreedOn: '2025-03-04', memberIds: [member.id] });
      expect(db.prepare('SELECT max(version) AS v FROM schema_migrations').get()).toEqual({ v: schemaVersion });
      const updated = workload(db);
      const schemaBytes = (db.prepare('SELECT sum(length(sql)) AS n FROM sqlite_schema').get() as { n: number }).n;
      return { clocks: clocks(db, clerk), updated, schemaBytes };
    } finally {
      await backend.close();
    }
  } finally {
    migrations.push(...later);
  }
}

describe('the compact sync triggers (migration 10)', () => {
  it('write the same clocks as migration 8’s, from far less SQL', async () => {
    const before = await clocksAtVersion(9);
    const after = await clocksAtVersion(10);
    // Every table's update trigger ran but the charts' (a chart needs a rendered image).
    expect(after.updated).toEqual(Object.keys(SYNCED_COLUMNS).filter((table) => table !== 'figures'));
    expect(after.clocks.tombstones.length).toBeGreaterThan(0);
    expect(after.clocks).toEqual(before.clocks);
    // The workload's own clocks, as a sanity check of the comparison: bob's second edit of the
    // tag's name keeps alice's clock as its base.
    const tagName = after.clocks.fields.filter((f) => f.table_name === 'tags' && f.field === 'name' && f.author_id === 'bob');
    expect(tagName).toHaveLength(1);
    expect(tagName[0]!.base_hlc).not.toBeNull();
    expect(after.schemaBytes).toBeLessThan(before.schemaBytes / 2);
  });
});
