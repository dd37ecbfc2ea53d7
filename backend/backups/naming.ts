/**
 * Where a store's backups live and what they are called.
 *
 * Backups sit in a `backups` folder beside the store, never inside it and never on a shared
 * folder (the store itself is never there either). A name carries the store it belongs to, a
 * timestamp that sorts as text, and the reason: `scrutiny-2025-01-15T10-00-00-000Z-daily.db`.
 * The format is the one `db/store.ts` has always used for its pre-migration backups, so those
 * join the same list and rotation.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BackupKind } from '../../shared/domain/backups';

export const BACKUPS_FOLDER = 'backups';
/** A copy being written or checked; renamed to its final name only once verified. */
export const PARTIAL_SUFFIX = '.partial';
/** The record kept beside each backup (reason, note, checksum, checks). */
export const RECORD_SUFFIX = '.json';

const STAMP = String.raw`\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z`;
const REASON = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function backupsFolder(storePath: string): string {
  return path.join(path.dirname(path.resolve(storePath)), BACKUPS_FOLDER);
}

/** `scrutiny` for `…/scrutiny.db`: the prefix of that store's backups. */
export function storeBase(storePath: string): string {
  return path.basename(storePath, path.extname(storePath));
}

export function isReason(reason: string): boolean {
  return REASON.test(reason) && reason.length <= 40;
}

/** Only backups the clerk made are kept until deleted; the rest are rotated. */
export function kindOf(reason: string): BackupKind {
  return reason === 'manual' ? 'manual' : 'automatic';
}

function stampOf(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A fresh name for a backup made at `at`. Two backups in the same millisecond (a script, a test)
 * get the next free millisecond, so a name is never reused and the order stays true.
 */
export function newBackupName(storePath: string, reason: string, at: Date = new Date()): string {
  if (!isReason(reason)) throw new Error(`Not a backup reason: ${reason}`);
  const folder = backupsFolder(storePath);
  const base = storeBase(storePath);
  for (let offset = 0; ; offset += 1) {
    const name = `${base}-${stampOf(new Date(at.getTime() + offset))}-${reason}.db`;
    const taken = [name, `${name}${PARTIAL_SUFFIX}`, `${name}${RECORD_SUFFIX}`].some((file) => fs.existsSync(path.join(folder, file)));
    if (!taken) return name;
  }
}

/** What a name says, when it is a backup of this store; null for anything else in the folder. */
export function parseBackupName(storePath: string, fileName: string): { createdAt: string; reason: string } | null {
  const pattern = new RegExp(`^${escapeRegExp(storeBase(storePath))}-(${STAMP})-([a-z0-9-]+)\\.db$`);
  const match = pattern.exec(fileName);
  if (!match || !isReason(match[2]!)) return null;
  const [date, time] = match[1]!.split('T') as [string, string];
  const [hh, mm, ss, ms] = time.replace(/Z$/, '').split('-');
  const createdAt = `${date}T${hh}:${mm}:${ss}.${ms}Z`;
  if (Number.isNaN(new Date(createdAt).getTime())) return null;
  return { createdAt, reason: match[2]! };
}
