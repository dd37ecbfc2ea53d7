#!/usr/bin/env node
// The `scrutiny` command. Runs the TypeScript CLI through tsx, so a clean checkout needs no build.
import { register } from 'tsx/esm/api';

register();
// Piped into head or less and closed early: stop quietly, as command-line tools do.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { runCli } = await import('../backend/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
