/**
 * Applies the rules in security.ts to Electron objects: sessions and every webContents.
 *
 * - Navigation away from app://workbench is blocked (will-navigate, will-frame-navigate,
 *   will-redirect); http(s) and mailto links go to the user's browser or mail client instead,
 *   only after externalUrlToOpen() has validated and normalised them.
 * - No window can be opened by the page (setWindowOpenHandler always denies).
 * - No <webview> can be attached.
 * - Every permission request and check is denied.
 * - Every network or file: request from the session is cancelled (the UI is entirely local).
 * - Downloads are allowed only for content the page made itself (blob:/data:).
 */
import { shell, type Session, type WebContents } from 'electron';
import { externalUrlToOpen, isDownloadAllowed, isNavigationAllowed, isRequestAllowed } from './security';
import { SPELLCHECK_LANGUAGES } from './web-preferences';

function openExternally(rawUrl: string): void {
  const url = externalUrlToOpen(rawUrl);
  if (url === null) return;
  shell.openExternal(url).catch(() => {
    // No browser or mail client to hand it to: nothing useful to do.
  });
}

export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (isNavigationAllowed(event.url)) return;
    event.preventDefault();
    openExternally(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler((details) => {
    openExternally(details.url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

export function hardenSession(session: Session, platform: NodeJS.Platform): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));

  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: !isRequestAllowed(details.url) });
  });

  session.on('will-download', (event, item) => {
    if (!isDownloadAllowed(item.getURL())) event.preventDefault();
  });

  if (platform !== 'darwin') {
    try {
      session.setSpellCheckerLanguages(SPELLCHECK_LANGUAGES);
    } catch {
      // The language is not available on this system; spell checking falls back to its default.
    }
  }
}
