/**
 * `scrutiny export bundle` and `scrutiny import bundle`: exchange bundles between members' stores.
 *
 *   scrutiny export bundle --investigation ID [--since WHEN] --out FILE [--json]
 *     The whole investigation, or (--since 2025-03-04 or an ISO instant) the current profile's own
 *     work from then on. FILE is written atomically.
 *   scrutiny import bundle FILE [--dry-run] [--create-investigation] [--json]
 *     Says what changed (new, updated, conflicting, deleted) and lists the conflicts; --dry-run
 *     changes nothing. The store is backed up before a merge. A bundle for an investigation the
 *     store does not have needs --create-investigation.
 *   scrutiny sync FOLDER --investigation ID [--json]
 *     The sync folder (backend/bundles/sync-folder.ts): imports what others left, leaves your work.
 *
 * Added to the `export` and `import` command groups made elsewhere (found on the program by name),
 * so those files need no edit.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { recordKindLabel, type MergeReport } from '../../shared/domain/bundles';
import { formatLongDate } from '../../shared/format/dates';
import type { Backend } from '../index';
import type { WithBackend } from './store-option';
import { kilobytes, printJson, printLines } from './output';


function group(program: Command, name: string, description: string): Command {
  return program.commands.find((command) => command.name() === name) ?? program.command(name).description(description);
}

const show = (value: unknown) => (value === null || value === undefined || value === '' ? '(empty)' : `“${String(value).slice(0, 80)}”`);

export function describeMerge(report: MergeReport): string[] {
  const t = report.totals;
  const m = report.manifest;
  const lines = [
    `${report.dryRun ? 'Importing' : 'Imported'} “${report.fileName}” from ${m.author.name} (${m.kind === 'whole' ? 'the whole investigation' : `work since ${formatLongDate((m.since ?? m.created).slice(0, 10))}`}, made ${formatLongDate(m.created.slice(0, 10))}) ${report.dryRun ? 'would change' : 'changed'}:`,
    `  ${t.new} new, ${t.updated} updated, ${t.conflicting} in conflict, ${t.deleted} deleted, ${t.unchanged} unchanged.`,
  ];
  if (!report.investigationExists) lines.push(`  The investigation “${m.investigation.title}” is not in this store; importing creates it.`);
  for (const [table, c] of Object.entries(report.byKind)) {
    if (c.new + c.updated + c.conflicting + c.deleted === 0) continue;
    lines.push(`  ${recordKindLabel(table)}: ${c.new} new, ${c.updated} updated, ${c.conflicting} in conflict, ${c.deleted} deleted`);
  }
  if (report.conflicts.length > 0) lines.push('Conflicts (the later edit was kept; reverse any in the app):');
  for (const c of report.conflicts) {
    lines.push(`  ${recordKindLabel(c.table)} ${c.rowId}, ${c.field.replace(/_/g, ' ')}: kept ${show(c.keptValue)} (${c.keptAuthor}), replaced ${show(c.lostValue)} (${c.lostAuthor})`);
  }
  lines.push(...report.notes.map((note) => `  Note: ${note}`));
  if (report.backup) lines.push(`  The store was backed up first, to ${report.backup.path}.`);
  return lines;
}

export function registerBundleCommands(program: Command, withBackend: WithBackend): void {
  group(program, 'export', 'write an investigation out of the workbench')
    .command('bundle')
    .description('write an exchange bundle (.scrutiny) for another member’s workbench')
    .requiredOption('--investigation <id>', 'the investigation')
    .option('--since <when>', 'only your own work from this date (2025-03-04) or instant on')
    .requiredOption('--out <file>', 'the .scrutiny file to write')
    .option('--json', 'print JSON')
    .action(async (options: { investigation: string; since?: string; out: string; json?: boolean }) => {
      const out = path.resolve(options.out);
      const { copyBundleTo, removeBundle } = await import('../bundles/bundle-area');
      await withBackend(program, async (backend) => {
        const result = await backend.client.call('bundles.export', {
          investigationId: options.investigation,
          ...(options.since ? { since: options.since } : {}),
        });
        try {
          copyBundleTo(backend.storePath, result.exportId, out);
        } finally {
          removeBundle(backend.storePath, result.exportId);
        }
        if (options.json) printJson({ ...result, path: out });
        else printLines([`Wrote ${out}: ${result.records.toLocaleString('en-GB')} records and ${result.attachments} attached files (${kilobytes(result.bytes)}).`]);
      });
    });

  program
    .command('sync <folder>')
    .description('exchange bundles through a shared folder: import everyone else’s, then leave your own work there')
    .requiredOption('--investigation <id>', 'the investigation')
    .option('--json', 'print JSON')
    .action(async (folder: string, options: { investigation: string; json?: boolean }) => {
      const { syncFolder } = await import('../bundles/sync-folder');
      await withBackend(program, async (backend) => {
        const result = await syncFolder(backend, folder, options.investigation);
        if (options.json) {
          printJson(result);
          return;
        }
        printLines([
          result.imported.length === 0 ? 'No new bundles from others in the folder.' : `Imported ${result.imported.length} bundle${result.imported.length === 1 ? '' : 's'}:`,
          ...result.imported.flatMap((report) => describeMerge(report).map((line) => `  ${line}`)),
          ...result.skipped.map((message) => `  Not imported: ${message}`),
          result.sent ? `Left your work (${result.sent.records.toLocaleString('en-GB')} records) in ${result.sent.path}.` : 'Nothing new of yours to leave in the folder.',
        ]);
      });
    });

  group(program, 'import', 'bring files into the store')
    .command('bundle <file>')
    .description('merge an exchange bundle (.scrutiny) into the store, listing conflicts')
    .option('--dry-run', 'say what would change, and change nothing')
    .option('--create-investigation', 'create the bundle’s investigation if this store does not have it')
    .option('--json', 'print JSON')
    .action(async (file: string, options: { dryRun?: boolean; createInvestigation?: boolean; json?: boolean }) => {
      await withBackend(program, async (backend) => {
        const staged = await backend.uploads.stagePath(path.resolve(file));
        const report = options.dryRun
          ? await backend.client.call('bundles.preview', { uploadId: staged.uploadId })
          : await backend.client.call('bundles.import', { uploadId: staged.uploadId, createInvestigation: options.createInvestigation === true });
        if (options.json) printJson(report);
        else printLines(describeMerge(report));
      });
    });
}
