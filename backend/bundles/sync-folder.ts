/**
 * The sync folder (an optional transport): a folder the members share — a network drive or a
 * synced folder — where each member's workbench drops its bundles and picks up everyone else's.
 * Only bundles travel through it; the store itself must never live there (SQLite over a network
 * drive corrupts), which is refused.
 *
 * One sync: (1) import, in name order (names start with when they were made), every bundle in the
 * folder made by someone else and not imported before (remembered by SHA-256 in store_info);
 * (2) write this store's own work since its last sync (the whole investigation the first time) as
 * a new bundle in the folder. Importing is the
 * ordinary merge, so a bundle met twice or in any order changes nothing more.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { nowIso } from '../../db/ids';
import { ApiError } from '../../shared/api/errors';
import { BUNDLE_EXTENSION, type MergeReport } from '../../shared/domain/bundles';
import type { Backend } from '../index';
import { copyBundleTo, removeBundle } from './bundle-area';
import { readBundle } from './read';

export interface SyncResult {
  sent: { path: string; records: number } | null;
  imported: MergeReport[];
  skipped: string[];
}

const setting = (backend: Backend, key: string) =>
  (backend.store.db.prepare('SELECT value FROM store_info WHERE key = ?').get(key) as { value: string } | undefined)?.value;
const setSetting = (backend: Backend, key: string, value: string) =>
  backend.store.db.prepare('INSERT OR REPLACE INTO store_info (key, value) VALUES (?, ?)').run(key, value);

function checkFolder(folder: string, storePath: string): void {
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new ApiError('not_found', `There is no folder at ${folder}.`);
  const relative = path.relative(folder, path.dirname(storePath));
  if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) {
    throw new ApiError('conflict', 'The store is inside the sync folder. Keep the store on this computer (SQLite stores are damaged by shared folders); only bundles go in the sync folder.');
  }
}

export async function syncFolder(backend: Backend, folder: string, investigationId: string): Promise<SyncResult> {
  const dir = path.resolve(folder);
  checkFolder(dir, backend.storePath);
  const { currentId } = await backend.client.call('profiles.list', {});
  const sentKey = `sync_folder_sent:${investigationId}`;
  const since = setting(backend, sentKey);
  const startedAt = nowIso();

  // (1) What others left.
  const imported: MergeReport[] = [];
  const skipped: string[] = [];
  const names = fs.readdirSync(dir).filter((name) => name.endsWith(BUNDLE_EXTENSION)).sort();
  for (const name of names) {
    const file = path.join(dir, name);
    const bytes = fs.readFileSync(file);
    const seenKey = `sync_folder_seen:${createHash('sha256').update(bytes).digest('hex')}`;
    if (setting(backend, seenKey)) continue;
    let author: string;
    try {
      const bundle = await readBundle(bytes, name);
      author = bundle.manifest.author.id;
      if (bundle.manifest.investigation.id !== investigationId) continue;
    } catch (error) {
      skipped.push(error instanceof ApiError ? error.message : `“${name}” could not be read.`);
      continue;
    }
    if (author !== currentId) {
      const staged = await backend.uploads.stageBytes(name, bytes);
      try {
        imported.push(await backend.client.call('bundles.import', { uploadId: staged.uploadId }));
      } catch (error) {
        skipped.push(error instanceof ApiError ? error.message : `“${name}” could not be imported.`);
        continue;
      }
    }
    setSetting(backend, seenKey, nowIso());
  }

  // (2) This store's own work since its last sync.
  const result = await backend.client.call('bundles.export', { investigationId, ...(since ? { since } : {}) });
  let sent: SyncResult['sent'] = null;
  try {
    if (result.records > 0) {
      const target = path.join(dir, `${startedAt.replace(/[:.]/g, '-')} ${result.fileName}`);
      copyBundleTo(backend.storePath, result.exportId, target);
      // Our own bundle is never imported back.
      setSetting(backend, `sync_folder_seen:${createHash('sha256').update(fs.readFileSync(target)).digest('hex')}`, nowIso());
      sent = { path: target, records: result.records };
    }
  } finally {
    removeBundle(backend.storePath, result.exportId);
  }
  setSetting(backend, sentKey, startedAt);
  return { sent, imported, skipped };
}
