/** Word export: what an export produced, and the styles a committee template must provide. */
import type { Id, IsoInstant } from './types';

export interface ExportResult {
  /** Names the finished file in the backend's export area, for download (browser) or saving (desktop). */
  exportId: Id;
  fileName: string;
  bytes: number;
  footnoteCount: number;
  recommendationCount: number;
  /** Style names the chosen template lacks (the built-in style was used for each, or the export stopped). */
  missingStyles: string[];
  /** Things a clerk should know (a chart with no image, a problem from the check list…). */
  warnings: string[];
  createdAt: IsoInstant;
  durationMs: number;
}

export interface TemplateCheck {
  fileName: string;
  /** Styles the export relies on that the template defines. */
  presentStyles: string[];
  missingStyles: string[];
}
