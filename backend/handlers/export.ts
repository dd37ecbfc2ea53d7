/** The Word export: check a committee template's styles, and export the report as a .docx. */
import { newId } from '../../db/ids';
import type { HandlerGroup } from '../api/registry';
import { runDocxExport, stagedTemplate } from '../export/run-export';

export const exportHandlers: HandlerGroup = {
  'export.docx': (input, context) =>
    context.jobs.run(input.jobId ?? newId(), (job) =>
      runDocxExport(context, { investigationId: input.investigationId, templateUploadId: input.templateUploadId, onMissingStyles: input.onMissingStyles }, job),
    ),

  'export.checkTemplate': async (input, context) => {
    const template = await stagedTemplate(context, input.uploadId);
    return { fileName: template.fileName, presentStyles: template.present, missingStyles: template.missing };
  },
};
