/**
 * The record kept beside each backup (`<backup>.db.json`): why it was made, the clerk's note, its
 * checksum and the result of the last check. A backup without one (made by an older version, or
 * copied in by hand) is still listed and can still be restored; it is simply "not checked yet".
 */
import fs from 'node:fs';
import type { BackupVerification } from '../../shared/domain/backups';
import { writeFileAtomically } from './files';
import { RECORD_SUFFIX } from './naming';

export interface BackupRecord {
  format: 'scrutiny-backup-record';
  version: 1;
  createdAt: string;
  reason: string;
  note: string | null;
  bytes: number;
  /** SHA-256 of the file as it was made: any byte changed since is caught. */
  sha256: string;
  schemaVersion: number;
  /** What the store held when copied (see fingerprint.ts): an unchanged store is not copied again. */
  fingerprint: string | null;
  verification: BackupVerification;
}

export function recordPath(backupFile: string): string {
  return `${backupFile}${RECORD_SUFFIX}`;
}

export function readRecord(backupFile: string): BackupRecord | null {
  try {
    const value = JSON.parse(fs.readFileSync(recordPath(backupFile), 'utf8')) as Partial<BackupRecord>;
    if (value.format !== 'scrutiny-backup-record' || value.version !== 1 || typeof value.sha256 !== 'string') return null;
    return value as BackupRecord;
  } catch {
    // Missing or unreadable: the backup is listed without it.
    return null;
  }
}

export function writeRecord(backupFile: string, record: BackupRecord): void {
  writeFileAtomically(recordPath(backupFile), `${JSON.stringify(record, null, 2)}\n`);
}
