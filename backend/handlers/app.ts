/** The app and its store: version, integrity, backups. */
import path from 'node:path';
import { backupFileName, backupTo, checkStore } from '../../db/store';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { ApiError } from '../../shared/api/errors';
import type { HandlerGroup } from '../api/registry';
import { listChanges } from '../../db/repositories/change-log';

export const appHandlers: HandlerGroup = {
  'app.info': (_input, { store, author, appVersion }) => ({
    appVersion,
    schemaVersion: LATEST_SCHEMA_VERSION,
    storePath: store.path,
    authorId: author.id,
    authorName: author.name,
  }),

  'store.check': (_input, { store }) => checkStore(store),

  'store.backup': async (input, { store }) => {
    const target = input.path
      ? path.resolve(input.path)
      : path.join(path.dirname(store.path), 'backups', backupFileName(store.path, 'manual'));
    if (target === store.path) throw new ApiError('invalid_input', 'A backup cannot be written over the store itself. Choose another file.');
    try {
      return await backupTo(store.db, target);
    } catch (error) {
      if (error instanceof ApiError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      const reason =
        code === 'EACCES' || code === 'EPERM' ? 'that folder cannot be written to'
        : code === 'ENOSPC' ? 'the disk is full'
        : code === 'ENOENT' ? 'that folder does not exist'
        : (error as Error).message;
      throw new ApiError('store_unavailable', `The backup could not be written because ${reason}. The store itself is unchanged.`);
    }
  },

  'changes.list': (input, { store }) => listChanges(store.db, input.limit),
};
