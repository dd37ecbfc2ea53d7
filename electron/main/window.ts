/**
 * Creates the one main window: restored to its last size and place, sandboxed, showing
 * app://workbench/index.html. (Navigation and window-opening guards are attached to every
 * webContents in index.ts through guards.ts.)
 */
import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from './security';
import { webPreferencesFor } from './web-preferences';
import { MIN_SIZE, fitToDisplays, readWindowState, writeWindowState } from './window-state';

export interface MainWindowOptions {
  preloadPath: string;
  /** userData/window-state.json */
  stateFile: string;
  isPackaged: boolean;
  title: string;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea);
  const state = fitToDisplays(readWindowState(options.stateFile), workAreas);

  const window = new BrowserWindow({
    title: options.title,
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : { center: true }),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: webPreferencesFor({ preloadPath: options.preloadPath, allowDevTools: !options.isPackaged }),
  });

  window.once('ready-to-show', () => {
    if (state.maximised) window.maximize();
    window.show();
  });

  window.on('close', () => {
    const bounds = window.getNormalBounds();
    writeWindowState(options.stateFile, { ...bounds, maximised: window.isMaximized() });
  });

  void window.loadURL(APP_ENTRY_URL).catch(() => {
    // A load failure shows as a blank page; the protocol handler answers 404 for missing files.
  });
  return window;
}
