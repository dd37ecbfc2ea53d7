/**
 * The desktop shell's entry point: wires the pieces together and owns the app's lifecycle.
 *
 *   before ready  app:// registered as privileged; renderer sandbox enforced; single instance
 *   ready         session hardened; app:// served from out/renderer; backend opened on the
 *                 store (or a plain error box and quit); IPC; menu; window
 *   quit          IPC handler removed, backend closed
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Menu, app, dialog, session, type BrowserWindow, type MessageBoxOptions, type SaveDialogOptions } from 'electron';
import { createBackend, type Backend } from '../../backend';
import { defaultStorePath } from '../../backend/paths';
import type { AppCommand } from '../../shared/api/contract';
import { hardenSession, hardenWebContents } from './guards';
import { registerIpc, sendAppCommand } from './ipc';
import { buildMenuTemplate } from './menu';
import { registerAppScheme, serveRenderer } from './protocol';
import { describeOpenFailure } from './store-open';
import { createMainWindow } from './window';

const APP_TITLE = 'Scrutiny Workbench';

// out/main/index.js → out/preload/index.cjs and out/renderer/
const mainDir = dirname(fileURLToPath(import.meta.url));
const preloadPath = join(mainDir, '..', 'preload', 'index.cjs');
const rendererDir = join(mainDir, '..', 'renderer');

let backend: Backend | null = null;
let mainWindow: BrowserWindow | null = null;
let disposeIpc: (() => void) | null = null;
let closing = false;

// ---- Before ready ----------------------------------------------------------------------------

registerAppScheme();
// Every renderer runs in the OS sandbox, whatever any window's options say.
app.enableSandbox();
// British English for the page's locale: dates in native pickers read day/month/year.
app.commandLine.appendSwitch('lang', 'en-GB');

process.on('uncaughtException', (error) => {
  console.error(`Scrutiny Workbench: unexpected error in the main process: ${error.message}`);
});
process.on('unhandledRejection', (reason) => {
  console.error(`Scrutiny Workbench: unexpected error in the main process: ${reason instanceof Error ? reason.message : String(reason)}`);
});

if (!app.requestSingleInstanceLock()) {
  // Another copy is already running with this store; it is brought to the front instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) {
      if (backend) openWindow();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (backend && !mainWindow) openWindow();
  });
  app.on('will-quit', (event) => {
    if (!backend || closing) return;
    event.preventDefault();
    closing = true;
    disposeIpc?.();
    disposeIpc = null;
    const open = backend;
    backend = null;
    open
      .close()
      .catch((error: unknown) => {
        console.error(`Scrutiny Workbench: the store did not close cleanly: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => app.quit());
  });

  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      dialog.showErrorBox(
        `${APP_TITLE} could not start`,
        `Something went wrong while starting: ${error instanceof Error ? error.message : String(error)}`,
      );
      app.exit(1);
    });
}

// ---- Ready -------------------------------------------------------------------------------------

async function onReady(): Promise<void> {
  const ses = session.defaultSession;
  hardenSession(ses, process.platform);
  if (!existsSync(join(rendererDir, 'index.html'))) {
    dialog.showErrorBox(
      `${APP_TITLE} cannot start`,
      "The app's pages have not been built. Run “npm run build” (or start it with “npm start”, which builds first) and try again.",
    );
    app.exit(1);
    return;
  }
  serveRenderer(ses, rendererDir);

  // <userData>/scrutiny.db, or SCRUTINY_STORE when set (defaultStorePath reads the environment).
  const storePath = defaultStorePath(app.getPath('userData'));
  try {
    backend = await createBackend({ storePath, appVersion: app.getVersion() });
  } catch (error) {
    dialog.showErrorBox(`${APP_TITLE} could not open its store`, describeOpenFailure(error, storePath));
    app.exit(1);
    return;
  }

  disposeIpc = registerIpc(backend, () => mainWindow);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(
        {
          command: (command: AppCommand) => sendAppCommand(() => mainWindow, command),
          backupStore: () => void backupStore(),
          about: () => void showAbout(),
        },
        { platform: process.platform, isPackaged: app.isPackaged, appName: APP_TITLE },
      ),
    ),
  );
  openWindow();
}

function openWindow(): void {
  const window = createMainWindow({
    preloadPath,
    stateFile: join(app.getPath('userData'), 'window-state.json'),
    isPackaged: app.isPackaged,
    title: APP_TITLE,
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
}

// ---- Menu actions handled in main --------------------------------------------------------------

let backingUp = false;

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** File › Back up store…: asks where, asks the backend to copy and verify, says how it went. */
async function backupStore(): Promise<void> {
  if (!backend || backingUp) return;
  backingUp = true;
  try {
    const options: SaveDialogOptions = {
      title: 'Back up the store',
      buttonLabel: 'Back up',
      defaultPath: join(app.getPath('documents'), `scrutiny-backup-${today()}.db`),
      filters: [{ name: 'Scrutiny Workbench store', extensions: ['db'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const choice = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath || !backend) return;

    const response = await backend.dispatch('store.backup', { path: choice.filePath });
    const box: MessageBoxOptions = response.ok
      ? {
          type: 'info',
          title: 'Backup made',
          message: 'The store has been backed up.',
          detail: describeBackup(response.result, choice.filePath),
          buttons: ['OK'],
        }
      : {
          type: 'error',
          title: 'Backup failed',
          message: 'The store could not be backed up.',
          detail: response.error.message,
          buttons: ['OK'],
        };
    if (mainWindow) await dialog.showMessageBox(mainWindow, box);
    else await dialog.showMessageBox(box);
  } finally {
    backingUp = false;
  }
}

function describeBackup(result: unknown, chosenPath: string): string {
  const value = (typeof result === 'object' && result !== null ? result : {}) as { path?: unknown; bytes?: unknown };
  const path = typeof value.path === 'string' ? value.path : chosenPath;
  const size = typeof value.bytes === 'number' && Number.isFinite(value.bytes) ? ` (${formatBytes(value.bytes)})` : '';
  return `The copy was saved to ${path}${size} and checked.`;
}

/** Help › About. */
async function showAbout(): Promise<void> {
  const box: MessageBoxOptions = {
    type: 'info',
    title: `About ${APP_TITLE}`,
    message: `${APP_TITLE} ${app.getVersion()}`,
    detail:
      'An offline workbench for scrutiny committees: transcripts, evidence, sources, drafting and Word export.\n\n' +
      `Store: ${backend?.storePath ?? 'not open'}\n` +
      `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node.js ${process.versions.node}`,
    buttons: ['OK'],
  };
  if (mainWindow) await dialog.showMessageBox(mainWindow, box);
  else await dialog.showMessageBox(box);
}
