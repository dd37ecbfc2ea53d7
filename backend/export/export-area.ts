/**
 * Finished exports, kept beside the store (`.exports/<store name>/`) until the clerk downloads
 * them (browser host) or saves them where they choose (desktop, CLI).
 *
 * - Each export is `<exportId>.docx` with `<exportId>.json` beside it (its file name and when it
 *   was made). The id is a random UUID, and only a UUID is ever turned into a path, so no id a
 *   page sends can name a file outside the folder.
 * - Every write goes to a temporary file in the destination's own folder and is renamed into
 *   place, so a failed or cancelled export never leaves half a file and never replaces the
 *   previous one (a rename within a folder is atomic).
 * - Exports older than a day are cleared when the next one is written.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api/errors';

const EXPORT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const KEEP_MS = 24 * 60 * 60 * 1000;

export interface StoredExport {
  exportId: string;
  fileName: string;
  path: string;
  bytes: number;
  createdAt: string;
}

/** The folder a store's exports are kept in. */
export function exportsDir(storePath: string): string {
  return path.join(path.dirname(storePath), '.exports', path.basename(storePath));
}

export function isExportId(value: unknown): value is string {
  return typeof value === 'string' && EXPORT_ID.test(value);
}

/**
 * A write error in words a clerk can act on, naming the file; other errors unchanged. `replacing`:
 * the new file was written and only replacing the old one failed, which on Windows (EPERM,
 * EACCES or EBUSY) means the old one is open in Word or read-only.
 */
export function describeWriteError(error: unknown, target: string, replacing = false): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const name = path.basename(target);
  const folder = path.dirname(target);
  if (replacing && (code === 'EPERM' || code === 'EACCES' || code === 'EBUSY')) {
    return new ApiError('conflict', `“${name}” is open in another program (or is read-only), so it was not replaced. Close it there (or choose another name) and try again.`);
  }
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new ApiError('conflict', `There is not enough space on the disk to write “${name}”. Free some space and try again; nothing was changed.`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new ApiError('conflict', `The workbench may not write to ${folder}, so “${name}” was not written. Choose a folder you can save in (your Documents folder, for example).`);
    case 'EBUSY':
    case 'ETXTBSY':
      return new ApiError('conflict', `“${name}” is open in another program (or is read-only), so it was not replaced. Close it there (or choose another name) and try again.`);
    case 'ENOENT':
    case 'ENOTDIR':
      return new ApiError('not_found', `The folder ${folder} does not exist, so “${name}” was not written. Choose a folder that exists.`);
    case 'EISDIR':
      return new ApiError('conflict', `${target} is a folder, so the document was not written there. Give a file name ending .docx.`);
    default:
      return error;
  }
}

/**
 * Writes bytes to `target` through a temporary file in the same folder, renamed into place. On
 * any failure the temporary file is removed and `target` (if it existed) is as it was. `write`
 * fills the temporary file.
 */
export function writeAtomically(target: string, write: (temporary: string) => void): void {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID().slice(0, 8)}.part`);
  let written = false;
  try {
    write(temporary);
    written = true;
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw describeWriteError(error, target, written && fs.existsSync(target));
  }
}

export function writeBytes(temporary: string, bytes: Uint8Array): void {
  // Synced before the rename, so the file in place is whole even after a power cut.
  // 'wx': never write through a file (or link) someone placed at the temporary name.
  const fd = fs.openSync(temporary, 'wx', 0o644);
  try {
    fs.writeFileSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Keeps a finished export; answers its id and where it is. */
export function saveExport(storePath: string, fileName: string, bytes: Uint8Array, now = new Date()): StoredExport {
  const dir = exportsDir(storePath);
  fs.mkdirSync(dir, { recursive: true });
  pruneExports(dir, now.getTime());
  const exportId = randomUUID();
  const file = path.join(dir, `${exportId}.docx`);
  const createdAt = now.toISOString();
  writeAtomically(file, (temporary) => writeBytes(temporary, bytes));
  // The metadata last: an export without it is never listed (findExport needs both).
  writeAtomically(path.join(dir, `${exportId}.json`), (temporary) => writeBytes(temporary, Buffer.from(JSON.stringify({ fileName, createdAt }))));
  return { exportId, fileName, path: file, bytes: bytes.byteLength, createdAt };
}

/** A finished export by id, or undefined (an unknown or malformed id, or one already cleared). */
export function findExport(storePath: string, exportId: unknown): StoredExport | undefined {
  if (!isExportId(exportId)) return undefined;
  const dir = exportsDir(storePath);
  const file = path.join(dir, `${exportId}.docx`);
  try {
    const meta = JSON.parse(fs.readFileSync(path.join(dir, `${exportId}.json`), 'utf8')) as { fileName?: unknown; createdAt?: unknown };
    const stat = fs.statSync(file);
    if (!stat.isFile()) return undefined;
    return {
      exportId,
      fileName: typeof meta.fileName === 'string' && meta.fileName ? meta.fileName : 'Report.docx',
      path: file,
      bytes: stat.size,
      createdAt: typeof meta.createdAt === 'string' ? meta.createdAt : stat.mtime.toISOString(),
    };
  } catch {
    return undefined;
  }
}

/**
 * Copies a finished export to `destination` (chosen by the clerk in a save dialog, or named on
 * the command line), atomically: a failure leaves any file already there unchanged. Throws an
 * ApiError with a clerk's message (unknown export, folder missing or read-only, disk full, the
 * file open in another program).
 */
export async function copyExportTo(backend: { storePath: string }, exportId: string, destination: string): Promise<{ path: string; bytes: number }> {
  const found = findExport(backend.storePath, exportId);
  if (!found) throw new ApiError('not_found', 'That export is no longer available (exports are kept for a day). Export the report again.');
  const target = path.resolve(destination);
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) {
    throw new ApiError('conflict', `${target} is a folder, so the document was not written there. Give a file name ending .docx.`);
  }
  // Read whole (a report is a few megabytes at most) and written with fsync, like the export itself.
  const bytes = fs.readFileSync(found.path);
  writeAtomically(target, (temporary) => writeBytes(temporary, bytes));
  return { path: target, bytes: found.bytes };
}

/** Removes one export (the CLI's, once copied to where it was asked for). */
export function removeExport(storePath: string, exportId: string): void {
  if (!isExportId(exportId)) return;
  const dir = exportsDir(storePath);
  fs.rmSync(path.join(dir, `${exportId}.json`), { force: true });
  fs.rmSync(path.join(dir, `${exportId}.docx`), { force: true });
}

/** Removes exports (and stray temporary files) older than a day. */
export function pruneExports(dir: string, now = Date.now()): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      if (now - fs.statSync(file).mtimeMs > KEEP_MS) fs.rmSync(file, { force: true });
    } catch {
      // Gone already, or not ours to remove: pruning is housekeeping, never a failure.
    }
  }
}
