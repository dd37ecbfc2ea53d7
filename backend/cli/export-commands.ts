/**
 * `scrutiny export …`: the report out of the workbench. `export docx` writes the Word document;
 * the group leaves room for other formats (a bundle for another member's workbench) beside it.
 *
 *   scrutiny export docx --investigation ID --out FILE [--template FILE] [--stop-on-missing-styles] [--json]
 *
 * FILE is written atomically (a temporary file in the same folder, renamed into place): a failed
 * export, a full disk or a folder that cannot be written to leaves any previous FILE as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { Backend } from '../index';
import { copyExportTo, removeExport } from '../export';
import { printJson, printLines, UserError } from './output';

/** main.ts's own: opens the store the global options name, runs the work, closes it. */
type WithBackend = <T>(program: Command, work: (backend: Backend) => Promise<T>) => Promise<T>;

interface DocxOptions {
  investigation: string;
  out: string;
  template?: string;
  stopOnMissingStyles?: boolean;
  json?: boolean;
}

/** Refuses, before any work, a destination whose folder is missing or cannot be written to. */
function checkDestination(out: string): void {
  const folder = path.dirname(out);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch {
    throw new UserError(`The folder ${folder} does not exist, so nothing was exported. Create it or choose another.`);
  }
  if (!stat.isDirectory()) throw new UserError(`${folder} is not a folder, so nothing was exported.`);
  try {
    fs.accessSync(folder, fs.constants.W_OK);
  } catch {
    throw new UserError(`The folder ${folder} cannot be written to, so nothing was exported. Choose a folder you can save in.`);
  }
  if (fs.existsSync(out) && fs.statSync(out).isDirectory()) throw new UserError(`${out} is a folder. Give a file name ending .docx.`);
}

const kilobytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en-GB')} KB`;

export function registerExportCommands(program: Command, withBackend: WithBackend): void {
  const exportCommand = program.command('export').description('write an investigation’s report out of the workbench');
  exportCommand
    .command('docx')
    .description('export the report as a Word document in house style (real footnotes, contents, recommendation boxes)')
    .requiredOption('--investigation <id>', 'the investigation')
    .requiredOption('--out <file>', 'the .docx to write (replaced only once the new one is complete)')
    .option('--template <file>', 'a committee Word template (.docx or .dotx) whose styles to use')
    .option('--stop-on-missing-styles', 'stop if the template lacks a style the export needs (default: use the built-in style for it)')
    .option('--json', 'print JSON')
    .action(async (options: DocxOptions) => {
      const out = path.resolve(options.out);
      checkDestination(out);
      await withBackend(program, async (backend) => {
        const templateUploadId = options.template ? (await backend.uploads.stagePath(path.resolve(options.template))).uploadId : undefined;
        const result = await backend.client.call('export.docx', {
          investigationId: options.investigation,
          ...(templateUploadId ? { templateUploadId } : {}),
          onMissingStyles: options.stopOnMissingStyles ? 'stop' : 'fallback',
        });
        try {
          await copyExportTo(backend, result.exportId, out);
        } finally {
          removeExport(backend.storePath, result.exportId);
        }
        if (options.json) {
          printJson({ ...result, path: out });
          return;
        }
        printLines([
          `Exported “${result.fileName.replace(/\.docx$/, '')}” to ${out}`,
          `  ${result.recommendationCount} recommendations, ${result.footnoteCount} footnotes, ${kilobytes(result.bytes)}, in ${result.durationMs.toLocaleString('en-GB')} ms.`,
          ...result.warnings.map((warning) => `  Note: ${warning}`),
        ]);
      });
    });
}
