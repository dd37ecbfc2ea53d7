/** The contract's methods for automatic backups, restoring and checking the store. */
import { z } from 'zod';
import {
  BACKUP_KEEP_MAX,
  BACKUP_KEEP_MIN,
  BACKUP_NOTE_MAX,
  type BackupEntry,
  type BackupList,
  type BackupSettings,
  type RestoreResult,
} from '../domain/backups';
import { method, optionalText, returns } from './fields';

/**
 * A backup is named by its file name in the backups folder. Only a plain name is accepted (no
 * folders, no `..`), so a call can never reach a file outside that folder.
 */
const backupId = z
  .string({ error: 'Choose a backup.' })
  .trim()
  .min(1, 'Choose a backup.')
  .max(255, 'That is not the name of a backup.')
  .regex(/^[^/\\]+\.db$/, 'That is not the name of a backup.')
  .refine((name) => !name.startsWith('.'), 'That is not the name of a backup.');

const keep = z
  .number({ error: 'Give the number of automatic backups to keep.' })
  .int('Give a whole number of backups to keep.')
  .min(BACKUP_KEEP_MIN, `Keep at least ${BACKUP_KEEP_MIN} automatic backup.`)
  .max(BACKUP_KEEP_MAX, `Keep at most ${BACKUP_KEEP_MAX} automatic backups.`);

export const backupsContract = {
  'backups.list': method(
    z.object({}).strict(),
    returns<BackupList>(),
    'The store’s backups, newest first: when, why, size, and whether each was checked.',
  ),
  'backups.create': method(
    z.object({ note: optionalText('The note', BACKUP_NOTE_MAX).optional() }).strict(),
    returns<BackupEntry>(),
    'Backs up the store now (a copy that is reopened and checked); kept until deleted.',
  ),
  'backups.verify': method(
    z.object({ id: backupId }).strict(),
    returns<BackupEntry>(),
    'Checks a backup again: reopens it, runs the integrity check and compares its checksum.',
  ),
  'backups.delete': method(z.object({ id: backupId }).strict(), returns<{ id: string }>(), 'Deletes one backup.'),
  'backups.restore': method(
    z.object({ id: backupId }).strict(),
    returns<RestoreResult>(),
    'Replaces the store with a backup, after checking it and backing up the store as it is now.',
  ),
  'backups.settings.get': method(z.object({}).strict(), returns<BackupSettings>(), 'How many automatic backups are kept, and where.'),
  'backups.settings.set': method(
    z.object({ keep }).strict(),
    returns<BackupSettings>(),
    'Sets how many automatic backups are kept; older ones beyond that are deleted now.',
  ),
} as const;
