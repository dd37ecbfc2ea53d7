/**
 * Is this file a sound store that this version of the app can open? Used on every backup as it is
 * made (the copy is reopened read-only and checked), before a restore, and by a later check.
 *
 * It never writes to the file it checks: it reads the header itself, then opens the file
 * read-only and runs SQLite's full integrity check through `checkStore`, as `scrutiny check` does.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { APPLICATION_ID, checkStore, type Db, type Store } from '../../db/store';
import { ApiError } from '../../shared/api/errors';
import type { StoreCheck } from '../../shared/domain/types';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export interface StoreFileFacts {
  schemaVersion: number;
  check: StoreCheck;
}

/** A problem with the file itself, worded for a clerk; `what` names it ("The backup …"). */
function refused(message: string): ApiError {
  return new ApiError('invalid_input', message);
}

/** Reads the header without SQLite, so a file that is not a database is refused before SQLite opens it. */
export function checkHeader(file: string, what: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw refused(`${what} could not be found.`);
  }
  if (!stat.isFile()) throw refused(`${what} is not a file.`);
  if (stat.size === 0) throw refused(`${what} is empty, so it is not a Scrutiny Workbench store.`);
  const header = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  let read: number;
  try {
    read = fs.readSync(fd, header, 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (read < 100 || !header.subarray(0, 16).equals(SQLITE_MAGIC)) {
    throw refused(`${what} is not a Scrutiny Workbench store (it is not an SQLite database).`);
  }
  const pageSize = header.readUInt16BE(16) === 1 ? 65536 : header.readUInt16BE(16);
  const pageCount = header.readUInt32BE(28);
  // The page count in the header is only valid when its "version-valid-for" matches the change counter.
  if (header.readUInt32BE(24) === header.readUInt32BE(92) && pageCount > 0 && stat.size < pageSize * pageCount) {
    throw refused(`${what} is damaged: it is shorter than its own header says, so it was probably cut off while being copied.`);
  }
}

function readOnlyStore(db: Db, file: string): Store {
  return {
    db,
    path: file,
    transaction: () => {
      throw new Error('A store opened for checking is read-only.');
    },
    close: () => db.close(),
  };
}

/**
 * Checks `file` and returns its schema version and the check's details, or throws an ApiError
 * whose message begins with `what` and says plainly what is wrong.
 */
export function inspectStoreFile(file: string, what: string): StoreFileFacts {
  checkHeader(file, what);
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const hasTables = (db.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'`).get() as { n: number }).n > 0;
    if (!hasTables || db.pragma('application_id', { simple: true }) !== APPLICATION_ID) {
      throw refused(`${what} is an SQLite database, but not a Scrutiny Workbench store.`);
    }
    if (!db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'`).get()) {
      throw refused(`${what} is not a complete Scrutiny Workbench store (it has no record of its version).`);
    }
    const schemaVersion = (db.prepare('SELECT ifnull(max(version), 0) AS v FROM schema_migrations').get() as { v: number }).v;
    if (schemaVersion > LATEST_SCHEMA_VERSION) {
      throw refused(
        `${what} was made by a newer version of Scrutiny Workbench (store version ${schemaVersion}; this app understands up to version ${LATEST_SCHEMA_VERSION}). Update the app to use it.`,
      );
    }
    const check = checkStore(readOnlyStore(db, file));
    const integrityOk = check.integrity.length === 1 && check.integrity[0] === 'ok';
    if (!integrityOk) throw refused(`${what} is damaged (SQLite’s integrity check found: ${check.integrity.slice(0, 3).join('; ')}).`);
    if (check.foreignKeyViolations > 0) {
      throw refused(`${what} is damaged: ${check.foreignKeyViolations.toLocaleString('en-GB')} of its records point at records that are missing.`);
    }
    return { schemaVersion, check };
  } catch (error) {
    if (error instanceof ApiError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB') throw refused(`${what} is not a Scrutiny Workbench store (it is not an SQLite database).`);
    if (code === 'SQLITE_CORRUPT') throw refused(`${what} is damaged and cannot be read.`);
    throw refused(`${what} could not be read as a store (${(error as Error).message}).`);
  } finally {
    if (db?.open) db.close();
  }
}
