/**
 * Opening, migrating, checking and backing up the store.
 *
 * The store is one SQLite file. Opening it is careful: a file that is not ours, is truncated or
 * corrupt, or was written by a newer version of the app is refused *before* anything writes to
 * it, so a wrong choice in an Open dialog can never damage a file.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../shared/api/errors';
import type { StoreCheck } from '../shared/domain/types';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { nowIso } from './ids';

export type Db = Database.Database;

/** Marks a SQLite file as a Scrutiny Workbench store ("SCRW"). */
export const APPLICATION_ID = 0x53435257;

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export interface Store {
  readonly db: Db;
  readonly path: string;
  /** Run `fn` as one transaction: all of it is written, or none of it. */
  transaction<T>(fn: () => T): T;
  close(): void;
}

export interface OpenStoreOptions {
  /** Create the file if it does not exist (default true). */
  create?: boolean;
  /** Where automatic pre-migration backups go (default: a `backups` folder beside the store). */
  backupDir?: string;
  /**
   * Makes the backup taken before migrating, named for `reason` (`before-v8`). The backend passes
   * its own so that this backup joins the store's rotation with the others (backend/backups);
   * without one, a verified copy is written to `backupDir`.
   */
  backupBeforeMigration?: (db: Db, reason: string) => Promise<unknown>;
}

function unavailable(message: string): ApiError {
  return new ApiError('store_unavailable', message);
}

/**
 * Reads the file's header without opening it as a database, so that a file that is not a
 * store, or is visibly truncated, is refused without SQLite touching it.
 */
function inspectHeader(file: string): void {
  const name = path.basename(file);
  const stat = fs.statSync(file);
  if (!stat.isFile()) throw unavailable(`${name} is not a file, so it cannot be opened as a store.`);
  if (stat.size === 0) {
    throw unavailable(`${name} is empty. It is not a Scrutiny Workbench store; choose another file or a new name.`);
  }
  const header = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  let read: number;
  try {
    read = fs.readSync(fd, header, 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (read < 100 || !header.subarray(0, 16).equals(SQLITE_MAGIC)) {
    throw unavailable(`${name} is not a Scrutiny Workbench store (it is not an SQLite database). The file was left untouched.`);
  }
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pageCount = header.readUInt32BE(28);
  // The in-header size is only trusted when the "version-valid-for" counter matches the change counter.
  const headerSizeValid = header.readUInt32BE(24) === header.readUInt32BE(92);
  if (headerSizeValid && pageCount > 0 && stat.size < pageSize * pageCount) {
    throw unavailable(
      `${name} is damaged: it is shorter than its own header says (${stat.size} of ${pageSize * pageCount} bytes), so it was probably truncated. The file was left untouched; restore it from a backup.`,
    );
  }
}

interface StoreFacts {
  applicationId: number;
  schemaVersion: number;
  hasTables: boolean;
}

/**
 * What a read-only connection shows the file to be. With `check`, SQLite's quick_check reads the
 * whole file first and a damaged store is refused.
 */
function factsOf(db: Db, name: string, check: boolean): StoreFacts {
  try {
    if (check) {
      const problems = db.pragma('quick_check', { simple: false }) as { quick_check: string }[];
      if (problems.length !== 1 || problems[0]!.quick_check !== 'ok') {
        throw unavailable(`${name} is damaged (SQLite's check failed: ${problems[0]?.quick_check ?? 'unknown'}). The file was left untouched; restore it from a backup.`);
      }
    }
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    const hasTables = (db.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'`).get() as { n: number }).n > 0;
    let schemaVersion = 0;
    const hasMigrations = db
      .prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'`)
      .get();
    if (hasMigrations) {
      schemaVersion = (db.prepare('SELECT ifnull(max(version), 0) AS v FROM schema_migrations').get() as { v: number }).v;
    }
    return { applicationId, schemaVersion, hasTables };
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw unavailable(`${name} could not be read as a store (${(error as Error).message}). The file was left untouched.`);
  }
}

function openReadOnly(file: string): Db {
  try {
    return new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw unavailable(`${path.basename(file)} could not be read as a store (${(error as Error).message}). The file was left untouched.`);
  }
}

/** Opens the file read-only to learn what it is, and checks it is sound. */
function readFacts(file: string): StoreFacts {
  const db = openReadOnly(file);
  try {
    return factsOf(db, path.basename(file), true);
  } finally {
    db.close();
  }
}

function refuseForeignOrNewer(name: string, facts: StoreFacts): void {
  if (facts.hasTables && facts.applicationId !== APPLICATION_ID) {
    throw unavailable(`${name} is an SQLite database, but not a Scrutiny Workbench store. The file was left untouched.`);
  }
  if (facts.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw unavailable(
      `${name} was written by a newer version of Scrutiny Workbench (store version ${facts.schemaVersion}; this app understands up to version ${LATEST_SCHEMA_VERSION}). Update the app to open it. The file was left untouched.`,
    );
  }
}

function storeOver(db: Db, resolved: string): Store {
  return {
    db,
    path: resolved,
    transaction: <T>(fn: () => T): T => db.transaction(fn)(),
    close: () => {
      if (db.open) db.close();
    },
  };
}

function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
}

function pendingMigrations(db: Db): number[] {
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
  );
  return MIGRATIONS.filter((m) => !applied.has(m.version)).map((m) => m.version);
}

function runMigrations(db: Db): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  for (const version of pendingMigrations(db)) {
    const migration = MIGRATIONS[version - 1]!;
    // Each migration and its version bump commit together, or not at all.
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        nowIso(),
      );
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}

/** A backup file name that sorts by time: `store-2025-01-15T10-00-00-000Z-before-v2.db`. */
export function backupFileName(storePath: string, reason: string): string {
  const base = path.basename(storePath, path.extname(storePath));
  const stamp = nowIso().replace(/[:.]/g, '-');
  return `${base}-${stamp}-${reason}.db`;
}

/** Copies an open database with SQLite's online backup, then proves the copy opens and is sound. */
export async function backupTo(db: Db, target: string): Promise<{ path: string; bytes: number }> {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // Written beside the target and renamed into place, so a failed backup never leaves a half file.
  const partial = `${target}.partial`;
  try {
    await db.backup(partial);
    const copy = new Database(partial, { fileMustExist: true });
    try {
      // A backup is a single self-contained file: no -wal/-shm companions to lose in a copy.
      copy.pragma('journal_mode = DELETE');
      const result = copy.pragma('integrity_check', { simple: true });
      if (result !== 'ok') throw unavailable(`The backup copy failed its integrity check (${String(result)}).`);
    } finally {
      copy.close();
    }
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  return { path: target, bytes: fs.statSync(target).size };
}

/**
 * Opens (or creates) a store, refusing anything that is not a sound store of this version or
 * older, backing up before any migration, then migrating forward.
 */
export async function openStore(file: string, options: OpenStoreOptions = {}): Promise<Store> {
  const resolved = path.resolve(file);
  const name = path.basename(resolved);
  const exists = fs.existsSync(resolved);
  if (!exists && options.create === false) {
    throw unavailable(`There is no store at ${resolved}.`);
  }

  let facts: StoreFacts = { applicationId: APPLICATION_ID, schemaVersion: 0, hasTables: false };
  if (exists) {
    inspectHeader(resolved);
    facts = readFacts(resolved);
    refuseForeignOrNewer(name, facts);
  } else {
    fs.mkdirSync(path.dirname(resolved), { recursive: true });
  }

  const db = new Database(resolved);
  try {
    applyPragmas(db);
    if (exists && facts.hasTables && facts.schemaVersion < LATEST_SCHEMA_VERSION) {
      const reason = `before-v${LATEST_SCHEMA_VERSION}`;
      if (options.backupBeforeMigration) {
        await options.backupBeforeMigration(db, reason);
      } else {
        const dir = options.backupDir ?? path.join(path.dirname(resolved), 'backups');
        await backupTo(db, path.join(dir, backupFileName(resolved, reason)));
      }
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
    runMigrations(db);
  } catch (error) {
    db.close();
    throw error;
  }

  return storeOver(db, resolved);
}

/**
 * Opens a store only to read from it, for a one-shot command that changes nothing (the CLI's Word
 * export): a read-only connection, so no write lock, no migration and no start-up backup, and no
 * quick_check of the whole file first (nothing is written that a damaged page could spoil; a read
 * that meets one fails with SQLite's message). Null when the store does not exist yet or must be
 * migrated first: only `openStore`, with its backup, does that.
 */
export function openStoreForReading(file: string): Store | null {
  const resolved = path.resolve(file);
  if (!fs.existsSync(resolved)) return null;
  inspectHeader(resolved);
  const db = openReadOnly(resolved);
  try {
    const facts = factsOf(db, path.basename(resolved), false);
    refuseForeignOrNewer(path.basename(resolved), facts);
    if (!facts.hasTables || facts.schemaVersion < LATEST_SCHEMA_VERSION) {
      db.close();
      return null;
    }
    db.pragma('busy_timeout = 5000');
  } catch (error) {
    db.close();
    throw error;
  }
  return storeOver(db, resolved);
}

/** Integrity, foreign keys, schema version and migration status: what `scrutiny check` prints. */
export function checkStore(store: Store): StoreCheck {
  const { db } = store;
  const integrity = (db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[]).map(
    (row) => row.integrity_check,
  );
  const foreignKeyViolations = (db.pragma('foreign_key_check') as unknown[]).length;
  const schemaVersion = db.prepare('SELECT ifnull(max(version), 0) AS v FROM schema_migrations').get() as { v: number };
  const pending = pendingMigrations(db);
  let fts5 = true;
  try {
    db.exec('CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x); DROP TABLE temp.fts5_probe;');
  } catch {
    fts5 = false;
  }
  const integrityOk = integrity.length === 1 && integrity[0] === 'ok';
  return {
    ok: integrityOk && foreignKeyViolations === 0 && pending.length === 0 && fts5,
    path: store.path,
    integrity,
    foreignKeyViolations,
    schemaVersion: schemaVersion.v,
    appSchemaVersion: LATEST_SCHEMA_VERSION,
    pendingMigrations: pending,
    journalMode: String(db.pragma('journal_mode', { simple: true })),
    fts5,
    sqliteVersion: (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v,
  };
}
