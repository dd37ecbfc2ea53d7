/**
 * `scrutiny`: the command-line face of the workbench, over the in-process transport.
 *
 * Every command goes through the same typed API as the UI. Exit codes: 0 success, 1 a user error
 * (message on stderr), 2 an internal error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { formatLongDate } from '../../shared/format/dates';
import { createBackend, type Backend } from '../index';
import { startHost } from '../host/http-host';
import { defaultStorePath } from '../paths';
import { APP_VERSION } from '../version';
import { loadInvestigationsJson } from './investigation-report';
import { EXIT_OK, EXIT_USER_ERROR, UserError, describeError, exitCodeFor, printJson, printLines } from './output';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_RENDERER_DIR = path.join(REPO_ROOT, 'out', 'renderer');

interface GlobalOptions {
  store?: string;
}

function storePathFrom(program: Command): string {
  const { store } = program.opts<GlobalOptions>();
  return store ? path.resolve(store) : defaultStorePath();
}

async function withBackend<T>(program: Command, work: (backend: Backend) => Promise<T>): Promise<T> {
  const backend = await createBackend({ storePath: storePathFrom(program) });
  try {
    return await work(backend);
  } finally {
    await backend.close();
  }
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('The port must be a whole number from 0 to 65535.');
  return port;
}

export function buildProgram(): Command {
  const program = new Command('scrutiny')
    .description('Scrutiny Workbench: transcripts, evidence, sources, drafting and Word export for scrutiny committees.')
    .version(APP_VERSION)
    .option('--store <path>', 'the store to use (default: $SCRUTINY_STORE, else the app’s store in your user data folder)')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('init')
    .description('create the store (or bring it up to date) and say where it is')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      await withBackend(program, async ({ client }) => {
        const check = await client.call('store.check', {});
        if (options.json) printJson({ path: check.path, schemaVersion: check.schemaVersion, ok: check.ok });
        else printLines([`Store ready at ${check.path} (schema version ${check.schemaVersion}).`]);
      });
    });

  program
    .command('demo')
    .description('load the sample investigation (the response to the draft Police and Crime Plan 2025-29)')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      await withBackend(program, async ({ client }) => {
        const result = await client.call('sample.load', {});
        if (options.json) printJson(result);
        else printLines([result.created ? `Loaded the sample investigation (${result.investigationId}).` : `The sample investigation is already in this store (${result.investigationId}).`]);
      });
    });

  program
    .command('investigations')
    .description('list the investigations in the store')
    .option('--json', 'print JSON (stable shape, see the README)')
    .action(async (options: { json?: boolean }) => {
      await withBackend(program, async ({ client }) => {
        const investigations = await loadInvestigationsJson(client);
        if (options.json) {
          printJson(investigations);
          return;
        }
        if (investigations.length === 0) {
          printLines(['No investigations yet. Run “scrutiny demo” to load the sample.']);
          return;
        }
        for (const inv of investigations) {
          printLines([
            `${inv.title}`,
            `  ${inv.committee} · ${inv.status}${inv.startedOn ? ` · since ${formatLongDate(inv.startedOn)}` : ''}`,
            `  id ${inv.id}`,
            `  Members: ${inv.members.map((m) => `${m.name} (${m.roleLabel})`).join(', ') || 'none'}`,
            `  Meetings: ${inv.meetings.length}; recommendations: ${inv.recommendationCount}`,
          ]);
        }
      });
    });

  program
    .command('check')
    .description('check the store: integrity, schema version and migrations')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      await withBackend(program, async ({ client }) => {
        const check = await client.call('store.check', {});
        if (options.json) printJson(check);
        else
          printLines([
            check.ok ? `The store is sound: ${check.path}` : `The store has problems: ${check.path}`,
            `  Integrity: ${check.integrity.join('; ')}`,
            `  Foreign-key problems: ${check.foreignKeyViolations}`,
            `  Schema version ${check.schemaVersion} (this app: ${check.appSchemaVersion}); migrations pending: ${check.pendingMigrations.length ? check.pendingMigrations.join(', ') : 'none'}`,
            `  Journal: ${check.journalMode}; full-text search: ${check.fts5 ? 'available' : 'missing'}; SQLite ${check.sqliteVersion}`,
          ]);
        if (!check.ok) process.exitCode = EXIT_USER_ERROR;
      });
    });

  program
    .command('serve')
    .description('start the workbench in your web browser (local host on 127.0.0.1 only) and print its address')
    .option('--port <n>', 'port to listen on (default: any free port)', parsePort, 0)
    .option('--sample', 'load the sample investigation first if the store has none')
    .option('--renderer <dir>', 'the built pages to serve', DEFAULT_RENDERER_DIR)
    .action(async (options: { port: number; sample?: boolean; renderer: string }) => {
      if (!fs.existsSync(path.join(options.renderer, 'index.html'))) {
        throw new UserError(`The workbench's pages have not been built yet (${options.renderer} is missing). Run “npm run build” first, or use “npm start”.`);
      }
      const backend = await createBackend({ storePath: storePathFrom(program) });
      let landing = '';
      try {
        if (options.sample) {
          const list = await backend.client.call('investigations.list', {});
          const target = list.length === 0 ? (await backend.client.call('sample.load', {})).investigationId : list.find((i) => i.isSample)?.id;
          if (target) landing = `#/investigations/${target}/overview`;
        }
        const host = await startHost({ backend, rendererDir: path.resolve(options.renderer), port: options.port });
        const info = await backend.client.call('app.info', {});
        printLines([
          `Scrutiny Workbench is running in your browser at:`,
          `  ${host.url}${landing}`,
          `Store: ${info.storePath}`,
          `Only this computer can reach it, and only with the address above. Press Ctrl+C to stop.`,
        ]);
        await new Promise<void>((resolve) => {
          const stop = () => resolve();
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        await host.close();
        printLines(['Stopped.']);
      } finally {
        await backend.close();
      }
    });

  return program;
}

/** Runs the CLI and returns the exit code (the bin sets it; tests call this directly). */
export async function runCli(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version "fail" with exit code 0; usage mistakes are user errors.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USER_ERROR;
    }
    process.stderr.write(`${describeError(error)}\n`);
    return exitCodeFor(error);
  }
}
