/** The sources register, and the footnotes that cite it. Each write is one transaction, logged. */
import type { ValidatedInput } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { Source } from '../../shared/domain/sources';
import { formatFootnote, type CitedSource } from '../../shared/format/footnotes';
import { recordChange } from '../../db/repositories/change-log';
import { deleteFootnote, getFootnote, insertFootnote, listFootnotes, updateFootnote, type CitationFields } from '../../db/repositories/footnotes';
import { getInvestigation } from '../../db/repositories/investigations';
import {
  deleteSource,
  getCitedSource,
  getSource,
  getSourceDetail,
  insertSource,
  isSourceUnused,
  likelyDuplicatesOf,
  listDuplicateGroups,
  listSources,
  mergeSourceInto,
  sourceUsage,
  updateSource,
  type SourceUsage,
} from '../../db/repositories/sources';
import type { Db } from '../../db/store';
import type { HandlerContext } from '../api/context';
import type { HandlerGroup } from '../api/registry';
import { found } from './guards';

type CitationInput = ValidatedInput<'footnotes.create'>['citations'][number];

/** "14", "14 and 15", "14, 15 and 16". */
export function listInProse(items: readonly (string | number)[]): string {
  const words = items.map(String);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? `one ${one}` : `${count.toLocaleString('en-GB')} ${many}`;
}

/** "This source is cited in footnotes 14, 15 and 16. Remove those citations or merge the source into another first." */
export function describeUsage(usage: SourceUsage): string {
  const uses: string[] = [];
  const cited: string[] = [];
  if (usage.footnotePositions.length === 1) cited.push(`footnote ${usage.footnotePositions[0]}`);
  else if (usage.footnotePositions.length > 1) cited.push(`footnotes ${listInProse(usage.footnotePositions)}`);
  if (usage.otherCitations > 0) cited.push(plural(usage.otherCitations, 'other place', 'other places'));
  if (cited.length > 0) uses.push(`cited in ${listInProse(cited)}`);
  if (usage.observations > 0) uses.push(`the source of ${plural(usage.observations, 'metric observation', 'metric observations')}`);
  if (usage.indicators > 0) uses.push(`the source of ${plural(usage.indicators, 'indicator', 'indicators')}`);
  if (usage.transcriptTitles.length > 0) uses.push(`the source of the transcript “${usage.transcriptTitles.join('”, “')}”`);
  const citations = usage.footnotePositions.length + usage.otherCitations;
  const remedy =
    citations === 1
      ? 'Remove that citation or merge the source into another first.'
      : citations > 1
        ? 'Remove those citations or merge the source into another first.'
        : usage.observations + usage.indicators > 0
          ? 'Give those metrics another source or merge this source into another first.'
          : 'It is removed with its transcript.';
  return `This source is ${listInProse(uses)}. ${remedy}`;
}

function sourceLabel(source: Pick<Source, 'publisher' | 'title'>): string {
  return source.publisher ? `${source.publisher}, ${source.title}` : source.title;
}

/** The sources a footnote cites must exist and belong to its investigation. */
function checkCitations(db: Db, citations: readonly CitationInput[], investigationId: string | null): (CitationFields & { source: CitedSource })[] {
  return citations.map((citation, index) => {
    const source = getCitedSource(db, citation.sourceId);
    const field = `citations.${index}.sourceId`;
    if (!source) {
      const message = 'A cited source no longer exists. Choose it again from the register.';
      throw new ApiError('invalid_input', message, { [field]: message });
    }
    if (investigationId !== null && source.investigationId !== null && source.investigationId !== investigationId) {
      const message = `“${source.title}” belongs to another investigation’s register. Add it to this investigation’s register first.`;
      throw new ApiError('invalid_input', message, { [field]: message });
    }
    return {
      source,
      sourceId: source.id,
      style: citation.style,
      locator: citation.locator ?? null,
      label: citation.label ?? null,
      accessedOn: citation.accessedOn ?? null,
      joiner: citation.joiner ?? null,
    };
  });
}

function emitChanged(context: HandlerContext, entities: string[], investigationId: string | null): void {
  context.emit('store.changed', { entities, investigationId });
}

export const sourceHandlers: HandlerGroup = {
  'sources.list': (input, { store }) => {
    if (input.investigationId) found(getInvestigation(store.db, input.investigationId), 'investigation');
    return listSources(store.db, {
      investigationId: input.investigationId,
      kind: input.kind,
      publisher: input.publisher || undefined,
      query: input.query || undefined,
    });
  },

  'sources.get': (input, { store }) => found(getSourceDetail(store.db, input.id), 'source'),

  'sources.create': (input, context) => {
    const { store, author } = context;
    const fields = {
      investigationId: input.investigationId,
      kind: input.kind,
      publisher: input.publisher ?? null,
      title: input.title,
      url: input.url ?? null,
      publishedOn: input.publishedOn ?? null,
      accessedOn: input.accessedOn ?? null,
      notes: input.notes ?? null,
    };
    const result = store.transaction(() => {
      found(getInvestigation(store.db, input.investigationId), 'investigation');
      const likelyDuplicateIds = likelyDuplicatesOf(store.db, { id: '', ...fields });
      const id = insertSource(store.db, author.id, fields);
      recordChange(store.db, { authorId: author.id, entity: 'source', entityId: id, action: 'create', summary: `Added the source “${sourceLabel(fields)}”`, investigationId: input.investigationId });
      return { id, likelyDuplicateIds };
    });
    emitChanged(context, ['source'], input.investigationId);
    return result;
  },

  'sources.update': (input, context) => {
    const { store, author } = context;
    const source = found(getSource(store.db, input.id), 'source');
    if (source.transcriptId && input.kind !== undefined && input.kind !== 'transcript') {
      throw new ApiError('invalid_input', 'This is a transcript’s own source, so it stays a transcript. Change its title or dates instead.', {
        kind: 'A transcript’s own source stays a transcript.',
      });
    }
    const updated = store.transaction(() => {
      updateSource(store.db, source.id, {
        kind: input.kind,
        publisher: input.publisher,
        title: input.title,
        url: input.url,
        publishedOn: input.publishedOn,
        accessedOn: input.accessedOn,
        notes: input.notes,
      });
      const after = found(getSource(store.db, source.id), 'source');
      recordChange(store.db, { authorId: author.id, entity: 'source', entityId: source.id, action: 'update', summary: `Edited the source “${sourceLabel(after)}”`, investigationId: source.investigationId });
      return after;
    });
    emitChanged(context, ['source', 'footnote'], source.investigationId);
    return updated;
  },

  'sources.delete': (input, context) => {
    const { store, author } = context;
    const deleted = store.transaction(() => {
      const source = found(getSource(store.db, input.id), 'source');
      const usage = sourceUsage(store.db, source.id);
      if (!isSourceUnused(usage)) throw new ApiError('conflict', describeUsage(usage));
      deleteSource(store.db, source.id);
      recordChange(store.db, { authorId: author.id, entity: 'source', entityId: source.id, action: 'delete', summary: `Deleted the source “${sourceLabel(source)}”`, investigationId: source.investigationId });
      return source;
    });
    emitChanged(context, ['source'], deleted.investigationId);
    return { id: deleted.id };
  },

  'sources.duplicates': (input, { store }) => {
    if (input.investigationId) found(getInvestigation(store.db, input.investigationId), 'investigation');
    return listDuplicateGroups(store.db, input.investigationId);
  },

  'sources.merge': (input, context) => {
    const { store, author } = context;
    const result = store.transaction(() => {
      const kept = found(getSource(store.db, input.keepId), 'source');
      const merged = [...new Set(input.mergeIds)].map((id) => found(getSource(store.db, id), 'source'));
      const foreign = merged.find((source) => source.investigationId !== kept.investigationId);
      if (foreign) throw new ApiError('invalid_input', `“${foreign.title}” belongs to another investigation’s register, so it cannot be merged into this one.`);
      // A transcript is one source: two transcripts may not end up sharing one.
      const withTranscripts = [kept, ...merged].filter((source) => source.transcriptId);
      if (withTranscripts.length > 1) {
        throw new ApiError('conflict', `${listInProse(withTranscripts.map((s) => `“${s.title}”`))} are the sources of different transcripts, and each transcript keeps its own source. Merge only one of them.`);
      }
      let movedCitations = 0;
      let movedObservations = 0;
      let movedIndicators = 0;
      for (const source of merged) {
        const counts = mergeSourceInto(store.db, source.id, kept.id);
        movedCitations += counts.movedCitations;
        movedObservations += counts.movedObservations;
        movedIndicators += counts.movedIndicators;
        recordChange(store.db, {
          authorId: author.id,
          entity: 'source',
          entityId: source.id,
          action: 'delete',
          summary: `Merged the source “${sourceLabel(source)}” into “${sourceLabel(kept)}” (${plural(counts.movedCitations, 'citation', 'citations')} moved)`,
          investigationId: kept.investigationId,
        });
      }
      recordChange(store.db, { authorId: author.id, entity: 'source', entityId: kept.id, action: 'update', summary: `Merged ${plural(merged.length, 'duplicate', 'duplicates')} into “${sourceLabel(kept)}”`, investigationId: kept.investigationId });
      return { keptId: kept.id, movedCitations, movedObservations, movedIndicators, removedSources: merged.length, investigationId: kept.investigationId };
    });
    emitChanged(context, ['source', 'footnote', 'metric'], result.investigationId);
    const { investigationId: _investigationId, ...counts } = result;
    return counts;
  },

  'footnotes.list': (input, { store }) => {
    found(getInvestigation(store.db, input.investigationId), 'investigation');
    return listFootnotes(store.db, input.investigationId);
  },

  'footnotes.create': (input, context) => {
    const { store, author } = context;
    const footnote = store.transaction(() => {
      found(getInvestigation(store.db, input.investigationId), 'investigation');
      const citations = checkCitations(store.db, input.citations, input.investigationId);
      const id = insertFootnote(store.db, author.id, { investigationId: input.investigationId, textBefore: input.textBefore, citations, textAfter: input.textAfter }, { position: input.position });
      const created = found(getFootnote(store.db, id), 'footnote');
      recordChange(store.db, { authorId: author.id, entity: 'footnote', entityId: id, action: 'create', summary: `Added footnote ${created.position}`, investigationId: input.investigationId });
      return created;
    });
    emitChanged(context, ['footnote', 'source'], input.investigationId);
    return footnote;
  },

  'footnotes.update': (input, context) => {
    const { store, author } = context;
    const footnote = store.transaction(() => {
      const before = found(getFootnote(store.db, input.id), 'footnote');
      const citations = input.citations ? checkCitations(store.db, input.citations, before.investigationId) : undefined;
      const textBefore = input.textBefore ?? before.textBefore;
      const textAfter = input.textAfter ?? before.textAfter;
      if ((citations ?? before.citations).length === 0 && textBefore.trim() === '' && textAfter.trim() === '') {
        throw new ApiError('invalid_input', 'A footnote needs some text or at least one citation.', { textBefore: 'A footnote needs some text or at least one citation.' });
      }
      updateFootnote(store.db, author.id, before.id, { textBefore: input.textBefore, textAfter: input.textAfter, citations });
      recordChange(store.db, { authorId: author.id, entity: 'footnote', entityId: before.id, action: 'update', summary: `Edited footnote ${before.position}`, investigationId: before.investigationId });
      return found(getFootnote(store.db, before.id), 'footnote');
    });
    emitChanged(context, ['footnote', 'source'], footnote.investigationId);
    return footnote;
  },

  'footnotes.delete': (input, context) => {
    const { store, author } = context;
    const footnote = store.transaction(() => {
      const existing = found(getFootnote(store.db, input.id), 'footnote');
      deleteFootnote(store.db, existing.id);
      recordChange(store.db, {
        authorId: author.id,
        entity: 'footnote',
        entityId: existing.id,
        action: 'delete',
        summary: `Deleted footnote ${existing.position}: ${existing.text.length > 80 ? `${existing.text.slice(0, 79)}…` : existing.text}`,
        investigationId: existing.investigationId,
      });
      return existing;
    });
    emitChanged(context, ['footnote', 'source'], footnote.investigationId);
    return { id: footnote.id };
  },

  'footnotes.preview': (input, { store }) => {
    return formatFootnote({ textBefore: input.textBefore, citations: checkCitations(store.db, input.citations, null), textAfter: input.textAfter });
  },
};
