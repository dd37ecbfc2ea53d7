/**
 * Whether what `npm run build` wrote to out/ is still newer than the sources it was built from.
 * Used by `npm start` (rebuild when stale) and bin/scrutiny.cjs (run the precompiled CLI only when
 * fresh), so an edit is never hidden by an old build.
 */
'use strict';
// CommonJS, so that bin/scrutiny.cjs can load it without starting Node's ES module loader.
const { readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

/** The newest modification time under `path` (a file or a folder), in milliseconds; 0 if missing. */
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

/** True when every built file exists and none is older than the newest change to `sources` (paths under `root`). */
function isBuildFresh(root, builtFiles, sources) {
  let builtAt = Infinity;
  for (const file of builtFiles) {
    const stats = statSync(join(root, file), { throwIfNoEntry: false });
    if (!stats) return false;
    builtAt = Math.min(builtAt, stats.mtimeMs);
  }
  return sources.every((source) => newestChange(join(root, source)) <= builtAt);
}

/** The `scrutiny` CLI's bundle (scripts/build-cli.mjs), and what it is built from. */
const CLI_BUNDLE = 'out/main/cli.cjs';
const CLI_SOURCES = ['backend', 'db', 'shared', 'package.json', 'electron.vite.config.ts', 'scripts/build-cli.mjs', 'scripts/cli-sqlite-addon.cjs'];

module.exports = { newestChange, isBuildFresh, CLI_BUNDLE, CLI_SOURCES };
