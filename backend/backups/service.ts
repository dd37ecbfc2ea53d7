/**
 * The store's backups: made, listed, checked, rotated and deleted, one task at a time.
 *
 * Automatic backups are taken when the backend starts and daily while it runs (automatic.ts),
 * before a migration, a merge and a restore; the newest `keep` of them are kept (a setting in
 * the store's settings table). Backups the clerk makes are kept until the clerk deletes them.
 *
 * Every task that writes to the backups folder or reads the live store for a copy runs through
 * `exclusive`, so two copies never race for a name, a rotation never deletes a backup being
 * checked, and a restore (which replaces the store) never runs beside a copy of it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Db, Store } from '../../db/store';
import { ApiError } from '../../shared/api/errors';
import {
  BACKUP_KEEP_DEFAULT,
  BACKUP_KEEP_MAX,
  BACKUP_KEEP_MIN,
  type BackupEntry,
  type BackupList,
  type BackupSettings,
  type BackupVerification,
} from '../../shared/domain/backups';
import { writeVerifiedCopy } from './copy';
import { fsyncFile, removeDatabaseFiles, renameDurably, sha256File } from './files';
import { hasWork, storeFingerprint } from './fingerprint';
import { PARTIAL_SUFFIX, backupsFolder, kindOf, newBackupName, parseBackupName } from './naming';
import { readRecord, recordPath, writeRecord, type BackupRecord } from './record';
import { inspectStoreFile } from './verify';

const KEEP_SETTING = 'backups.keep';

export interface WriteOptions {
  note?: string | null;
}

export class BackupService {
  readonly folder: string;
  private queue: Promise<unknown> = Promise.resolve();

  /**
   * `storeInUse` is read when each task runs, so a task queued before a restore copies the
   * restored store. It gives null where no store is open (`scrutiny restore` on a damaged one).
   */
  constructor(
    readonly storePath: string,
    private readonly storeInUse: () => Store | null,
  ) {
    this.folder = backupsFolder(storePath);
  }

  private currentStore(): Store {
    const store = this.storeInUse();
    if (!store) throw new Error('No store is open to back up.');
    return store;
  }

  /** Runs `task` after every task queued before it has finished. */
  exclusive<T>(task: () => Promise<T> | T): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  // ---- Reading ------------------------------------------------------------------------------

  list(): BackupList {
    const names = fs.existsSync(this.folder) ? fs.readdirSync(this.folder) : [];
    const backups = names
      .map((name) => this.entryFor(name))
      .filter((entry): entry is BackupEntry => entry !== null)
      .sort((a, b) => (a.createdAt === b.createdAt ? b.id.localeCompare(a.id) : b.createdAt.localeCompare(a.createdAt)));
    return { folder: this.folder, backups };
  }

  /** One backup by its id (file name); not_found if it is not a backup of this store. */
  get(id: string): BackupEntry {
    const entry = path.basename(id) === id ? this.entryFor(id) : null;
    if (!entry) throw new ApiError('not_found', 'That backup no longer exists. The list has been refreshed.');
    return entry;
  }

  private entryFor(name: string): BackupEntry | null {
    const parsed = parseBackupName(this.storePath, name);
    if (!parsed) return null;
    const file = path.join(this.folder, name);
    let bytes: number;
    try {
      const stat = fs.statSync(file);
      if (!stat.isFile()) return null;
      bytes = stat.size;
    } catch {
      return null;
    }
    const record = readRecord(file);
    let verification: BackupVerification = record?.verification ?? { state: 'unknown', checkedAt: null, problem: null };
    // A cheap sign of damage, seen without reading the file: it is not the size it was made.
    if (record && record.bytes !== bytes && verification.state !== 'failed') {
      verification = { state: 'failed', checkedAt: null, problem: `The file is ${bytes.toLocaleString('en-GB')} bytes long but was ${record.bytes.toLocaleString('en-GB')} bytes when it was made.` };
    }
    return {
      id: name,
      path: file,
      createdAt: parsed.createdAt,
      reason: parsed.reason,
      kind: kindOf(parsed.reason),
      note: record?.note ?? null,
      bytes,
      schemaVersion: record?.schemaVersion ?? null,
      verification,
    };
  }

  // ---- Settings -----------------------------------------------------------------------------

  keep(db: Db = this.currentStore().db): number {
    const row = db.prepare('SELECT value FROM store_info WHERE key = ?').get(KEEP_SETTING) as { value: string } | undefined;
    const value = Number(row?.value);
    return Number.isInteger(value) && value >= BACKUP_KEEP_MIN && value <= BACKUP_KEEP_MAX ? value : BACKUP_KEEP_DEFAULT;
  }

  settings(): BackupSettings {
    return { keep: this.keep(), folder: this.folder };
  }

  /** Saves the setting, then deletes automatic backups beyond the new number at once. */
  setKeep(keep: number): Promise<BackupSettings> {
    return this.exclusive(() => {
      const store = this.currentStore();
      store.transaction(() => {
        store.db.prepare('INSERT OR REPLACE INTO store_info (key, value) VALUES (?, ?)').run(KEEP_SETTING, String(keep));
      });
      this.prune(keep);
      return this.settings();
    });
  }

  // ---- Making backups -----------------------------------------------------------------------

  /** A backup the clerk asked for: kept until deleted. */
  create(note: string | null = null): Promise<BackupEntry> {
    return this.exclusive(() => this.write(this.currentStore().db, 'manual', { note }));
  }

  /** An automatic backup for an event (`before-merge`…), taken whatever has changed. */
  takeAutomatic(reason: string, note: string | null = null): Promise<BackupEntry> {
    return this.exclusive(() => this.write(this.currentStore().db, reason, { note }));
  }

  /**
   * Copies `db` into the folder under a new name, with its record; then rotates if it was an
   * automatic one. No queueing: callers are already inside `exclusive` (or, at start-up, alone).
   */
  async write(db: Db, reason: string, options: WriteOptions = {}): Promise<BackupEntry> {
    const name = newBackupName(this.storePath, reason);
    const fingerprint = storeFingerprint(db);
    const copy = await writeVerifiedCopy(db, path.join(this.folder, name));
    const now = new Date().toISOString();
    const record: BackupRecord = {
      format: 'scrutiny-backup-record',
      version: 1,
      createdAt: parseBackupName(this.storePath, name)!.createdAt,
      reason,
      note: options.note ?? null,
      bytes: copy.bytes,
      sha256: copy.sha256,
      schemaVersion: copy.schemaVersion,
      fingerprint,
      verification: { state: 'verified', checkedAt: now, problem: null },
    };
    try {
      writeRecord(copy.path, record);
    } catch (error) {
      // The backup itself is whole and checked; without its record it is listed as not checked yet.
      console.error(`[scrutiny] the record of backup ${name} could not be written:`, (error as Error).message);
    }
    if (kindOf(reason) === 'automatic') this.prune(this.keep(db));
    return this.get(name);
  }

  /**
   * Keeps a store file SQLite cannot copy (damaged, or from a newer version) byte for byte, with
   * its -wal beside it, recorded as failed so it is never mistaken for a checked backup. Used only
   * when a restore is about to replace such a store: nothing of it is thrown away.
   */
  async writeRaw(file: string, reason: string, problem: string, note: string | null = null): Promise<BackupEntry> {
    const name = newBackupName(this.storePath, reason);
    const target = path.join(this.folder, name);
    fs.mkdirSync(this.folder, { recursive: true });
    for (const suffix of ['-wal', '']) {
      if (!fs.existsSync(`${file}${suffix}`)) continue;
      fs.copyFileSync(`${file}${suffix}`, `${target}${suffix}${PARTIAL_SUFFIX}`);
      fsyncFile(`${target}${suffix}${PARTIAL_SUFFIX}`);
      // The main file last: once it has its name, its log is already beside it.
      renameDurably(`${target}${suffix}${PARTIAL_SUFFIX}`, `${target}${suffix}`);
    }
    const bytes = fs.statSync(target).size;
    writeRecord(target, {
      format: 'scrutiny-backup-record',
      version: 1,
      createdAt: parseBackupName(this.storePath, name)!.createdAt,
      reason,
      note,
      bytes,
      sha256: await sha256File(target),
      schemaVersion: 0,
      fingerprint: null,
      verification: { state: 'failed', checkedAt: new Date().toISOString(), problem },
    });
    return this.get(name);
  }

  /** Deletes automatic backups beyond the newest `keep`. Manual ones are never touched. */
  private prune(keep: number): void {
    const automatic = this.list().backups.filter((entry) => entry.kind === 'automatic');
    for (const entry of automatic.slice(keep)) this.removeFiles(entry.path);
  }

  private removeFiles(file: string): void {
    removeDatabaseFiles(file);
    fs.rmSync(recordPath(file), { force: true });
  }

  // ---- Checking and deleting ------------------------------------------------------------------

  /**
   * Checks a backup again: its checksum against the one taken when it was made (any changed byte
   * shows), then SQLite's integrity check on it, opened read-only. The result is recorded.
   */
  verify(id: string): Promise<BackupEntry> {
    return this.exclusive(async () => {
      const entry = this.get(id);
      const record = readRecord(entry.path);
      let problem: string | null = null;
      let schemaVersion = record?.schemaVersion ?? null;
      if (record && (await sha256File(entry.path)) !== record.sha256) {
        problem = 'Its contents have changed since it was made (its checksum no longer matches), so it is damaged.';
      }
      if (!problem) {
        try {
          schemaVersion = inspectStoreFile(entry.path, 'The backup').schemaVersion;
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          problem = error.message;
        }
      }
      const verification: BackupVerification = { state: problem ? 'failed' : 'verified', checkedAt: new Date().toISOString(), problem };
      const updated: BackupRecord = record
        ? { ...record, verification }
        : {
            // A backup with no record (an older version made it) gets one now, with what was found.
            format: 'scrutiny-backup-record',
            version: 1,
            createdAt: entry.createdAt,
            reason: entry.reason,
            note: null,
            bytes: entry.bytes,
            sha256: await sha256File(entry.path),
            schemaVersion: schemaVersion ?? 0,
            fingerprint: null,
            verification,
          };
      writeRecord(entry.path, updated);
      return this.get(id);
    });
  }

  delete(id: string): Promise<{ id: string }> {
    return this.exclusive(() => {
      const entry = this.get(id);
      this.removeFiles(entry.path);
      return { id: entry.id };
    });
  }

  // ---- For the automatic backups (automatic.ts) --------------------------------------------

  /**
   * An automatic backup, unless the store is still empty or some backup already holds exactly
   * what the store holds now (see fingerprint.ts).
   */
  takeUnlessUnchanged(reason: string): Promise<BackupEntry | null> {
    return this.exclusive(async () => {
      const store = this.storeInUse();
      if (!store?.db.open || !hasWork(store.db)) return null;
      const fingerprint = storeFingerprint(store.db);
      if (this.list().backups.some((entry) => readRecord(entry.path)?.fingerprint === fingerprint)) return null;
      return this.write(store.db, reason);
    });
  }

  /** Resolves once every task queued so far has finished. */
  async idle(): Promise<void> {
    await this.queue;
  }
}
