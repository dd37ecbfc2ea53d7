/**
 * The Word export, for the shells: the desktop app saves a finished export where the clerk chooses
 * (`copyExportTo`, atomic), the browser host serves it for download (`findExport`), the CLI does
 * both. The export itself runs as the `export.docx` contract method (../handlers/export.ts).
 */
export { copyExportTo, exportsDir, findExport, isExportId, removeExport, writeAtomically, type StoredExport } from './export-area';
export { renderDocx, type RenderedDocx, type RenderOptions, type TemplateStyles } from './docx/render-docx';
export { STYLE_SPECS, type StyleSpec } from './docx/styles';
export { checkTemplateStyles, readTemplate } from './template';
