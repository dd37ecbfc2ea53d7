/** Draft: the report written in the workbench — outline, editor, preview, check list, versions (views/draft). */
export { DraftArea as DraftView } from '../draft/DraftArea';
