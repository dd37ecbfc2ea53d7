/**
 * The file steps of a restore, shared by the app (backups.restore) and `scrutiny restore`.
 *
 * 1. `stageRestore`: the chosen file is copied beside the store (same disk, so the final step
 *    can be one rename) and the *copy* is checked: a sound store, of a version this app can
 *    open. A refused file never gets further, and the store has not been touched.
 * 2. The caller backs up the store as it is now ("before restore").
 * 3. `swapIn`: makes sure no other program has the store open, folds the store's write-ahead
 *    log into it and removes the -wal/-shm files (a stale log must never be replayed onto the
 *    restored file), then renames the checked copy over the store. The rename is atomic: a crash
 *    leaves the old store or the restored one, whole.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors';
import { fsyncFile, removeDatabaseFiles, renameDurably, sha256File } from './files';
import { readRecord } from './record';
import { checkHeader, inspectStoreFile } from './verify';

export interface StagedRestore {
  /** The checked copy beside the store, waiting to be renamed over it. */
  path: string;
  schemaVersion: number;
}

/** `what` names the file in messages: "The backup of 18 December 2024, 14:05", or its path. */
export async function stageRestore(source: string, storePath: string, what: string): Promise<StagedRestore> {
  if (path.resolve(source) === path.resolve(storePath)) {
    throw new ApiError('invalid_input', 'That file is the store itself, so there is nothing to restore from. Choose a backup.');
  }
  checkHeader(source, what);
  // A backup made by the app carries its checksum: a changed byte anywhere is refused, even one
  // SQLite's integrity check would not notice (inside a quote's text, say).
  const record = readRecord(source);
  if (record && (await sha256File(source)) !== record.sha256) {
    throw new ApiError('invalid_input', `${what} has changed since it was made (its checksum no longer matches), so it is damaged. Choose another backup.`);
  }
  const staged = `${path.resolve(storePath)}.restoring-${randomUUID().slice(0, 8)}`;
  try {
    if (fs.existsSync(`${source}-wal`) && fs.statSync(`${source}-wal`).size > 0) {
      // A store copied with its write-ahead log beside it: the online backup reads both.
      const from = new Database(source, { readonly: true, fileMustExist: true });
      try {
        await from.backup(staged);
      } finally {
        from.close();
      }
    } else {
      fs.copyFileSync(source, staged);
    }
    checkHeader(staged, what);
    // The copy becomes one self-contained file; opening it cannot then depend on companions.
    const copy = new Database(staged, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    const { schemaVersion } = inspectStoreFile(staged, what);
    fsyncFile(staged);
    return { path: staged, schemaVersion };
  } catch (error) {
    removeDatabaseFiles(staged);
    if (error instanceof ApiError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB') throw new ApiError('invalid_input', `${what} is not a Scrutiny Workbench store (it is not an SQLite database).`);
    if (code === 'SQLITE_CORRUPT') throw new ApiError('invalid_input', `${what} is damaged and cannot be read.`);
    if (code === 'ENOSPC') throw new ApiError('store_unavailable', 'There is not enough space on the disk to restore. Free some space and try again; the store is unchanged.');
    throw error;
  }
}

export function discardStaged(staged: StagedRestore): void {
  removeDatabaseFiles(staged.path);
}

/**
 * Refuses when another connection has the store open (another window's backend, `scrutiny
 * serve`, a second copy of the app): replacing the file under it would lose its work or corrupt
 * the store. Changing the journal mode needs the store to itself, so it is the test; it also
 * checkpoints the write-ahead log into the file and deletes the log.
 */
function takeSoleHold(storePath: string): void {
  if (!fs.existsSync(storePath)) return;
  let db: Database.Database | undefined;
  try {
    db = new Database(storePath, { fileMustExist: true });
    db.pragma('busy_timeout = 0');
    db.pragma('journal_mode = DELETE');
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      throw new ApiError(
        'store_unavailable',
        'The store is open in another program (another copy of the workbench, or “scrutiny serve”). Close it, then restore again. Nothing was changed.',
      );
    }
    // A store too damaged to open is exactly what a restore replaces; its files were copied aside first.
  } finally {
    db?.close();
  }
}

/** Puts the staged copy in place of the store. The store must be closed by this process first. */
export function swapIn(staged: StagedRestore, storePath: string): void {
  const target = path.resolve(storePath);
  takeSoleHold(target);
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${target}${suffix}`, { force: true });
  renameDurably(staged.path, target);
}
