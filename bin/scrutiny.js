#!/usr/bin/env node
// The `scrutiny` command. Runs the precompiled CLI (out/main/cli.js, made by `npm run build`) when
// it is newer than every source file it is built from; otherwise the TypeScript sources through
// tsx, so a clean checkout needs no build and an edit is never hidden by a stale bundle.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'out', 'main', 'cli.js');
const SOURCES = ['backend', 'db', 'shared', 'package.json', 'electron.vite.config.ts'];

function newestChange(path) {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return 0;
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, newestChange(join(path, entry.name)));
  }
  return newest;
}

function bundleIsFresh() {
  if (process.env.SCRUTINY_CLI_FROM_SOURCES === '1' || !existsSync(bundle)) return false;
  const builtAt = statSync(bundle).mtimeMs;
  return SOURCES.every((source) => newestChange(join(root, source)) <= builtAt);
}

if (bundleIsFresh()) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  // Piped into head or less and closed early: stop quietly, as command-line tools do.
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const { runCli } = await import('../backend/cli/main.ts');
  process.exitCode = await runCli(process.argv.slice(2));
}
