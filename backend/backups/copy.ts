/**
 * One verified copy of an open store, written crash-safely.
 *
 * SQLite's online backup copies the store page by page while it stays open; writes made through
 * the same connection during the copy are carried into it. The copy is written as
 * `<target>.partial`, made a single self-contained file (no -wal/-shm companions to lose),
 * reopened read-only and integrity-checked, checksummed, flushed to disk, and only then renamed
 * to its real name. A crash at any moment leaves either no backup or a whole, checked one.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from '../../db/store';
import { ApiError } from '../../shared/api/errors';
import { fsyncFile, removeDatabaseFiles, renameDurably, sha256File } from './files';
import { PARTIAL_SUFFIX } from './naming';
import { inspectStoreFile } from './verify';

export interface VerifiedCopy {
  path: string;
  bytes: number;
  sha256: string;
  schemaVersion: number;
}

function diskProblem(error: unknown): ApiError | null {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return new ApiError('store_unavailable', 'The backup could not be written because the disk is full. The store itself is unchanged.');
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN') {
    return new ApiError('store_unavailable', 'The backup could not be written because its folder cannot be written to. The store itself is unchanged.');
  }
  return null;
}

export async function writeVerifiedCopy(db: Db, target: string): Promise<VerifiedCopy> {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}${PARTIAL_SUFFIX}`;
  removeDatabaseFiles(partial);
  try {
    await db.backup(partial);
    const copy = new Database(partial, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    let facts;
    try {
      facts = inspectStoreFile(partial, 'The new backup');
    } catch (error) {
      const problem = error instanceof ApiError ? error.message : String(error);
      throw new ApiError('store_unavailable', `${problem} It was not kept; the store itself is unchanged. Run “Check store integrity”.`);
    }
    const sha256 = await sha256File(partial);
    fsyncFile(partial);
    renameDurably(partial, target);
    return { path: target, bytes: fs.statSync(target).size, sha256, schemaVersion: facts.schemaVersion };
  } catch (error) {
    removeDatabaseFiles(partial);
    throw diskProblem(error) ?? error;
  }
}
