/**
 * The sample's sources register and its 151 footnotes, written through the same repositories the
 * app uses. Ids come from the sample's keys, so every store has the same ones; rows already
 * present are left alone, so loading twice changes nothing.
 */
import { recordChange } from '../../db/repositories/change-log';
import { insertFootnote } from '../../db/repositories/footnotes';
import { insertSource } from '../../db/repositories/sources';
import type { Db } from '../../db/store';
import { SAMPLE_FOOTNOTES } from './footnotes';
import { sampleId } from './load-sample';
import { SAMPLE_SOURCES, sampleSourceId } from './sources';

function exists(db: Db, table: 'sources' | 'footnotes' | 'objections', id: string): boolean {
  return db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

export function sampleFootnoteId(number: number): string {
  return sampleId(`footnote/${number}`);
}

/**
 * Must run inside the sample's transaction, after its transcripts are saved (their own sources
 * are cited here).
 */
export function saveSampleSources(db: Db, authorId: string, investigationId: string): { sources: number; footnotes: number } {
  let sources = 0;
  for (const source of SAMPLE_SOURCES) {
    const id = sampleSourceId(source.key);
    if (exists(db, 'sources', id)) continue;
    insertSource(db, authorId, { investigationId, ...source }, id);
    sources += 1;
  }

  let footnotes = 0;
  for (const footnote of SAMPLE_FOOTNOTES) {
    const id = sampleFootnoteId(footnote.number);
    if (exists(db, 'footnotes', id)) continue;
    const citations = footnote.cite.map((citation) => {
      const sourceId = sampleSourceId(citation.source);
      // A transcript's source comes from the importer; without it the sample is broken, not the clerk's data.
      if (!exists(db, 'sources', sourceId)) throw new Error(`Sample footnote ${footnote.number} cites ${citation.source}, which was not loaded.`);
      return {
        sourceId,
        style: citation.style ?? 'full',
        locator: citation.locator ?? null,
        label: citation.label ?? null,
        accessedOn: citation.accessedOn ?? null,
        joiner: citation.joiner ?? null,
      };
    });
    const objectionId = footnote.objection ? sampleId(`objection/${footnote.objection}`) : null;
    if (objectionId && !exists(db, 'objections', objectionId)) throw new Error(`Sample footnote ${footnote.number} prints ${footnote.objection}, which was not loaded.`);
    insertFootnote(
      db,
      authorId,
      { investigationId, textBefore: footnote.before ?? '', citations, textAfter: footnote.after ?? '', objectionId },
      { position: footnote.number, id, citationIds: footnote.cite.map((_c, index) => sampleId(`citation/${footnote.number}/${index}`)) },
    );
    footnotes += 1;
  }

  if (sources + footnotes > 0) {
    recordChange(db, {
      authorId,
      entity: 'footnote',
      entityId: investigationId,
      action: 'create',
      summary: `Loaded the sample’s sources register (${sources} sources besides the transcripts) and its ${footnotes} footnotes.`,
      investigationId,
    });
  }
  return { sources, footnotes };
}
