/**
 * Backups of the store: automatic (on start, daily, before a migration, merge or restore) and
 * manual, each verified; restore in the app and from the CLI. See service.ts and restore.ts.
 */
import type { BackupEntry } from '../../shared/domain/backups';
import type { HandlerContext } from '../api/context';

export { BackupService } from './service';
export { AutomaticBackups, DEFAULT_AUTOMATIC_BACKUPS, type AutomaticBackupOptions } from './automatic';
export { openWithBackups, restoreBackup, restoreStoreFile, type FileRestoreResult } from './restore';

/**
 * The backup a merge takes before it changes anything (for the exchange-bundle work). `reason`
 * says what is being merged, in words the clerk will recognise in the list of backups ("Bundle
 * from Zoë Garbett AM, 4 March 2025"). It is an automatic backup, rotated with the others.
 */
export function backupBeforeMerge(context: HandlerContext, reason: string): Promise<BackupEntry> {
  return context.backups.takeAutomatic('before-merge', reason.trim().slice(0, 500) || null);
}
