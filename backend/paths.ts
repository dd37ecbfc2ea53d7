/**
 * Where the store lives by default: the same folder Electron uses for the app's user data, so the
 * desktop app, the browser host and the CLI all open the same store unless told otherwise.
 */
import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'Scrutiny Workbench';
export const STORE_FILE_NAME = 'scrutiny.db';

/** The platform's per-user application-data folder (Electron's `appData`). */
export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming');
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config');
}

/** `SCRUTINY_STORE` if set, else `<userData>/scrutiny.db`. */
export function defaultStorePath(userDataDir?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.SCRUTINY_STORE) return path.resolve(env.SCRUTINY_STORE);
  return path.join(userDataDir ?? path.join(appDataDir(env), APP_DIR_NAME), STORE_FILE_NAME);
}
