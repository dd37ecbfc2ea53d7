/**
 * Bundles the `scrutiny` CLI into one CommonJS file, out/main/cli.cjs, after `electron-vite build`
 * (npm run build runs both).
 *
 * Why a second bundle beside electron-vite's ESM one: a command-line tool is started afresh for
 * every command, and Node 20 compiles ES modules from source every time (it has no compile cache
 * for them before Node 22). One CommonJS file can be compiled through `vm.Script` with V8's code
 * cache (bin/code-cache.cjs), which roughly halves the start-up of `scrutiny export docx`.
 *
 * Everything is bundled but better-sqlite3 (native) and what only the import worker loads
 * (pdfjs-dist, in out/main/import-worker.js, which the CLI starts as electron-vite built it).
 * `import.meta.url` becomes the bundle's own file URL: the worker, the sample transcripts and the
 * built pages are found beside it in out/main/.
 */
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

await build({
  entryPoints: [join(root, 'backend/cli/bin.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: join(root, 'out/main/cli.cjs'),
  external: ['better-sqlite3', 'pdfjs-dist', 'electron'],
  define: { 'import.meta.url': '__scrutinyModuleUrl' },
  banner: { js: "const __scrutinyModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'linked',
  minifyWhitespace: true, minifySyntax: true,
  logLevel: 'warning',
});
