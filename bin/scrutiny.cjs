#!/usr/bin/env node
// The `scrutiny` command. Runs the precompiled CLI (out/main/cli.cjs, made by `npm run build`)
// through V8's code cache (./code-cache.cjs) when it is newer than every source file it is built
// from; otherwise the TypeScript sources through tsx, so a clean checkout needs no build and an
// edit is never hidden by a stale bundle.
// CommonJS, as the bundle is: no ES module loader to start (about 10 ms of every command).
'use strict';
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { CLI_BUNDLE, CLI_SOURCES, isBuildFresh } = require('../scripts/build-freshness.cjs');
const { commandOf } = require('./command-name.cjs');

const root = join(__dirname, '..');

function bundleIsFresh() {
  return process.env.SCRUTINY_CLI_FROM_SOURCES !== '1' && isBuildFresh(root, [CLI_BUNDLE], CLI_SOURCES);
}

if (bundleIsFresh()) {
  require('./code-cache.cjs').runWithCodeCache(join(root, CLI_BUNDLE), commandOf(process.argv.slice(2)));
} else {
  // The same entry the bundle is built from, run from its TypeScript.
  import('tsx/esm/api').then(({ register }) => {
    register();
    return import(pathToFileURL(join(root, 'backend/cli/bin.ts')).href);
  });
}
