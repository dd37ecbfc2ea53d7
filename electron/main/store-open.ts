/**
 * What to tell the clerk when the store cannot be opened. No `electron` import, so it is
 * testable with plain values.
 */
import { isApiErrorShape } from '../../shared/api/errors';

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return String(error);
}

/**
 * One clerk-readable explanation of why the store could not be opened. The backend's own
 * typed errors (store_unavailable: corrupt, not a store, from a newer version…) are already
 * written for a clerk and are used as they are.
 */
export function describeOpenFailure(error: unknown, storePath: string): string {
  const where = `The store is at ${storePath}.`;
  if (isApiErrorShape(error)) return `${error.message}\n\n${where}`;
  const message = messageOf(error);
  if (/NODE_MODULE_VERSION|compiled against a different Node\.js version|ERR_DLOPEN_FAILED|invalid ELF header|not a valid Win32 application/i.test(message)) {
    return (
      'This copy of Scrutiny Workbench has a database component built for a different runtime, so it cannot open the store. ' +
      'Rebuild it for Electron (npm run rebuild:electron) and start the app again.'
    );
  }
  if (/EACCES|EPERM|read-only|readonly/i.test(message)) {
    return `Scrutiny Workbench is not allowed to open or write its store. Check that you can write to that folder, then start the app again.\n\n${where}`;
  }
  return (
    'Scrutiny Workbench could not open its store. If it was saved by a newer version of the app, use that version; ' +
    `otherwise restore the store from a backup.\n\n${where}\n\nDetail: ${message}`
  );
}
