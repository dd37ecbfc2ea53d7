/**
 * Restoring the store from a backup: in the running app (`backups.restore`, the store swapped
 * under a live backend) and from the command line (`scrutiny restore FILE`, no backend, and the
 * current store may be too damaged to open). The file steps are in restore-files.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID, checkStore, openStore, type Store } from '../../db/store';
import { ApiError } from '../../shared/api/errors';
import { formatBackupTime, type BackupEntry, type RestoreResult } from '../../shared/domain/backups';
import type { StoreCheck } from '../../shared/domain/types';
import type { HandlerContext } from '../api/context';
import { discardStaged, stageRestore, swapIn, type StagedRestore } from './restore-files';
import { BackupService } from './service';

/** Opens the store with its pre-migration backup made by (and rotated with) `service`. */
export function openWithBackups(storePath: string, service: BackupService, create = true): Promise<Store> {
  return openStore(storePath, { create, backupBeforeMigration: (db, reason) => service.write(db, reason) });
}

function describeBackup(entry: BackupEntry): string {
  return `The backup of ${formatBackupTime(entry.createdAt)}`;
}

/**
 * Replaces the live store with backup `id` while the backend keeps serving.
 *
 * The backup is checked first, on a copy, before anything else happens. Then, with every other
 * call held at the door (`context.replaceStore`) and every other backup task queued behind this
 * one (`exclusive`), the store as it is now is backed up, closed, swapped for the copy and
 * reopened. Because nothing else runs between the "before restore" copy and the swap, no change
 * acknowledged to anyone can fall between them and be lost.
 */
export async function restoreBackup(context: HandlerContext, id: string): Promise<RestoreResult> {
  const { backups } = context;
  const entry = backups.get(id);
  const staged = await stageRestore(entry.path, context.store.path, describeBackup(entry));
  let safety: BackupEntry | null = null;
  let failure: unknown = null;
  try {
    await context.replaceStore((current) =>
      backups.exclusive(async () => {
        safety = await backups.write(current.db, 'before-restore', { note: `Taken before restoring ${describeBackup(entry).toLowerCase()}.` });
        // How many backups to keep is a choice about this computer, not part of what is restored.
        const keep = backups.keep(current.db);
        current.close();
        const reopen = () => openWithBackups(current.path, backups, false);
        try {
          swapIn(staged, current.path);
        } catch (error) {
          // Nothing was replaced: carry on with the store as it was.
          failure = error;
          return reopen();
        }
        try {
          const restored = await reopen();
          restored.transaction(() => {
            restored.db.prepare(`INSERT OR REPLACE INTO store_info (key, value) VALUES ('backups.keep', ?)`).run(String(keep));
          });
          return restored;
        } catch (error) {
          // The checked copy would not open (the disk failed under it?): put the store back as it
          // was, from the backup just taken, so the clerk is never left without one.
          failure = error;
          const back = await stageRestore(backups.get(safety.id).path, current.path, 'The copy taken before the restore');
          swapIn(back, current.path);
          return reopen();
        }
      }),
    );
  } finally {
    discardStaged(staged);
  }
  if (failure) {
    if (failure instanceof ApiError) throw failure;
    throw new ApiError('store_unavailable', `The backup could not be put in place (${(failure as Error).message}). The store is as it was before.`);
  }
  // `entry` as it was listed: with few backups kept, the "before restore" copy may have rotated it out.
  return { restored: entry, safetyBackup: safety, check: checkStore(context.store) };
}

/**
 * Refuses to replace a file that is not a Scrutiny Workbench store (a wrong `--store`): only a
 * store, sound or damaged, or an empty file may be restored over.
 */
function assertReplaceable(storePath: string): void {
  if (!fs.existsSync(storePath) || fs.statSync(storePath).size === 0) return;
  const head = Buffer.alloc(16);
  const fd = fs.openSync(storePath, 'r');
  try {
    fs.readSync(fd, head, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  const notAStore = new ApiError('invalid_input', `${storePath} is not a Scrutiny Workbench store, so nothing was restored over it. Check the --store path.`);
  if (!head.equals(Buffer.from('SQLite format 3\0', 'latin1'))) throw notAStore;
  let db: Database.Database | undefined;
  let foreign = false;
  try {
    db = new Database(storePath, { readonly: true, fileMustExist: true });
    const tables = (db.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'`).get() as { n: number }).n;
    foreign = tables > 0 && db.pragma('application_id', { simple: true }) !== APPLICATION_ID;
  } catch {
    // Unreadable: a damaged store, which is what a restore is for.
  } finally {
    db?.close();
  }
  if (foreign) throw notAStore;
}

/** The store as it is, into the rotation; a store SQLite cannot copy is kept byte for byte. */
async function backUpStoreFile(service: BackupService, storePath: string, note: string): Promise<BackupEntry | null> {
  if (!fs.existsSync(storePath) || fs.statSync(storePath).size === 0) return null;
  let db: Database.Database | undefined;
  try {
    db = new Database(storePath, { readonly: true, fileMustExist: true });
    return await service.write(db, 'before-restore', { note });
  } catch (error) {
    const problem = error instanceof ApiError ? error.message : `The store could not be read when this copy was made (${(error as Error).message}); it is kept exactly as it was.`;
    return service.writeRaw(storePath, 'before-restore', problem, note);
  } finally {
    db?.close();
  }
}

export interface FileRestoreResult {
  storePath: string;
  source: string;
  schemaVersion: number;
  safetyBackup: BackupEntry | null;
  check: StoreCheck;
}

/**
 * `scrutiny restore FILE`: checks FILE, backs up the current store (even a damaged one), then
 * replaces it. Nothing may have the store open meanwhile; that is checked, not assumed.
 */
export async function restoreStoreFile(storePath: string, source: string): Promise<FileRestoreResult> {
  const service = new BackupService(storePath, () => null);
  assertReplaceable(storePath);
  fs.mkdirSync(path.dirname(storePath), { recursive: true });
  let staged: StagedRestore | null = await stageRestore(source, storePath, source);
  let safetyBackup: BackupEntry | null;
  try {
    safetyBackup = await backUpStoreFile(service, storePath, `Taken before restoring ${source}.`);
    swapIn(staged, storePath);
    staged = null;
  } finally {
    if (staged) discardStaged(staged);
  }
  // An older backup is brought up to date here, with its own backup first.
  const store = await openWithBackups(storePath, service, false);
  try {
    const check = checkStore(store);
    return { storePath, source, schemaVersion: check.schemaVersion, safetyBackup, check };
  } finally {
    store.close();
  }
}
