/** Sources: the register of what the report cites, and its footnotes (views/sources). */
export { SourcesArea as SourcesView } from '../sources/SourcesArea';
