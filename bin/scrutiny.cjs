#!/usr/bin/env node
// The `scrutiny` command. Runs the precompiled CLI (out/main/cli.cjs, made by `npm run build`)
// through V8's code cache (./code-cache.cjs) when it is newer than every source file it is built
// from; otherwise the TypeScript sources through tsx, so a clean checkout needs no build and an
// edit is never hidden by a stale bundle.
// CommonJS, as the bundle is: no ES module loader to start (about 10 ms of every command).
'use strict';
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { isBuildFresh } = require('../scripts/build-freshness.cjs');
const { commandOf } = require('./command-name.cjs');

const root = join(__dirname, '..');
const BUNDLE = 'out/main/cli.cjs';
const SOURCES = ['backend', 'db', 'shared', 'package.json', 'electron.vite.config.ts', 'scripts/build-cli.mjs'];

function bundleIsFresh() {
  return process.env.SCRUTINY_CLI_FROM_SOURCES !== '1' && isBuildFresh(root, [BUNDLE], SOURCES);
}

if (bundleIsFresh()) {
  require('./code-cache.cjs').runWithCodeCache(join(root, BUNDLE), commandOf(process.argv.slice(2)));
} else {
  // The same entry the bundle is built from, run from its TypeScript.
  import('tsx/esm/api').then(({ register }) => {
    register();
    return import(pathToFileURL(join(root, 'backend/cli/bin.ts')).href);
  });
}
