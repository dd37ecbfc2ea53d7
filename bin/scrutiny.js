#!/usr/bin/env node
// The `scrutiny` command. Runs the precompiled CLI (out/main/cli.cjs, made by `npm run build`)
// through V8's code cache (./code-cache.cjs) when it is newer than every source file it is built
// from; otherwise the TypeScript sources through tsx, so a clean checkout needs no build and an
// edit is never hidden by a stale bundle.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isBuildFresh } from '../scripts/build-freshness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = 'out/main/cli.cjs';
const SOURCES = ['backend', 'db', 'shared', 'package.json', 'electron.vite.config.ts', 'scripts/build-cli.mjs'];

function bundleIsFresh() {
  return process.env.SCRUTINY_CLI_FROM_SOURCES !== '1' && isBuildFresh(root, [BUNDLE], SOURCES);
}

if (bundleIsFresh()) {
  const { runWithCodeCache } = createRequire(import.meta.url)('./code-cache.cjs');
  runWithCodeCache(join(root, BUNDLE));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  // The same entry the bundle is built from, run from its TypeScript.
  await import('../backend/cli/bin.ts');
}
