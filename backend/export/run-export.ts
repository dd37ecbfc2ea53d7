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

/** Reads and checks a template staged with `client.upload`. */
export async function stagedTemplate(context: Pick<HandlerContext, 'uploads'>, uploadId: string, signal?: AbortSignal): Promise<CheckedTemplate> {
  const staged = context.uploads.get(uploadId);
  // Refused by its size before it is read: a template is small.
  if (staged.size > MAX_TEMPLATE_BYTES) throw templateTooLarge(staged.fileName);
  return checkTemplateStyles(await readTemplate(fs.readFileSync(staged.path), staged.fileName, signal));
}

export function missingStylesMessage(template: CheckedTemplate): string {
  const list = template.missing.join(', ');
  return `“${template.fileName}” lacks ${template.missing.length === 1 ? 'a style' : `${template.missing.length} styles`} the export needs: ${list}.`;
}

export async function runDocxExport(context: HandlerContext, input: DocxExportInput, job: Job): Promise<ExportResult> {
  const started = performance.now();
  const warnings: string[] = [];
  job.progress('Reading the report', 0, STEPS);
  const model = buildReportModel(context.store.db, input.investigationId);
  if (!model) throw new ApiError('not_found', 'That investigation no longer exists. It may have been deleted; reload to see the current state.');
  for (const problem of model.problems) warnings.push(problem.message);

  let template: CheckedTemplate | undefined;
  if (input.templateUploadId) {
    job.progress('Reading the template', 1, STEPS);
    template = await stagedTemplate(context, input.templateUploadId, job.signal);
    if (template.missing.length > 0) {
      if (input.onMissingStyles === 'stop') {
        throw new ApiError('conflict', `${missingStylesMessage(template)} Nothing was exported. Add them to the template, or export with the built-in styles for them.`);
      }
      warnings.unshift(`${missingStylesMessage(template)} The built-in style was used for each.`);
    }
  }
  job.checkCancelled();

  job.progress('Writing the Word document', 2, STEPS);
  const figures = figureImages(context.store.db, model, (message) => warnings.push(message));
  const rendered = await renderDocx(model, { figures, ...(template ? { template: template.render } : {}) });
  warnings.push(...rendered.warnings);
  job.checkCancelled();

  job.progress('Saving', 3, STEPS);
  const fileName = reportFileName(model.title);
  const saved = saveExport(context.store.path, fileName, rendered.bytes);
  job.progress('Done', STEPS, STEPS);
  return {
    exportId: saved.exportId,
    fileName,
    bytes: saved.bytes,
    footnoteCount: rendered.footnoteCount,
    recommendationCount: model.recommendations.length,
    missingStyles: template?.missing ?? [],
    warnings,
    createdAt: saved.createdAt,
    durationMs: Math.round(performance.now() - started),
  };
}
