/**
 * Backups of the store: the shapes that cross the API, and the wording both the app and the CLI
 * use for them (why a backup was made, when, how big, whether it was checked).
 */
import { formatLongDate } from '../format/dates';
import type { IsoInstant, StoreCheck } from './types';

/** How many automatic backups are kept unless the clerk chooses otherwise. Manual ones are never rotated. */
export const BACKUP_KEEP_DEFAULT = 10;
export const BACKUP_KEEP_MIN = 1;
export const BACKUP_KEEP_MAX = 100;
export const BACKUP_NOTE_MAX = 500;

/** A backup the clerk asked for is kept until deleted; every other kind is rotated. */
export type BackupKind = 'automatic' | 'manual';

export interface BackupVerification {
  /**
   * `verified`: reopened and integrity-checked (when made, or by a later check) and, when its
   * checksum is known, byte for byte as it was made. `failed`: a check found a problem.
   * `unknown`: a file this version has no record of (made by an older version or copied in).
   */
  state: 'verified' | 'failed' | 'unknown';
  checkedAt: IsoInstant | null;
  /** What the last check found, in words for a clerk; null when it passed. */
  problem: string | null;
}

export interface BackupEntry {
  /** The backup's file name in the backups folder: its id in the API. */
  id: string;
  path: string;
  createdAt: IsoInstant;
  /** Why it was made: `start`, `daily`, `manual`, `before-merge`, `before-restore`, `before-v8`… */
  reason: string;
  kind: BackupKind;
  /** The clerk's note (manual backups) or what a merge was about. */
  note: string | null;
  bytes: number;
  /** The store version inside the backup, when known. */
  schemaVersion: number | null;
  verification: BackupVerification;
}

export interface BackupList {
  /** The folder beside the store that holds its backups. */
  folder: string;
  backups: BackupEntry[];
}

export interface BackupSettings {
  /** How many automatic backups are kept; older ones are deleted as new ones are made. */
  keep: number;
  folder: string;
}

export interface RestoreResult {
  /** The backup now in use as the store. */
  restored: BackupEntry;
  /** The store as it was just before the restore, kept in case the restore was a mistake. */
  safetyBackup: BackupEntry | null;
  check: StoreCheck;
}

/** "Made when the workbench started", for lists and the CLI. */
export function describeBackupReason(reason: string): string {
  const migration = /^before-v(\d+)$/.exec(reason);
  if (migration) return `Before updating the store to version ${migration[1]}`;
  switch (reason) {
    case 'start':
      return 'When the workbench started';
    case 'daily':
      return 'Daily backup';
    case 'manual':
      return 'Made by hand';
    case 'before-merge':
      return 'Before a merge';
    case 'before-restore':
      return 'Before a restore';
    default:
      return reason.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  }
}

/** "18 December 2024, 14:05" in the computer's own time zone. */
export function formatBackupTime(at: IsoInstant): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${formatLongDate(day)}, ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "1.8 MB", "640 KB", "512 bytes". */
export function formatBackupSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024).toLocaleString('en-GB')} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;
}

/** One short phrase for the verification column. */
export function describeVerification(verification: BackupVerification): string {
  switch (verification.state) {
    case 'verified':
      return 'Checked';
    case 'failed':
      return 'Failed its check';
    default:
      return 'Not checked yet';
  }
}
