/**
 * The kinds of change (store.changed entities) after which the Metrics pages reload. A change
 * that names no entities (after reconnecting, say) reloads them whatever this says.
 */
export const METRIC_ENTITIES = ['indicator', 'indicators', 'observation', 'observations', 'figure', 'figures', 'metric', 'source', 'sources', 'investigation'] as const;
