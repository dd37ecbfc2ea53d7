/**
 * Bundles the `scrutiny` CLI into one CommonJS file, out/main/cli.cjs, after `electron-vite build`
 * (npm run build runs both).
 *
 * Why a second bundle beside electron-vite's ESM one: a command-line tool is started afresh for
 * every command, and Node 20 compiles ES modules from source every time (it has no compile cache
 * for them before Node 22). One CommonJS file can be compiled through `vm.Script` with V8's code
 * cache (bin/code-cache.cjs), which roughly halves the start-up of `scrutiny export docx`.
 *
 * Everything is bundled but what only the import worker loads (pdfjs-dist, in
 * out/main/import-worker.js, which the CLI starts as electron-vite built it). better-sqlite3's
 * JavaScript is bundled too, so that it comes from the code cache rather than ten files compiled
 * afresh; its compiled addon is loaded from its package (./cli-sqlite-addon.cjs).
 * `import.meta.url` becomes the bundle's own file URL: the worker, the sample transcripts and the
 * built pages are found beside it in out/main/.
 */
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * better-sqlite3 finds its addon through the `bindings` package, which works out the package's
 * folder from a stack trace and then tries a dozen places, each a failed require (about 3 ms of
 * every command). In the bundle it is told where the addon is instead.
 */
const sqliteAddonFromItsPackage = {
  name: 'sqlite-addon-from-its-package',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^bindings$/ }, (args) =>
      args.importer.includes(join('node_modules', 'better-sqlite3')) ? { path: join(root, 'scripts/cli-sqlite-addon.cjs') } : undefined,
    );
  },
};

await build({
  entryPoints: [join(root, 'backend/cli/bin.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: join(root, 'out/main/cli.cjs'),
  external: ['pdfjs-dist', 'electron', 'better-sqlite3/package.json'],
  plugins: [sqliteAddonFromItsPackage],
  define: { 'import.meta.url': '__scrutinyModuleUrl' },
  banner: { js: "const __scrutinyModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'linked',
  minifyWhitespace: true, minifySyntax: true,
  logLevel: 'warning',
});
