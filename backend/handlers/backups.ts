/**
 * Handlers for the contract-backups.ts methods. The work is in backend/backups: these only say
 * which backup task each method runs and tell every window when the list changed.
 */
import type { HandlerContext } from '../api/context';
import type { HandlerGroup } from '../api/registry';
import { restoreBackup } from '../backups';

/** The Backups dialog in every window reloads its list on this. */
function listChanged(context: HandlerContext): void {
  context.emit('store.changed', { entities: ['backup'], investigationId: null });
}

export const backupHandlers: HandlerGroup = {
  'backups.list': (_input, { backups }) => backups.list(),

  'backups.create': async (input, context) => {
    const entry = await context.backups.create(input.note ?? null);
    listChanged(context);
    return entry;
  },

  'backups.verify': async (input, context) => {
    const entry = await context.backups.verify(input.id);
    listChanged(context);
    return entry;
  },

  'backups.delete': async (input, context) => {
    const result = await context.backups.delete(input.id);
    listChanged(context);
    return result;
  },

  // Emits store.changed for everything itself (backend/index.ts, replaceStore).
  'backups.restore': (input, context) => restoreBackup(context, input.id),

  'backups.settings.get': (_input, { backups }) => backups.settings(),

  'backups.settings.set': async (input, context) => {
    const settings = await context.backups.setKeep(input.keep);
    listChanged(context);
    return settings;
  },
};
