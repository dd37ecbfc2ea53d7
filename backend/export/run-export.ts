/**
 * One Word export, as a job: read the report model, the chart images and the committee's template
 * (if one was chosen), write the document, and keep it in the export area. Progress is reported
 * at each step and a cancel is honoured between steps; a cancelled or failed export leaves
 * nothing behind. Nothing in the store changes.
 */
import fs from 'node:fs';
import { ApiError } from '../../shared/api/errors';
import type { ExportResult } from '../../shared/domain/export';
import type { ReportModel } from '../../shared/report/model';
import { getAttachment } from '../../db/repositories/transcripts';
import type { Db } from '../../db/store';
import type { HandlerContext } from '../api/context';
import type { Job } from '../jobs';
import { checkPng } from '../metrics/png';
import { buildReportModel } from '../report/build-report-model';
import type { FigureImage } from './docx/blocks';
import { renderDocx } from './docx/render-docx';
import { reportFileName } from './docx/text';
import { saveExport } from './export-area';
import { MAX_TEMPLATE_BYTES, checkTemplateStyles, readTemplate, templateTooLarge, type CheckedTemplate } from './template';

export interface DocxExportInput {
  investigationId: string;
  templateUploadId?: string;
  onMissingStyles: 'fallback' | 'stop';
}

const STEPS = 4;

/** The chart images a model prints, by attachment SHA-256, with their pixel sizes. */
export function figureImages(db: Db, model: ReportModel, warn: (message: string) => void): Map<string, FigureImage> {
  const images = new Map<string, FigureImage>();
  for (const chapter of model.chapters) {
    for (const block of [...chapter.blocks, ...chapter.sections.flatMap((s) => s.blocks)]) {
      if (block.kind !== 'chart' || !block.attachmentSha256 || images.has(block.attachmentSha256)) continue;
      const attachment = getAttachment(db, block.attachmentSha256);
      if (!attachment) continue; // reported by the renderer as a chart without an image
      try {
        const { width, height } = checkPng(attachment.data, block.title ?? 'The chart');
        images.set(block.attachmentSha256, { data: attachment.data, width, height });
      } catch (error) {
        warn(error instanceof ApiError ? error.message : `The chart “${block.title ?? ''}” could not be read, so it is left out.`);
      }
    }
  }
  return images;
}

/**
 * Reads and checks a committee template from a file: refused by its size before it is read (a
 * template is small).
 */
export async function templateFromFile(filePath: string, fileName: string, signal?: AbortSignal): Promise<CheckedTemplate> {
  if (fs.statSync(filePath).size > MAX_TEMPLATE_BYTES) throw templateTooLarge(fileName);
  return checkTemplateStyles(await readTemplate(fs.readFileSync(filePath), fileName, signal));
}

/** Reads and checks a template staged with `client.upload`. */
export function stagedTemplate(context: Pick<HandlerContext, 'uploads'>, uploadId: string, signal?: AbortSignal): Promise<CheckedTemplate> {
  const staged = context.uploads.get(uploadId);
  return templateFromFile(staged.path, staged.fileName, signal);
}

export function missingStylesMessage(template: CheckedTemplate): string {
  const list = template.missing.join(', ');
  return `“${template.fileName}” lacks ${template.missing.length === 1 ? 'a style' : `${template.missing.length} styles`} the export needs: ${list}.`;
}

/** A written report, before it is kept anywhere. */
export interface WrittenReport {
  fileName: string;
  bytes: Buffer;
  footnoteCount: number;
  recommendationCount: number;
  missingStyles: string[];
  warnings: string[];
}

export interface ReportToWrite {
  investigationId: string;
  /** Reads the committee's template, if one was chosen. */
  template?: () => Promise<CheckedTemplate>;
  onMissingStyles: 'fallback' | 'stop';
}

/** Progress and cancelling: a job's (the app), or none (the CLI). */
export type ExportSteps = Pick<Job, 'progress' | 'checkCancelled'>;

/**
 * Reads the report model, the chart images and the template, and writes the document: what every
 * export does, wherever the bytes then go. Reads the store, never writes it.
 */
export async function writeReport(db: Db, input: ReportToWrite, steps: ExportSteps): Promise<WrittenReport> {
  const warnings: string[] = [];
  steps.progress('Reading the report', 0, STEPS);
  const model = buildReportModel(db, input.investigationId);
  if (!model) throw new ApiError('not_found', 'That investigation no longer exists. It may have been deleted; reload to see the current state.');
  for (const problem of model.problems) warnings.push(problem.message);

  let template: CheckedTemplate | undefined;
  if (input.template) {
    steps.progress('Reading the template', 1, STEPS);
    template = await input.template();
    if (template.missing.length > 0) {
      if (input.onMissingStyles === 'stop') {
        throw new ApiError('conflict', `${missingStylesMessage(template)} Nothing was exported. Add them to the template, or export with the built-in styles for them.`);
      }
      warnings.unshift(`${missingStylesMessage(template)} The built-in style was used for each.`);
    }
  }
  steps.checkCancelled();

  steps.progress('Writing the Word document', 2, STEPS);
  const figures = figureImages(db, model, (message) => warnings.push(message));
  const rendered = await renderDocx(model, { figures, ...(template ? { template: template.render } : {}) });
  warnings.push(...rendered.warnings);
  steps.checkCancelled();
  return {
    fileName: reportFileName(model.title),
    bytes: rendered.bytes,
    footnoteCount: rendered.footnoteCount,
    recommendationCount: model.recommendations.length,
    missingStyles: template?.missing ?? [],
    warnings,
  };
}

/** The `export.docx` method: the report written, and kept in the export area for the shell to save or serve. */
export async function runDocxExport(context: HandlerContext, input: DocxExportInput, job: Job): Promise<ExportResult> {
  const started = performance.now();
  const { templateUploadId } = input;
  const written = await writeReport(
    context.store.db,
    {
      investigationId: input.investigationId,
      onMissingStyles: input.onMissingStyles,
      ...(templateUploadId ? { template: () => stagedTemplate(context, templateUploadId, job.signal) } : {}),
    },
    job,
  );
  job.progress('Saving', 3, STEPS);
  const saved = saveExport(context.store.path, written.fileName, written.bytes);
  job.progress('Done', STEPS, STEPS);
  const { bytes: _bytes, ...result } = written;
  return { ...result, exportId: saved.exportId, bytes: saved.bytes, createdAt: saved.createdAt, durationMs: Math.round(performance.now() - started) };
}
