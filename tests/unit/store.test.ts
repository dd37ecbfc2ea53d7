/** The store: opening, refusing what is not ours, migrations, backups, integrity. */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../db/migrations';
import { APPLICATION_ID, checkStore, openStore, openStoreForReading } from '../../db/store';
import { tempDir, tempStorePath } from '../helpers/temp';

async function expectRefused(file: string, pattern: RegExp): Promise<void> {
  const before = fs.readFileSync(file);
  const siblingsBefore = fs.readdirSync(path.dirname(file)).sort();
  const error = await openStore(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).code).toBe('store_unavailable');
  expect((error as ApiError).message).toMatch(pattern);
  // Byte for byte untouched, and no -wal/-shm or backup files left beside it.
  expect(fs.readFileSync(file).equals(before)).toBe(true);
  expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(siblingsBefore);
}

describe('opening a store', () => {
  it('creates a new store in WAL mode with foreign keys on and every migration applied', async () => {
    const store = await openStore(tempStorePath());
    try {
      expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(store.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      const versions = store.db.prepare('SELECT version FROM schema_migrations ORDER BY version').all();
      expect(versions).toEqual(MIGRATIONS.map((m) => ({ version: m.version })));
      const check = checkStore(store);
      expect(check).toMatchObject({ ok: true, integrity: ['ok'], foreignKeyViolations: 0, schemaVersion: LATEST_SCHEMA_VERSION, pendingMigrations: [], fts5: true });
    } finally {
      store.close();
    }
  });

  it('reopens an existing store without migrating again', async () => {
    const file = tempStorePath();
    (await openStore(file)).close();
    const store = await openStore(file);
    expect(checkStore(store).pendingMigrations).toEqual([]);
    store.close();
    expect(fs.existsSync(path.join(path.dirname(file), 'backups'))).toBe(false);
  });

  it('covers the whole domain in the first schema', async () => {
    const store = await openStore(tempStorePath());
    const tables = (store.db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).all() as { name: string }[]).map((r) => r.name);
    store.close();
    for (const table of [
      'committees', 'people', 'committee_members', 'secretariat_contacts', 'investigations', 'terms_of_reference',
      'meetings', 'panels', 'participants', 'transcripts', 'transcript_pages', 'speaker_turns', 'attachments',
      'sources', 'footnotes', 'citations', 'quotes', 'tags', 'quote_tags', 'indicators', 'observations',
      'chapters', 'sections', 'blocks', 'recommendations', 'recommendation_parts', 'objections', 'change_log', 'profiles',
    ]) {
      expect(tables).toContain(table);
    }
  });

  it('gives every travelling row a stable id, an author and created/updated stamps', async () => {
    const store = await openStore(tempStorePath());
    // Local or derived tables: rebuilt from travelling rows (or files), never merged themselves.
    // Local bookkeeping that never travels (the sync tables are the clocks and tombstones of merging).
    const local = new Set(['store_info', 'schema_migrations', 'attachments', 'transcript_pages', 'speaker_turns', 'transcript_segments', 'change_log', 'profiles',
      'sync_clock', 'sync_rows', 'sync_fields', 'sync_tombstones', 'sync_authors', 'merge_conflicts']);
    const tables = (store.db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[])
      .map((r) => r.name)
      .filter((name) => !local.has(name) && !name.startsWith('search_index'));
    for (const table of tables) {
      const columns = (store.db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name);
      expect(columns, table).toEqual(expect.arrayContaining(['id', 'author_id', 'created_at', 'updated_at']));
    }
    store.close();
  });

  it('refuses a file that is not an SQLite database, leaving it untouched', async () => {
    const file = path.join(tempDir(), 'notes.db');
    fs.writeFileSync(file, 'These are my meeting notes, not a database.\n'.repeat(20));
    await expectRefused(file, /not a Scrutiny Workbench store/);
  });

  it('refuses random bytes and an empty file', async () => {
    const dir = tempDir();
    const random = path.join(dir, 'random.db');
    fs.writeFileSync(random, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 256)));
    await expectRefused(random, /not a Scrutiny Workbench store/);
    const empty = path.join(dir, 'empty.db');
    fs.writeFileSync(empty, '');
    await expectRefused(empty, /empty/);
  });

  it('refuses a truncated store, leaving it untouched', async () => {
    const file = tempStorePath();
    const store = await openStore(file);
    // Fill a few pages so truncation cuts real data.
    store.db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) INSERT INTO store_info (key, value) SELECT 'k' || i, hex(randomblob(500)) FROM n`);
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    store.db.pragma('journal_mode = DELETE');
    store.close();
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectRefused(file, /damaged/);
  });

  it('refuses a corrupt store whose pages are garbage, leaving it untouched', async () => {
    const file = tempStorePath();
    const store = await openStore(file);
    store.db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) INSERT INTO store_info (key, value) SELECT 'k' || i, hex(randomblob(500)) FROM n`);
    store.db.pragma('journal_mode = DELETE');
    store.close();
    const bytes = fs.readFileSync(file);
    for (let i = 4096 * 2; i < bytes.length; i += 1) bytes[i] = 0xa5;
    fs.writeFileSync(file, bytes);
    await expectRefused(file, /damaged|could not be read/);
  });

  it('refuses another program’s SQLite database', async () => {
    const file = path.join(tempDir(), 'other.sqlite');
    const other = new Database(file);
    other.exec('CREATE TABLE recipes (name TEXT)');
    other.close();
    await expectRefused(file, /not a Scrutiny Workbench store/);
  });

  it('refuses a store written by a newer version, naming both versions', async () => {
    const file = tempStorePath();
    const store = await openStore(file);
    store.db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(LATEST_SCHEMA_VERSION + 5, 'from the future', new Date().toISOString());
    store.db.pragma('journal_mode = DELETE');
    store.close();
    const newer = LATEST_SCHEMA_VERSION + 5;
    await expectRefused(file, new RegExp(`version ${newer}.*up to version ${LATEST_SCHEMA_VERSION}`));
  });

  it('backs up an older store before migrating it, and the backup opens', async () => {
    const file = tempStorePath();
    const store = await openStore(file);
    store.db.prepare(`INSERT INTO store_info (key, value) VALUES ('marker', 'before migration')`).run();
    // Pretend the last migration has not run yet: remove its record.
    store.db.prepare('DELETE FROM schema_migrations WHERE version = ?').run(LATEST_SCHEMA_VERSION);
    store.close();
    const migrations = MIGRATIONS as unknown as { version: number; name: string; sql: string }[];
    // Swap in a harmless stand-in for the "pending" migration so it can run again.
    const original = migrations[LATEST_SCHEMA_VERSION - 1]!;
    migrations[LATEST_SCHEMA_VERSION - 1] = { ...original, sql: `INSERT INTO store_info (key, value) VALUES ('migrated', 'yes');` };
    try {
      const reopened = await openStore(file);
      expect(reopened.db.prepare(`SELECT value FROM store_info WHERE key = 'migrated'`).get()).toEqual({ value: 'yes' });
      reopened.close();
    } finally {
      migrations[LATEST_SCHEMA_VERSION - 1] = original;
    }
    const backups = fs.readdirSync(path.join(path.dirname(file), 'backups'));
    expect(backups).toHaveLength(1);
    const copy = new Database(path.join(path.dirname(file), 'backups', backups[0]!), { readonly: true });
    expect(copy.prepare(`SELECT value FROM store_info WHERE key = 'marker'`).get()).toEqual({ value: 'before migration' });
    expect(copy.prepare(`SELECT count(*) AS n FROM store_info WHERE key = 'migrated'`).get()).toEqual({ n: 0 });
    copy.close();
  });

  it('rolls back a migration that fails, leaving the version where it was', async () => {
    const file = tempStorePath();
    (await openStore(file)).close();
    const migrations = MIGRATIONS as unknown as { version: number; name: string; sql: string }[];
    migrations.push({ version: LATEST_SCHEMA_VERSION + 1, name: 'broken', sql: `CREATE TABLE half_done (x INTEGER); INSERT INTO no_such_table VALUES (1);` });
    try {
      await expect(openStore(file)).rejects.toThrow(/no_such_table/);
    } finally {
      migrations.pop();
    }
    const db = new Database(file, { readonly: true });
    expect(db.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half_done'`).get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT max(version) AS v FROM schema_migrations').get()).toEqual({ v: LATEST_SCHEMA_VERSION });
    db.close();
  });
});

describe('opening a store only to read it (the CLI’s Word export)', () => {
  it('reads an up-to-date store, and cannot write to it', async () => {
    const file = tempStorePath();
    const store = await openStore(file);
    store.db.prepare(`INSERT INTO store_info (key, value) VALUES ('marker', 'kept')`).run();
    store.close();
    const reading = openStoreForReading(file)!;
    try {
      expect(reading.db.prepare(`SELECT value FROM store_info WHERE key = 'marker'`).get()).toEqual({ value: 'kept' });
      expect(() => reading.db.prepare(`INSERT INTO store_info (key, value) VALUES ('x', 'y')`).run()).toThrow(/readonly/);
    } finally {
      reading.close();
    }
  });

  it('answers null for a store that does not exist yet or must be migrated first, changing nothing', async () => {
    expect(openStoreForReading(path.join(tempDir(), 'none.db'))).toBeNull();
    const file = tempStorePath();
    const store = await openStore(file);
    store.db.prepare('DELETE FROM schema_migrations WHERE version = ?').run(LATEST_SCHEMA_VERSION);
    store.db.pragma('journal_mode = DELETE');
    store.close();
    const before = fs.readFileSync(file);
    expect(openStoreForReading(file)).toBeNull();
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
  });

  it('refuses what is not a store, or is newer, as opening does', async () => {
    const notStore = path.join(tempDir(), 'notes.db');
    fs.writeFileSync(notStore, 'plain text, not SQLite');
    expect(() => openStoreForReading(notStore)).toThrow(/not a Scrutiny Workbench store/);
    const other = path.join(tempDir(), 'other.sqlite');
    const db = new Database(other);
    db.exec('CREATE TABLE recipes (name TEXT)');
    db.close();
    expect(() => openStoreForReading(other)).toThrow(/not a Scrutiny Workbench store/);
    const file = tempStorePath();
    const store = await openStore(file);
    store.db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(LATEST_SCHEMA_VERSION + 1, 'from the future', new Date().toISOString());
    store.close();
    expect(() => openStoreForReading(file)).toThrow(/newer version/);
  });
});
