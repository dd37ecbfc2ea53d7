/**
 * The app:// scheme the UI is served from.
 *
 * Registered as privileged before `ready` (standard: relative URLs and storage work like
 * https; secure: counts as a secure context; supportFetchAPI: fetch() works; codeCache: V8
 * caches the app's scripts). After `ready`, every app:// request is answered from the built
 * renderer directory only, by static-files.ts, which refuses anything outside it.
 */
import { protocol, type Session } from 'electron';
import { APP_SCHEME } from './security';
import { createStaticHandler } from './static-files';

/** Must run before the app's `ready` event, and only once. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves out/renderer on app://workbench/ for the given session (after `ready`). */
export function serveRenderer(session: Session, rendererDir: string): void {
  const handler = createStaticHandler(rendererDir);
  session.protocol.handle(APP_SCHEME, (request) => handler(request));
}
