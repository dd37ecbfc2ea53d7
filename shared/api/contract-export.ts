/** The contract's methods for exporting the report as a Word document. */
import { z } from 'zod';
import type { ExportResult, TemplateCheck } from '../domain/export';
import { id, method, returns } from './fields';

export const exportContract = {
  'export.docx': method(
    z
      .object({
        investigationId: id,
        /** A committee template (.docx) sent with `client.upload`; its styles are used. */
        templateUploadId: id.optional(),
        /** When the template lacks styles the export needs: use the built-in ones, or stop. */
        onMissingStyles: z.enum(['fallback', 'stop']).default('fallback'),
        /** Chosen by the client so it can follow progress events and cancel. */
        jobId: id.optional(),
      })
      .strict(),
    returns<ExportResult>(),
    'Exports the report as a Word document in house style, with real footnotes and a table of contents.',
  ),
  'export.checkTemplate': method(
    z.object({ uploadId: id }).strict(),
    returns<TemplateCheck>(),
    'Says which of the styles the export relies on a committee template defines, and which it lacks.',
  ),
} as const;
