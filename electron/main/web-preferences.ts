/**
 * The main window's webPreferences, as plain data (type-only `electron` import) so a test can
 * assert every security-relevant value without the Electron runtime.
 */
import type { WebPreferences } from 'electron';

export interface WebPreferencesOptions {
  /** Absolute path of the built preload (out/preload/index.cjs). */
  preloadPath: string;
  /** Developer tools are available only in an unpackaged (development) build. */
  allowDevTools: boolean;
}

export function webPreferencesFor(options: WebPreferencesOptions): WebPreferences {
  return {
    preload: options.preloadPath,
    // The page and the preload live in separate JavaScript worlds; the page sees only what the
    // preload exposes through contextBridge.
    contextIsolation: true,
    // No Node.js anywhere in the renderer: not in the page, workers or subframes.
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    // The renderer runs in Chromium's OS-level sandbox; the preload gets only a tiny `require`.
    sandbox: true,
    // Same-origin policy stays on; no http content inside an app:// page.
    webSecurity: true,
    allowRunningInsecureContent: false,
    // No <webview> (a second, separately configured browser) can be created.
    webviewTag: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    // Dropping a file on the window must not navigate away from the app.
    navigateOnDragDrop: false,
    // A page that opens dialogs in a loop can be stopped by the user.
    safeDialogs: true,
    spellcheck: true,
    devTools: options.allowDevTools,
  };
}

/** Languages for the built-in spell checker (ignored on macOS, which uses the system's). */
export const SPELLCHECK_LANGUAGES = ['en-GB'];
