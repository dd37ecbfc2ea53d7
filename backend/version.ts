/** The app's version, from package.json (bundled in by the desktop build, read directly by tsx). */
import packageJson from '../package.json' with { type: 'json' };

export const APP_VERSION: string = packageJson.version;
