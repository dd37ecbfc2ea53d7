/**
 * Loads the sample's indicators and observations (backend/sample/metrics.ts) through the metrics
 * repository, with ids derived from their keys so every store has the same ones.
 *
 * Figures from the report cite the sample's sources (`sampleId('source/<key>')`), which the sources
 * loader writes first. A source missing from the store (the sources register not loaded) is left
 * uncited rather than failing the whole sample. Sample values cite nothing: they are not from any
 * source.
 */
import { recordChange } from '../../db/repositories/change-log';
import { insertIndicator, insertObservation, sourceExists } from '../../db/repositories/metrics';
import type { Db } from '../../db/store';
import { periodKindOf } from '../../shared/format/periods';
import { sampleId } from './load-sample';
import { SAMPLE_INDICATORS, SAMPLE_VALUE, type SampleIndicator, type SampleObservation } from './metrics';

export function sampleIndicatorId(key: string): string {
  return sampleId(`indicator/${key}`);
}

export function sampleObservationId(indicatorKey: string, observation: Pick<SampleObservation, 'period' | 'group'>): string {
  return sampleId(`observation/${indicatorKey}/${observation.period}/${observation.group ?? 'overall'}`);
}

function exists(db: Db, table: 'indicators' | 'observations', id: string): boolean {
  return db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

/** Must run inside the sample's transaction, after its sources are saved. Returns the figures written. */
export function saveSampleMetrics(db: Db, authorId: string, investigationId: string, indicators: SampleIndicator[] = SAMPLE_INDICATORS): number {
  let written = 0;
  for (const indicator of indicators) {
    const indicatorId = sampleIndicatorId(indicator.key);
    const sourceId = sampleId(`source/${indicator.source}`);
    const cited = sourceExists(db, sourceId) ? sourceId : null;
    if (!exists(db, 'indicators', indicatorId)) {
      insertIndicator(db, authorId, { investigationId, name: indicator.name, unit: indicator.unit, definition: indicator.definition, sourceId: cited }, indicatorId);
    }
    for (const observation of indicator.observations) {
      const id = sampleObservationId(indicator.key, observation);
      if (exists(db, 'observations', id)) continue;
      const kind = periodKindOf(observation.period);
      if (!kind) throw new Error(`Sample figure for ${indicator.key} has a period that is not canonical: ${observation.period}`);
      const isSample = 'sample' in observation;
      insertObservation(
        db,
        authorId,
        {
          indicatorId,
          periodKind: kind,
          period: observation.period,
          groupName: observation.group ?? null,
          value: observation.value,
          sourceId: isSample ? null : cited,
          locator: isSample ? SAMPLE_VALUE : (observation.locator ?? null),
        },
        id,
      );
      written++;
    }
  }
  if (written > 0) {
    recordChange(db, { authorId, entity: 'indicator', entityId: investigationId, action: 'create', summary: `Loaded the sample's ${indicators.length} indicators and ${written} figures.`, investigationId });
  }
  return written;
}
