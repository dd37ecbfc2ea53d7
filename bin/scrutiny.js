#!/usr/bin/env node
// The `scrutiny` command. Runs the TypeScript CLI through tsx, so a clean checkout needs no build.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../backend/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
