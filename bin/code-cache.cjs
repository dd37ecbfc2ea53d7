/**
 * Runs a CommonJS bundle through V8's code cache: the CLI's start-up, in Node 20, which has no
 * compile cache of its own (module.enableCompileCache arrived in Node 22).
 *
 * The first run compiles the bundle from source and, when it ends, saves V8's cache beside it,
 * which by then holds every function that run compiled, not only the top level. Later runs
 * start from that cache: about 100 ms less for `scrutiny export docx`. V8 refuses a cache made
 * by another version or with other flags (`cachedDataRejected`); that run compiles afresh and
 * saves a new one. A folder that cannot be written to only means no cache.
 *
 * V8 checks a cache against its source only by length, so a rebuilt bundle of the same length
 * would be run with the old bundle's code. The cache's name therefore carries the bundle's
 * modification time and size (`cli.cjs.<mtime>-<size>.v8-cache`); one made for a new build
 * removes those of older builds.
 *
 * A cache holds what its first run compiled, so a cache made by `scrutiny --help` would leave the
 * export compiling from source for good. The caller names the command (`variant`), and each
 * command gets its own cache (`cli.cjs.<mtime>-<size>.export-docx.v8-cache`).
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

/** The code caches of `file` (any build) in its folder. */
function cachesOf(file) {
  const prefix = `${path.basename(file)}.`;
  try {
    return fs.readdirSync(path.dirname(file)).filter((name) => name.startsWith(prefix) && name.endsWith('.v8-cache'));
  } catch {
    return [];
  }
}

/**
 * Runs `bundle` as the main module would run, through the code cache made for this build of it
 * and this `variant` (a command's name, letters and hyphens only; '' for one cache for all).
 */
function runWithCodeCache(bundle, variant = '') {
  const file = path.resolve(bundle);
  const stat = fs.statSync(file);
  const build = `${path.basename(file)}.${Math.round(stat.mtimeMs)}-${stat.size}.`;
  const safeVariant = /^[a-z][a-z-]{0,40}$/.test(variant) ? `${variant}.` : '';
  const cacheFile = path.join(path.dirname(file), `${build}${safeVariant}v8-cache`);
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined; // the first run after a build
  }
  const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), {
    filename: file,
    cachedData,
    ...(vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER ? { importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER } : {}),
  });
  if (cachedData === undefined || script.cachedDataRejected) {
    process.once('exit', () => {
      try {
        const temporary = `${cacheFile}.${process.pid}`;
        fs.writeFileSync(temporary, script.createCachedData());
        fs.renameSync(temporary, cacheFile);
        for (const name of cachesOf(file)) {
          if (!name.startsWith(build)) fs.rmSync(path.join(path.dirname(file), name), { force: true });
        }
      } catch {
        // A read-only install: every run compiles from source, as plain `node` would.
      }
    });
  }
  const bundleModule = new Module(file, module);
  bundleModule.filename = file;
  bundleModule.paths = Module._nodeModulePaths(path.dirname(file));
  const require = (id) => bundleModule.require(id);
  require.resolve = (request, options) => Module._resolveFilename(request, bundleModule, false, options);
  require.main = process.mainModule;
  require.cache = Module._cache;
  script.runInThisContext()(bundleModule.exports, require, bundleModule, file, path.dirname(file));
}

module.exports = { runWithCodeCache };
