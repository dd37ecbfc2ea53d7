/**
 * File steps that must survive a crash or a power cut: a file is written under a temporary name,
 * flushed to disk, then renamed into place, so a reader sees the old file or the new one, never
 * half of one. Also the checksum of a (possibly large) file, read as a stream.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Flushes a file's bytes to the disk. */
export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Flushes a folder's entries (a rename is only durable once its folder is). Not possible on Windows, where renames are durable anyway. */
export function fsyncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(folder, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Renames `from` over `to` and makes the rename durable. */
export function renameDurably(from: string, to: string): void {
  fs.renameSync(from, to);
  fsyncFolder(path.dirname(to));
}

/** Writes text to `file` through a temporary name, so the file is whole or absent. */
export function writeFileAtomically(file: string, text: string): void {
  const partial = `${file}.partial`;
  try {
    fs.writeFileSync(partial, text);
    fsyncFile(partial);
    renameDurably(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Removes a database file with the -wal/-shm companions SQLite may have left beside it. */
export function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}

/** Files left by a crash (a copy never finished) are removed once they are clearly abandoned. */
export function removeStale(folder: string, matches: (name: string) => boolean, olderThanMs: number, now = Date.now()): string[] {
  if (!fs.existsSync(folder)) return [];
  const removed: string[] = [];
  for (const name of fs.readdirSync(folder)) {
    if (!matches(name)) continue;
    const file = path.join(folder, name);
    try {
      // A copy still being written is touched as it grows; one not touched for a while is dead.
      if (now - fs.statSync(file).mtimeMs < olderThanMs) continue;
      fs.rmSync(file, { force: true });
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}
