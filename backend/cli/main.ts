/**
 * `scrutiny`: the command-line face of the workbench, over the in-process transport.
 *
 * Every command goes through the same typed API as the UI. Exit codes: 0 success, 1 a user error
 * (message on stderr), 2 an internal error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { SEARCH_ORDERS, type SearchOrder } from '../../shared/domain/transcripts';
import { formatLongDate } from '../../shared/format/dates';
import { APP_VERSION } from '../version';
import { loadInvestigationsJson } from './investigation-report';
import { registerReportCommands } from './report-commands';
import { registerExportCommands } from './export-commands';
import { registerSourceCommands } from './sources-commands';
import { registerMetricsCommands } from './metrics-commands';
import { registerVersionCommands } from './versions-commands';
import { registerBackupCommands } from './backup-commands';
import { registerBundleCommands } from './bundle-commands';
import { storePathFrom, withBackend } from './store-option';
import { EXIT_OK, EXIT_USER_ERROR, UserError, describeError, exitCodeFor, printJson, printLines } from './output';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_RENDERER_DIR = path.join(REPO_ROOT, 'out', 'renderer');


function parsePositive(value: string, what: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 200) throw new InvalidArgumentError(`${what} must be a whole number from 1 to 200.`);
  return n;
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

  const importCommand = program.command('import').description('bring files into the store');
  importCommand
    .command('transcript <file>')
    .description('import a transcript (PDF, Word .docx or text) into a meeting')
    .requiredOption('--meeting <id>', 'the meeting the transcript records')
    .option('--panel <id>', 'the panel, if the meeting had panels')
    .option('--title <title>', 'the title to cite it by (default: "<Committee> Transcript[ Panel N]")')
    .option('--json', 'print JSON')
    .action(async (file: string, options: { meeting: string; panel?: string; title?: string; json?: boolean }) => {
      await withBackend(program, async (backend) => {
        const staged = await backend.uploads.stagePath(path.resolve(file));
        const result = await backend.client.call('transcripts.import', {
          uploadId: staged.uploadId,
          meetingId: options.meeting,
          ...(options.panel ? { panelId: options.panel } : {}),
          ...(options.title ? { title: options.title } : {}),
        });
        if (options.json) {
          printJson(result);
          return;
        }
        const matched = result.turns.filter((t) => t.personId).length;
        printLines([
          `Imported “${result.title}” (${result.transcriptId}).`,
          `  ${result.pageCount} pages, ${result.turns.length} speaker turns, ${matched} of them linked to people.`,
          ...result.warnings.map((w) => `  Note: ${w}`),
          ...(result.unmatchedSpeakers.length
            ? ['  Speakers to link:', ...result.unmatchedSpeakers.map((u) => `    ${u.label} (${u.turnCount} turns)`)]
            : []),
        ]);
      });
    });

  program
    .command('search <query...>')
    .description('search transcripts: words, "phrases", prefix*, AND / OR / NOT')
    .option('--investigation <id>', 'only this investigation')
    .option('--meeting <id>', 'only this meeting')
    .option('--speaker <name>', 'only turns by this speaker (their name as the transcript gives it)')
    .option('--from <date>', 'meetings on or after this date (YYYY-MM-DD)')
    .option('--to <date>', 'meetings on or before this date (YYYY-MM-DD)')
    .addOption(new Option('--order <order>', 'newest meetings first, or best match first').choices(SEARCH_ORDERS).default('newest'))
    .option('--limit <n>', 'how many results', (v) => parsePositive(v, 'The limit'), 20)
    .option('--json', 'print JSON')
    .action(async (words: string[], options: { investigation?: string; meeting?: string; speaker?: string; from?: string; to?: string; order: SearchOrder; limit: number; json?: boolean }) => {
      await withBackend(program, async ({ client }) => {
        const results = await client.call('search.transcripts', {
          query: words.join(' '),
          investigationId: options.investigation ?? null,
          meetingId: options.meeting ?? null,
          speakerName: options.speaker ?? null,
          from: options.from ?? null,
          to: options.to ?? null,
          order: options.order,
          limit: options.limit,
        });
        if (options.json) {
          printJson(results);
          return;
        }
        if (results.hits.length === 0) {
          printLines(['No matches.']);
          return;
        }
        for (const hit of results.hits) {
          printLines([
            `${hit.transcriptTitle}, ${formatLongDate(hit.heldOn)}, p.${hit.page}${hit.speaker ? ` — ${hit.speakerLabel ?? hit.speaker}` : ''}`,
            `  ${hit.snippet.replace(/\u0002/g, '[').replace(/\u0003/g, ']')}`,
          ]);
        }
        if (results.hasMore) printLines([`(more results: use --limit to see them)`]);
      });
    });

  program
    .command('quotes')
    .description('list the quotes marked in an investigation’s transcripts')
    .requiredOption('--investigation <id>', 'the investigation')
    .option('--tag <name>', 'only quotes with this tag (e.g. "Recommendation 5", a section title or a theme)')
    .option('--json', 'print JSON')
    .action(async (options: { investigation: string; tag?: string; json?: boolean }) => {
      await withBackend(program, async ({ client }) => {
        const tags = await client.call('tags.list', { investigationId: options.investigation });
        let tagId: string | undefined;
        if (options.tag) {
          const wanted = options.tag.trim().toLowerCase();
          const tag = tags.find((t) => t.name.toLowerCase() === wanted);
          if (!tag) throw new UserError(`There is no tag called “${options.tag}” in this investigation.`);
          tagId = tag.id;
        }
        const quotes = await client.call('quotes.list', { investigationId: options.investigation, ...(tagId ? { tagId } : {}) });
        const tagNames = new Map(tags.map((t) => [t.id, t.name]));
        const rows = quotes.map((q) => ({
          id: q.id,
          speaker: q.speaker,
          roleText: q.roleText,
          organisation: q.organisation,
          transcript: q.transcriptTitle,
          heldOn: q.heldOn,
          page: q.pageStart === q.pageEnd ? `p.${q.pageStart}` : `p.${q.pageStart}-${q.pageEnd}`,
          tags: q.tagIds.map((id) => tagNames.get(id) ?? id),
          author: q.authorName,
          note: q.note,
          anchorStatus: q.anchorStatus,
          text: q.text,
        }));
        if (options.json) {
          printJson(rows);
          return;
        }
        if (rows.length === 0) {
          printLines(['No quotes.']);
          return;
        }
        for (const row of rows) {
          printLines([
            `${row.speaker}${row.roleText ? `, ${row.roleText}` : ''}${row.organisation ? `, ${row.organisation}` : ''} — ${row.transcript}, ${formatLongDate(row.heldOn)}, ${row.page}`,
            `  “${row.text.replace(/\s+/g, ' ')}”`,
            `  Tags: ${row.tags.join('; ') || 'none'} · marked by ${row.author}`,
          ]);
        }
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
      const [{ createBackend }, { startHost }] = await Promise.all([import('../index'), import('../host/http-host')]);
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

  registerSourceCommands(program, withBackend);
  registerMetricsCommands(program, withBackend);
  registerReportCommands(program, withBackend);
  registerExportCommands(program, withBackend);
  registerVersionCommands(program, withBackend);
  registerBackupCommands(program);
  registerBundleCommands(program, withBackend);
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
