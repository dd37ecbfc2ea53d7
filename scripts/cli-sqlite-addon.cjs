/**
 * What better-sqlite3's `require('bindings')('better_sqlite3.node')` becomes in the CLI's bundle
 * (scripts/build-cli.mjs): the addon from better-sqlite3's own build folder, found by resolving the
 * package from the bundle's place, as Node would find the package itself.
 */
'use strict';
const path = require('node:path');

module.exports = function addon(name) {
  if (name !== 'better_sqlite3.node') throw new Error(`Only better-sqlite3's addon is loaded this way, not ${name}.`);
  const packageFolder = path.dirname(require.resolve('better-sqlite3/package.json'));
  return require(path.join(packageFolder, 'build', 'Release', name));
};
