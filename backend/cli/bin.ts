/**
 * The `scrutiny` command, as bundled into out/main/cli.js by `npm run build`. bin/scrutiny.js runs
 * this bundle when it is newer than the sources (it starts in a fraction of the time tsx takes to
 * load the TypeScript), and the sources through tsx otherwise.
 */
import { runCli } from './main';

// Piped into head or less and closed early: stop quietly, as command-line tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = await runCli(process.argv.slice(2));
