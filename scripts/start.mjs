#!/usr/bin/env node
/**
 * `npm start`: runs Scrutiny Workbench as a desktop app when the Electron runtime is installed,
 * and in the web browser (the local host, with the sample investigation) when it is not.
 *
 * The runtime check never executes the `electron` package: its index.js tries to download the
 * binary when it is missing. Instead it reads the package's path.txt and looks for the binary
 * under dist/ (or ELECTRON_OVERRIDE_DIST_PATH), as that index.js would.
 *
 * Either way the app is built first if out/ lacks what it needs or is older than the source it is
 * built from (after a `git pull`, say). `--browser` forces the browser.
 *
 * Every failure ends with one plain sentence and exit code 1; never a stack trace.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_BUNDLE, CLI_SOURCES, isBuildFresh } from './build-freshness.cjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

function fail(sentence) {
  console.error(sentence);
  process.exit(1);
}

process.on('uncaughtException', (error) => {
  fail(`Scrutiny Workbench could not start: ${error && error.message ? error.message : String(error)}`);
});

/** The Electron executable's absolute path, or null when the runtime is not installed. */
function findElectronBinary(env = process.env) {
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  let executable = null;
  try {
    executable = readFileSync(pathFile, 'utf8').trim() || null;
  } catch {
    executable = null;
  }
  let binary;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    binary = join(env.ELECTRON_OVERRIDE_DIST_PATH, executable ?? 'electron');
  } else if (executable) {
    binary = join(packageDir, 'dist', executable);
  } else {
    return null;
  }
  return existsSync(binary) ? binary : null;
}

const DESKTOP_FILES = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
// The browser host is the CLI's `serve`: its bundle too (else bin/scrutiny.cjs runs it through tsx).
const BROWSER_FILES = ['out/renderer/index.html', CLI_BUNDLE];
/** What the built files are made from: a change to any of these makes out/ stale. */
const DESKTOP_SOURCES = ['electron', 'backend', 'db', 'shared', 'renderer', 'electron.vite.config.ts', 'package.json'];
const BROWSER_SOURCES = [...CLI_SOURCES, 'renderer'];

function isBuilt(files) {
  return files.every((file) => existsSync(join(root, file)));
}

/** Why out/ must be built again, or null when it is there and newer than its sources. */
function needsBuild(files, sources) {
  if (!isBuilt(files)) return 'first run';
  return isBuildFresh(root, files, sources) ? null : 'the source has changed since the last build';
}

/** Runs `npm run build`'s two steps (electron-vite, then the CLI bundle) when out/ is missing or stale. */
async function buildIfNeeded(files, sources, purpose) {
  const reason = needsBuild(files, sources);
  if (!reason) return;
  console.log(`Building Scrutiny Workbench ${purpose} (${reason})…`);
  let viteCli;
  try {
    // The package's exports do not list its bin, so find the bin next to its package.json.
    viteCli = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  } catch {
    fail('The build tool electron-vite is not installed, so the app cannot be built; run npm install first.');
  }
  let code = await run(process.execPath, [viteCli, 'build'], { what: 'the build' });
  if (code === 0) code = await run(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { what: 'the CLI build' });
  if (code !== 0) fail('Scrutiny Workbench could not be built; the messages above say why.');
  if (!isBuilt(files)) fail("The build finished but some of the app's files are missing from out/.");
}

/**
 * Runs a child with our stdio, forwards SIGINT/SIGTERM to it, and resolves with its exit code
 * (128 + signal number when it was ended by a signal).
 */
function run(command, args, options = {}) {
  return new Promise((resolvePromise) => {
    let child;
    try {
      child = spawn(command, args, { cwd: root, stdio: 'inherit', windowsHide: false, ...options });
    } catch (error) {
      fail(`Could not start ${options.what ?? command}: ${error.message}`);
      return;
    }
    const forward = (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    };
    const onInt = () => forward('SIGINT');
    const onTerm = () => forward('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    child.on('error', (error) => fail(`Could not start ${options.what ?? command}: ${error.message}`));
    child.on('exit', (code, signal) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      if (code !== null) resolvePromise(code);
      else resolvePromise(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
    });
  });
}

async function startDesktop(binary, args) {
  await buildIfNeeded(DESKTOP_FILES, DESKTOP_SOURCES, 'for the desktop');
  const env = { ...process.env };
  // If set, Electron would run as plain Node instead of as the app.
  delete env.ELECTRON_RUN_AS_NODE;
  return run(binary, ['.', ...args], { env, what: 'the Electron runtime' });
}

async function startBrowser(args, reason) {
  console.log(reason);
  const cli = join(root, 'bin', 'scrutiny.cjs');
  if (!existsSync(cli)) fail('The browser version cannot start because bin/scrutiny.cjs is missing.');
  await buildIfNeeded(BROWSER_FILES, BROWSER_SOURCES, 'for the browser');
  return run(process.execPath, [cli, 'serve', '--sample', ...args], { what: 'the browser host' });
}

async function main() {
  // `--browser` (npm run start:browser) skips the desktop runtime even when it is installed.
  const argv = process.argv.slice(2);
  const forceBrowser = argv.includes('--browser');
  const args = argv.filter((arg) => arg !== '--browser');
  const binary = forceBrowser ? null : findElectronBinary();
  const code = binary
    ? await startDesktop(binary, args)
    : await startBrowser(
        args,
        forceBrowser
          ? 'Scrutiny Workbench is starting in your web browser.'
          : 'The Electron desktop runtime is not installed on this machine, so Scrutiny Workbench is starting in your web browser instead.',
      );
  process.exit(code);
}

main().catch((error) => fail(`Scrutiny Workbench could not start: ${error && error.message ? error.message : String(error)}`));
