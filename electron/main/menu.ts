/**
 * The native menu, as a template (type-only `electron` import; index.ts builds it).
 *
 * Most items send an `app.command` event to the UI, which carries the command out exactly as
 * if the clerk had used its own buttons (Undo and Redo too: see `undoRedoItems`). Two items are handled here in the main process
 * because they need native dialogs: "Save a copy of the store…" (save dialog, then `store.backup`)
 * and "About".
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/api/contract';

export interface MenuActions {
  /** Sends an `app.command` event to the window. */
  command(command: AppCommand): void;
  /** Asks where to save a backup of the store, makes it and reports the result. */
  backupStore(): void;
  /** Shows the About box. */
  about(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Developer tools appear only in an unpackaged (development) build. */
  isPackaged: boolean;
  appName: string;
}

/** The work areas in the order of the UI's navigation, with their shortcuts (Ctrl/Cmd+1…8). */
export const AREA_ITEMS: ReadonlyArray<{ label: string; command: AppCommand }> = [
  { label: 'Overview', command: 'go-overview' },
  { label: 'Meetings', command: 'go-meetings' },
  { label: 'Transcripts', command: 'go-transcripts' },
  { label: 'Evidence', command: 'go-evidence' },
  { label: 'Sources', command: 'go-sources' },
  { label: 'Metrics', command: 'go-metrics' },
  { label: 'Draft', command: 'go-draft' },
  { label: 'Export', command: 'go-export' },
];

export function buildMenuTemplate(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const send = (command: AppCommand) => () => actions.command(command);

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New investigation', accelerator: 'CmdOrCtrl+N', click: send('new-investigation') },
      { label: 'Open sample investigation', click: send('open-sample') },
      { type: 'separator' },
      { label: 'Import…', accelerator: 'CmdOrCtrl+I', click: send('import') },
      { label: 'Export to Word…', accelerator: 'CmdOrCtrl+E', click: send('export-docx') },
      { label: 'Export a bundle of my work…', click: send('export-bundle') },
      { label: 'Import a bundle…', click: send('import-bundle') },
      { type: 'separator' },
      // Both open the Backups dialog (backing up at once, as the first promises); restoring is
      // chosen from its list of backups, after a confirmation.
      { label: 'Back up the store…', click: send('backup-store') },
      { label: 'Restore from a backup…', click: send('backup-store') },
      { label: 'Save a copy of the store…', click: () => actions.backupStore() },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      ...undoRedoItems(options.platform, send),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...AREA_ITEMS.map(
        (area, index): MenuItemConstructorOptions => ({
          label: area.label,
          accelerator: `CmdOrCtrl+${index + 1}`,
          click: send(area.command),
        }),
      ),
      { type: 'separator' },
      { label: 'Find…', accelerator: 'CmdOrCtrl+K', click: send('find') },
      { type: 'separator' },
      { role: 'reload' },
      ...(options.isPackaged ? [] : [{ role: 'toggleDevTools' } as MenuItemConstructorOptions]),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [
      { label: 'Check store integrity', click: send('check-store') },
      { type: 'separator' },
      { label: `About ${options.appName}`, click: () => actions.about() },
    ],
  };

  const macApp: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: options.appName,
          submenu: [
            { label: `About ${options.appName}`, click: () => actions.about() },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  return [...macApp, file, edit, view, ...(isMac ? [{ role: 'windowMenu' } as MenuItemConstructorOptions] : []), help];
}

/**
 * Edit › Undo and Redo. Not the native roles, which only undo typing: the page is sent `undo` or
 * `redo` and decides — in a text field it undoes the typing (as the roles would), elsewhere the
 * last quote or tag action, as Ctrl/⌘+Z does in the page.
 *
 * On Windows and Linux the shortcut is shown but not registered, so the key goes to the page alone:
 * the page's own handler undoes quote and tag actions, and a text field undoes its typing (were
 * the menu to take the key as well, it would undo twice). macOS always registers menu shortcuts,
 * and a text field there relies on the menu for ⌘Z, which the page then carries out.
 */
export function undoRedoItems(platform: NodeJS.Platform, send: (command: AppCommand) => () => void): MenuItemConstructorOptions[] {
  const registerAccelerator = platform === 'darwin';
  return [
    { label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator, click: send('undo') },
    { label: 'Redo', accelerator: platform === 'win32' ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z', registerAccelerator, click: send('redo') },
  ];
}
