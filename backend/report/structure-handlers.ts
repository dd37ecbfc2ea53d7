/**
 * The report's structure: chapters (front matter, the introduction, numbered chapters, closing
 * matter) and their sections — add, rename, move and delete. Moving one renumbers the
 * recommendations and footnotes after it; deleting one with content is refused unless the caller
 * explicitly chooses to delete the content too, and never deletes a member's dissent or
 * reservation from under them.
 */
import { ApiError } from '../../shared/api/errors';
import { memberName } from '../../shared/domain/labels';
import { recordChange } from '../../db/repositories/change-log';
import { getCommittee } from '../../db/repositories/committees';
import { getInvestigation } from '../../db/repositories/investigations';
import {
  chapterContent,
  createChapter,
  createSection,
  deleteChapterWithContent,
  deleteSectionWithContent,
  getChapterRow,
  getSectionRow,
  listObjections,
  moveChapter,
  moveSection,
  relabelChapters,
  renameSection,
  sectionContent,
  updateChapter,
  type ContentCount,
} from '../../db/repositories/report';
import type { Db } from '../../db/store';
import type { HandlerGroup } from '../api/registry';
import { found } from '../handlers/guards';
import { announceReport, keepInOrder } from './keep-in-order';
import { chapterHeadingOf, inProse } from './where';

const STRUCTURE = ['chapter', 'section', 'recommendation', 'footnote', 'tag'];

function count(n: number, one: string, many: string): string {
  return n === 1 ? `one ${one}` : `${n.toLocaleString('en-GB')} ${many}`;
}

function describeContent(content: ContentCount): string {
  const parts: string[] = [];
  if (content.sections > 0) parts.push(count(content.sections, 'section', 'sections'));
  const others = content.blocks - content.recommendationIds.length;
  if (others > 0) parts.push(count(others, 'block', 'blocks'));
  if (content.recommendationIds.length > 0) parts.push(count(content.recommendationIds.length, 'recommendation', 'recommendations'));
  return inProse(parts);
}

/**
 * Members' dissents and reservations that deleting this content would take with it: always
 * refused, whatever the caller chose, with whose they are. They are withdrawn (or a reservation
 * moved) on purpose, never as a side effect.
 */
function refuseObjectionsIn(db: Db, investigationId: string, blockIds: ReadonlySet<string>, recommendationIds: ReadonlySet<string>, what: string): void {
  const objections = listObjections(db, investigationId).filter((o) => (o.blockId && blockIds.has(o.blockId)) || (o.kind === 'dissent' && o.recommendationId && recommendationIds.has(o.recommendationId)));
  if (objections.length === 0) return;
  const committee = getCommittee(db, found(getInvestigation(db, investigationId), 'investigation').committeeId)!;
  const who = inProse(objections.map((o) => `${memberName(o.member, committee)}’s ${o.kind}`));
  const them = objections.length === 1 ? 'it' : 'them';
  throw new ApiError('conflict', `${who} ${objections.length === 1 ? 'is' : 'are'} recorded in ${what}. Withdraw ${them} first (or move the paragraph or recommendation ${objections.length === 1 ? 'it is' : 'they are'} on elsewhere).`);
}

function blockIdsWhere(db: Db, column: 'chapter_id' | 'section_id', id: string): Set<string> {
  return new Set(db.prepare(`SELECT id FROM blocks WHERE ${column} = ?`).pluck().all(id) as string[]);
}

export const structureHandlers: HandlerGroup = {
  'chapters.create': (input, context) => {
    const { store, author } = context;
    const { db } = store;
    found(getInvestigation(db, input.investigationId), 'investigation');
    const result = store.transaction(() => {
      const id = createChapter(db, author.id, { investigationId: input.investigationId, kind: input.kind, label: input.label ?? null, title: input.title, position: input.position });
      relabelChapters(db, input.investigationId);
      keepInOrder(db, input.investigationId);
      const heading = chapterHeadingOf(db, id)!;
      recordChange(db, { authorId: author.id, entity: 'chapter', entityId: id, action: 'create', summary: `Added “${heading}” to the report`, investigationId: input.investigationId });
      return { id, label: getChapterLabel(db, id) };
    });
    announceReport(context, input.investigationId, STRUCTURE);
    return result;
  },

  'chapters.update': (input, context) => {
    const { store, author } = context;
    const { db } = store;
    const chapter = found(getChapterRow(db, input.id), 'chapter');
    store.transaction(() => {
      const before = chapterHeadingOf(db, chapter.id)!;
      updateChapter(db, chapter.id, { title: input.title, label: input.label });
      // A label cleared on a numbered chapter takes its number again.
      relabelChapters(db, chapter.investigationId);
      recordChange(db, { authorId: author.id, entity: 'chapter', entityId: chapter.id, action: 'update', summary: `Renamed “${before}” to “${chapterHeadingOf(db, chapter.id)}”`, investigationId: chapter.investigationId });
    });
    announceReport(context, chapter.investigationId, ['chapter', 'tag']);
    return { id: chapter.id };
  },

  'chapters.move': (input, context) => {
    const { store, author } = context;
    const { db } = store;
    const chapter = found(getChapterRow(db, input.id), 'chapter');
    const position = store.transaction(() => {
      const at = moveChapter(db, chapter.id, chapter.investigationId, input.position);
      relabelChapters(db, chapter.investigationId);
      keepInOrder(db, chapter.investigationId);
      recordChange(db, { authorId: author.id, entity: 'chapter', entityId: chapter.id, action: 'update', summary: `Moved “${chapterHeadingOf(db, chapter.id)}” to position ${at + 1}`, investigationId: chapter.investigationId });
      return at;
    });
    announceReport(context, chapter.investigationId, STRUCTURE);
    return { id: chapter.id, position };
  },

  'chapters.delete': (input, context) => {
    const { store, author } = context;
    const { db } = store;
    const chapter = found(getChapterRow(db, input.id), 'chapter');
    const heading = chapterHeadingOf(db, chapter.id)!;
    const content = chapterContent(db, chapter.id);
    refuseObjectionsIn(db, chapter.investigationId, blockIdsWhere(db, 'chapter_id', chapter.id), new Set(content.recommendationIds), `“${heading}”`);
    const hasContent = content.blocks + content.sections > 0;
    if (hasContent && input.deleteContent !== true) {
      throw new ApiError('conflict', `“${heading}” still has ${describeContent(content)}. Move them to another chapter first, or choose to delete them with the chapter.`);
    }
    store.transaction(() => {
      deleteChapterWithContent(db, chapter.id);
      relabelChapters(db, chapter.investigationId);
      keepInOrder(db, chapter.investigationId);
      recordChange(db, { authorId: author.id, entity: 'chapter', entityId: chapter.id, action: 'delete', summary: hasContent ? `Deleted “${heading}” with its ${describeContent(content)}` : `Deleted “${heading}”`, investigationId: chapter.investigationId });
    });
    announceReport(context, chapter.investigationId, STRUCTURE);
    return { id: chapter.id, deletedBlocks: content.blocks, deletedSections: content.sections, deletedRecommendations: content.recommendationIds.length };
  },

  'sections.create': (input, context) => {
    const { store, author } = context;
    const { db } = store;
    const chapter = found(getChapterRow(db, input.chapterId), 'chapter');
    const id = store.transaction(() => {
      const sectionId = createSection(db, author.id, { chapterId: chapter.id, title: input.title, position: input.position });
      keepInOrder(db, chapter.investigationId);
      recordChange(db, { authorId: author.id, entity: 'section', entityId: sectionId, action: 'create', summary: `Added the section “${input.title}” to “${chapterHeadingOf(db, chapter.id)}”`, investigationId: chapter.investigationId });
      return sectionId;
    });
    announceReport(context, chapter.investigationId, STRUCTURE);
    return { id };
  },

  'sections.update': (input, context) => {
    const { store, author } = context;
    const { db } = store;
    const section = found(getSectionRow(db, input.id), 'section');
    const chapter = found(getChapterRow(db, section.chapterId), 'chapter');
    store.transaction(() => {
      renameSection(db, section.id, input.title);
      recordChange(db, { authorId: author.id, entity: 'section', entityId: section.id, action: 'update', summary: `Renamed the section “${section.title}” to “${input.title}”`, investigationId: chapter.investigationId });
    });
    announceReport(context, chapter.investigationId, ['section', 'tag']);
    return { id: section.id };
  },

  'sections.move': (input, context) => {
    const { store, author } = context;
    const { db } = store;
    const section = found(getSectionRow(db, input.id), 'section');
    const from = found(getChapterRow(db, section.chapterId), 'chapter');
    const to = input.chapterId ? found(getChapterRow(db, input.chapterId), 'chapter') : from;
    if (to.investigationId !== from.investigationId) throw new ApiError('invalid_input', 'A section can only move within its own report.', { chapterId: 'That chapter is in another investigation.' });
    const position = store.transaction(() => {
      const at = moveSection(db, section.id, from.id, to.id, input.position);
      keepInOrder(db, from.investigationId);
      const where = to.id === from.id ? `to position ${at + 1}` : `to “${chapterHeadingOf(db, to.id)}”`;
      recordChange(db, { authorId: author.id, entity: 'section', entityId: section.id, action: 'update', summary: `Moved the section “${section.title}” ${where}`, investigationId: from.investigationId });
      return at;
    });
    announceReport(context, from.investigationId, STRUCTURE);
    return { id: section.id, chapterId: to.id, position };
  },

  'sections.delete': (input, context) => {
    const { store, author } = context;
    const { db } = store;
    const section = found(getSectionRow(db, input.id), 'section');
    const chapter = found(getChapterRow(db, section.chapterId), 'chapter');
    const content = sectionContent(db, section.id);
    refuseObjectionsIn(db, chapter.investigationId, blockIdsWhere(db, 'section_id', section.id), new Set(content.recommendationIds), `the section “${section.title}”`);
    if (content.blocks > 0 && input.deleteContent !== true) {
      throw new ApiError('conflict', `The section “${section.title}” still has ${describeContent(content)}. Move them elsewhere first, or choose to delete them with the section.`);
    }
    store.transaction(() => {
      deleteSectionWithContent(db, section.id);
      keepInOrder(db, chapter.investigationId);
      recordChange(db, { authorId: author.id, entity: 'section', entityId: section.id, action: 'delete', summary: content.blocks > 0 ? `Deleted the section “${section.title}” with its ${describeContent(content)}` : `Deleted the section “${section.title}”`, investigationId: chapter.investigationId });
    });
    announceReport(context, chapter.investigationId, STRUCTURE);
    return { id: section.id, deletedBlocks: content.blocks, deletedRecommendations: content.recommendationIds.length };
  },
};

function getChapterLabel(db: Db, id: string): string | null {
  return db.prepare('SELECT label FROM chapters WHERE id = ?').pluck().get(id) as string | null;
}
