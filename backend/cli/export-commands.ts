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
import type { ExportToFileOptions, ExportToFileResult } from '../export/export-to-file';
import { storePathFrom, type WithBackend } from './store-option';
import { groupThousands, kilobytes, printJson, printLines, UserError } from './output';

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
      const exportOptions: ExportToFileOptions = {
        storePath: storePathFrom(program),
        investigationId: options.investigation,
        out,
        ...(options.template ? { templatePath: path.resolve(options.template) } : {}),
        onMissingStyles: options.stopOnMissingStyles ? 'stop' : 'fallback',
      };
      // Straight from the store when it is up to date (exports change nothing in it); through the
      // whole backend, which migrates it first, when it is not.
      const { exportDocxToFile } = await import('../export/export-to-file');
      const result = (await exportDocxToFile(exportOptions)) ?? (await exportThroughBackend(program, withBackend, exportOptions));
      if (options.json) {
        printJson(result);
        return;
      }
      printLines([
        `Exported “${result.fileName.replace(/\.docx$/, '')}” to ${out}`,
        `  ${result.recommendationCount} recommendations, ${result.footnoteCount} footnotes, ${kilobytes(result.bytes)}, in ${groupThousands(result.durationMs)} ms.`,
        ...result.warnings.map((warning) => `  Note: ${warning}`),
      ]);
    });
}

/** The export as the app makes it (`export.docx`), copied to `out` and removed from the export area. */
async function exportThroughBackend(program: Command, withBackend: WithBackend, options: ExportToFileOptions): Promise<ExportToFileResult> {
  const { copyExportTo, removeExport } = await import('../export');
  return withBackend(program, async (backend) => {
    const templateUploadId = options.templatePath ? (await backend.uploads.stagePath(options.templatePath)).uploadId : undefined;
    const { exportId, ...result } = await backend.client.call('export.docx', {
      investigationId: options.investigationId,
      ...(templateUploadId ? { templateUploadId } : {}),
      onMissingStyles: options.onMissingStyles,
    });
    try {
      await copyExportTo(backend, exportId, options.out);
    } finally {
      removeExport(backend.storePath, exportId);
    }
    return { ...result, path: options.out };
  });
}
