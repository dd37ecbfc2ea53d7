/**
 * The `scrutiny` command's entry: bundled into out/main/cli.cjs by `npm run build`
 * (scripts/build-cli.mjs). bin/scrutiny.cjs runs that bundle, through V8's code cache, when it is
 * newer than the sources, and this file through tsx otherwise.
 */
import { runCli } from './main';

// Piped into head or less and closed early: stop quietly, as command-line tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// No top-level await: the bundle is CommonJS. Once a one-shot command has finished and its output
// is flushed, the process exits rather than waiting for Node to wind down its heap (10–20 ms of a
// command that takes 200). `serve` runs until stopped, so it only returns when stopped.
void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
});
