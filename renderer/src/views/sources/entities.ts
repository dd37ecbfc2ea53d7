/**
 * The kinds of change (store.changed entities) after which the Sources pages reload. A change
 * that names no entities (after reconnecting, say) reloads them whatever this says.
 */
export const SOURCE_ENTITIES = ['source', 'sources', 'citation', 'citations', 'footnote', 'footnotes', 'transcript', 'investigation'] as const;
