/**
 * The report: its blocks, recommendations placed in it, and the report model with its check list;
 * with the structure (chapters, sections), editing and deleting recommendations, and members'
 * dissents and reservations from backend/report/*-handlers.ts. Each write is one transaction,
 * logged, and keeps recommendations and footnotes in document order.
 */
import { ApiError } from '../../shared/api/errors';
import { memberName } from '../../shared/domain/labels';
import type { BlockKind, ReportBlock } from '../../shared/report/content';
import { deleteBlock, getBlock, insertBlock, listBlocks, moveBlock, updateBlockContent, type BlockRow } from '../../db/repositories/blocks';
import { recordChange } from '../../db/repositories/change-log';
import { getCommittee } from '../../db/repositories/committees';
import { getInvestigation } from '../../db/repositories/investigations';
import { getChapterRow, getSectionRow, insertRecommendation, insertRecommendationPart, objectionsOnBlock } from '../../db/repositories/report';
import type { Db } from '../../db/store';
import type { HandlerContext } from '../api/context';
import type { HandlerGroup } from '../api/registry';
import { resolveBlockReferences } from '../report/block-references';
import { buildReportModel } from '../report/build-report-model';
import { announceReport, keepInOrder } from '../report/keep-in-order';
import { objectionHandlers } from '../report/objection-handlers';
import { recommendationHandlers } from '../report/recommendation-handlers';
import { structureHandlers } from '../report/structure-handlers';
import { found } from './guards';

const KIND_NAMES: Record<BlockKind, string> = {
  paragraph: 'paragraph',
  list: 'list',
  quote: 'quote',
  recommendation: 'recommendation',
  metric: 'metric statement',
  chart: 'chart',
  heading: 'heading',
};

function toApi(block: BlockRow): ReportBlock {
  return { id: block.id, chapterId: block.chapterId, sectionId: block.sectionId, position: block.position, kind: block.kind, content: block.content, updatedAt: block.updatedAt };
}

/** The chapter (and section, which must be in it) a block goes into. */
function placeIn(db: Db, chapterId: string, sectionId: string | null | undefined): { investigationId: string; chapterTitle: string; sectionId: string | null } {
  const chapter = found(getChapterRow(db, chapterId), 'chapter');
  if (sectionId) {
    const section = found(getSectionRow(db, sectionId), 'section');
    if (section.chapterId !== chapter.id) throw new ApiError('invalid_input', `The section “${section.title}” is not in “${chapter.title}”.`, { sectionId: 'That section is in another chapter.' });
  }
  return { investigationId: chapter.investigationId, chapterTitle: chapter.title, sectionId: sectionId ?? null };
}

function announce(context: HandlerContext, investigationId: string, entities: string[]): void {
  announceReport(context, investigationId, entities);
}

export const reportHandlers: HandlerGroup = {
  'report.model': (input, { store }) => {
    return found(buildReportModel(store.db, input.investigationId), 'investigation');
  },

  'report.check': (input, { store }) => {
    return found(buildReportModel(store.db, input.investigationId), 'investigation').problems;
  },

  'blocks.list': (input, { store }) => {
    found(getInvestigation(store.db, input.investigationId), 'investigation');
    return listBlocks(store.db, input.investigationId).map(toApi);
  },

  'blocks.create': (input, context) => {
    const { store, author } = context;
    const { db } = store;
    const place = placeIn(db, input.chapterId, input.sectionId);
    const block = store.transaction(() => {
      const body = resolveBlockReferences(db, author.id, place.investigationId, input.block, null);
      const id = insertBlock(db, author.id, { chapterId: input.chapterId, sectionId: place.sectionId, position: input.position, kind: body.kind, content: body.content });
      keepInOrder(db, place.investigationId);
      recordChange(db, { authorId: author.id, entity: 'block', entityId: id, action: 'create', summary: `Added a ${KIND_NAMES[body.kind]} to “${place.chapterTitle}”`, investigationId: place.investigationId });
      return getBlock(db, id)!;
    });
    announce(context, place.investigationId, input.block.kind === 'recommendation' ? ['recommendation', 'footnote'] : ['footnote']);
    return toApi(block);
  },

  'blocks.update': (input, context) => {
    const { store, author } = context;
    const { db } = store;
    const existing = found(getBlock(db, input.id), 'block');
    if (existing.kind !== input.block.kind) {
      throw new ApiError('invalid_input', `This block is a ${KIND_NAMES[existing.kind]}; it cannot become a ${KIND_NAMES[input.block.kind]}. Add a new block instead.`, { 'block.kind': 'A block keeps its kind.' });
    }
    const block = store.transaction(() => {
      const body = resolveBlockReferences(db, author.id, existing.investigationId, input.block, existing.id);
      updateBlockContent(db, author.id, existing.id, body.content);
      keepInOrder(db, existing.investigationId);
      recordChange(db, { authorId: author.id, entity: 'block', entityId: existing.id, action: 'update', summary: `Edited a ${KIND_NAMES[body.kind]}`, investigationId: existing.investigationId });
      return getBlock(db, existing.id)!;
    });
    announce(context, existing.investigationId, ['footnote', ...(existing.kind === 'recommendation' ? ['recommendation'] : [])]);
    return toApi(block);
  },

  'blocks.move': (input, context) => {
    const { store, author } = context;
    const { db } = store;
    const existing = found(getBlock(db, input.id), 'block');
    const place = placeIn(db, input.chapterId, input.sectionId);
    if (place.investigationId !== existing.investigationId) throw new ApiError('invalid_input', 'A block can only move within its own report.', { chapterId: 'That chapter is in another investigation.' });
    const block = store.transaction(() => {
      moveBlock(db, existing.id, { chapterId: input.chapterId, sectionId: place.sectionId, position: input.position });
      keepInOrder(db, existing.investigationId);
      recordChange(db, { authorId: author.id, entity: 'block', entityId: existing.id, action: 'update', summary: `Moved a ${KIND_NAMES[existing.kind]} to “${place.chapterTitle}”`, investigationId: existing.investigationId });
      return getBlock(db, existing.id)!;
    });
    announce(context, existing.investigationId, ['footnote', ...(existing.kind === 'recommendation' ? ['recommendation'] : [])]);
    return toApi(block);
  },

  'blocks.delete': (input, context) => {
    const { store, author } = context;
    const { db } = store;
    const existing = found(getBlock(db, input.id), 'block');
    const objections = objectionsOnBlock(db, existing.id);
    if (objections.length > 0) {
      const committee = getCommittee(db, found(getInvestigation(db, existing.investigationId), 'investigation').committeeId)!;
      const who = objections.map((o) => `${memberName(o.member, committee)}’s ${o.kind}`).join(' and ');
      throw new ApiError('conflict', `${who} ${objections.length === 1 ? 'is' : 'are'} attached to this paragraph. Move ${objections.length === 1 ? 'it' : 'them'} to another paragraph or withdraw ${objections.length === 1 ? 'it' : 'them'} first.`);
    }
    store.transaction(() => {
      deleteBlock(db, existing.id);
      keepInOrder(db, existing.investigationId);
      const summary = existing.kind === 'recommendation' ? 'Took a recommendation out of the report (it is kept, unplaced)' : `Deleted a ${KIND_NAMES[existing.kind]}`;
      recordChange(db, { authorId: author.id, entity: 'block', entityId: existing.id, action: 'delete', summary, investigationId: existing.investigationId });
    });
    announce(context, existing.investigationId, ['footnote', ...(existing.kind === 'recommendation' ? ['recommendation'] : [])]);
    return { id: existing.id };
  },

  'recommendations.create': (input, context) => {
    const { store, author } = context;
    const { db } = store;
    const place = placeIn(db, input.chapterId, input.sectionId);
    const result = store.transaction(() => {
      const count = db.prepare('SELECT count(*) FROM recommendations WHERE investigation_id = ?').pluck().get(place.investigationId) as number;
      const recommendationId = insertRecommendation(db, author.id, {
        investigationId: place.investigationId,
        chapterId: input.chapterId,
        sectionId: place.sectionId,
        position: count,
        addressee: input.addressee ?? null,
        dueOn: input.dueOn ?? null,
        dueNote: input.dueNote ?? null,
      });
      input.parts.forEach((part, position) => insertRecommendationPart(db, author.id, { recommendationId, position, kind: part.kind, text: part.text }));
      const blockId = insertBlock(db, author.id, { chapterId: input.chapterId, sectionId: place.sectionId, position: input.position, kind: 'recommendation', content: { recommendationId } });
      keepInOrder(db, place.investigationId);
      // Placed recommendations hold positions 0..n-1 in document order after the sync.
      const number = (db.prepare('SELECT position FROM recommendations WHERE id = ?').pluck().get(recommendationId) as number) + 1;
      recordChange(db, { authorId: author.id, entity: 'recommendation', entityId: recommendationId, action: 'create', summary: `Added Recommendation ${number} to “${place.chapterTitle}”`, investigationId: place.investigationId });
      return { recommendationId, blockId, number };
    });
    announce(context, place.investigationId, ['recommendation', 'tag', 'footnote']);
    return result;
  },
  ...structureHandlers,
  ...recommendationHandlers,
  ...objectionHandlers,
};
