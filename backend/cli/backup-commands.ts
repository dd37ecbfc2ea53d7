/**
 * `scrutiny backup` and `scrutiny restore`.
 *
 *   scrutiny backup [--out FILE] [--note TEXT] [--json]
 *     A verified copy of the store: into its backups folder (kept until deleted, like a backup
 *     made in the app), or to FILE. `--json` prints the backup as `backups.list` describes it
 *     (`{ id, path, createdAt, reason, kind, note, bytes, schemaVersion, verification }`), or for
 *     --out `{ path, bytes, sha256, schemaVersion, verified: true }`.
 *
 *   scrutiny restore FILE [--json]
 *     Replaces the store with FILE, once FILE is shown to be a sound store of a version this app
 *     can open (a newer one is refused). The store as it was is backed up first, even if it is
 *     too damaged to open. `--json` prints `{ store, restoredFrom, schemaVersion,
 *     safetyBackup: { id, path, verification } | null, check }`.
 *
 * Exit codes as everywhere: 0 done, 1 refused (message on stderr, nothing changed), 2 a bug.
 * Neither command takes the start-up backup other commands take: one would only duplicate the
 * copy these make.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { describeBackupReason, formatBackupSize, formatBackupTime } from '../../shared/domain/backups';
import { defaultStorePath } from '../paths';
import { EXIT_USER_ERROR, printJson, printLines, UserError } from './output';

function storePathOf(program: Command): string {
  const { store } = program.opts<{ store?: string }>();
  return store ? path.resolve(store) : defaultStorePath();
}

/** FILE must be new, in a folder that exists: a backup never overwrites anything. */
function checkNewFile(out: string, storePath: string): void {
  if (out === storePath) throw new UserError('A backup cannot be written over the store itself. Choose another file.');
  if (fs.existsSync(out)) throw new UserError(`${out} already exists. Choose a new file name; nothing was written.`);
  const folder = path.dirname(out);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw new UserError(`The folder ${folder} does not exist, so nothing was written. Create it or choose another.`);
  }
}

export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description('make a verified backup of the store (into its backups folder, or to --out FILE)')
    .option('--out <file>', 'write the backup to this new file instead of the backups folder')
    .option('--note <text>', 'a note to keep with the backup')
    .option('--json', 'print JSON')
    .action(async (options: { out?: string; note?: string; json?: boolean }) => {
      const storePath = storePathOf(program);
      if (!fs.existsSync(storePath)) throw new UserError(`There is no store at ${storePath}, so there is nothing to back up.`);
      const out = options.out ? path.resolve(options.out) : null;
      if (out) checkNewFile(out, storePath);
      const [{ createBackend }, { writeVerifiedCopy }] = await Promise.all([import('../index'), import('../backups/copy')]);
      const backend = await createBackend({ storePath, backups: { onStart: false, checkEveryMs: 0 } });
      try {
        if (out) {
          const copy = await writeVerifiedCopy(backend.store.db, out);
          if (options.json) printJson({ ...copy, verified: true });
          else printLines([`Backed up the store to ${copy.path} (${formatBackupSize(copy.bytes)}); the copy was reopened and checked.`]);
          return;
        }
        const entry = await backend.client.call('backups.create', options.note ? { note: options.note } : {});
        if (options.json) printJson(entry);
        else printLines([`Backed up the store to ${entry.path} (${formatBackupSize(entry.bytes)}); the copy was reopened and checked. It is kept until you delete it.`]);
      } finally {
        await backend.close();
      }
    });

  program
    .command('restore <file>')
    .description('replace the store with a backup (the store as it is now is backed up first)')
    .option('--json', 'print JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      const storePath = storePathOf(program);
      const source = path.resolve(file);
      if (!fs.existsSync(source)) throw new UserError(`There is no file at ${source}.`);
      const { restoreStoreFile } = await import('../backups');
      const result = await restoreStoreFile(storePath, source);
      const safety = result.safetyBackup;
      if (!result.check.ok) process.exitCode = EXIT_USER_ERROR;
      if (options.json) {
        printJson({
          store: result.storePath,
          restoredFrom: result.source,
          schemaVersion: result.schemaVersion,
          safetyBackup: safety ? { id: safety.id, path: safety.path, verification: safety.verification } : null,
          check: result.check,
        });
        return;
      }
      printLines([
        `Restored ${result.storePath} from ${result.source}.`,
        safety
          ? `  The store as it was is kept at ${safety.path} (${describeBackupReason(safety.reason).toLowerCase()}, ${formatBackupTime(safety.createdAt)}).`
          : '  There was no store there before, so nothing needed backing up.',
        ...(safety?.verification.state === 'failed' ? [`  That copy is of a damaged store and is kept exactly as it was: ${safety.verification.problem}`] : []),
        `  Check: ${result.check.ok ? 'the store is sound' : `problems found (${result.check.integrity.join('; ')})`}; schema version ${result.schemaVersion}.`,
      ]);
    });
}
