/** Evidence: profiles, quotes, tags, coverage, and undo/redo of quote and tag actions. */
import { ApiError } from '../../shared/api/errors';
import type { CoverageRow, Quote } from '../../shared/domain/evidence';
import { recordChange } from '../../db/repositories/change-log';
import { getInvestigation } from '../../db/repositories/investigations';
import { personExists } from '../../db/repositories/people';
import { chooseProfile, getProfile, insertProfile, isProfileChosen, listProfiles } from '../../db/repositories/profiles';
import { addQuoteTag, insertQuote, listQuotes, listQuoteTable, updateQuote } from '../../db/repositories/quotes';
import { listChapters, listRecommendations } from '../../db/repositories/report';
import { ensureStructureTags, getTagRow, insertTheme, isSelfOrDescendant, listTags, siblingThemeNamed, updateTag } from '../../db/repositories/tags';
import { getTranscriptRow } from '../../db/repositories/transcripts';
import type { Db } from '../../db/store';
import type { HandlerContext } from '../api/context';
import type { HandlerGroup } from '../api/registry';
import { anchorSelection, loadTranscriptText } from '../evidence/anchor';
import { ChangeRecorder } from '../evidence/undo';
import { quoteBlockPlaces } from '../report/where';
import { found } from './guards';

function investigationOfTranscript(db: Db, transcriptId: string): string {
  const row = db.prepare('SELECT m.investigation_id AS id FROM transcripts t JOIN meetings m ON m.id = t.meeting_id WHERE t.id = ?').get(transcriptId) as { id: string } | undefined;
  return found(row, 'transcript').id;
}

function quoteById(db: Db, id: string): Quote {
  return found(listQuotes(db, { quoteIds: [id] })[0], 'quote');
}

function quoteInvestigation(db: Db, quoteId: string): { transcriptId: string; investigationId: string } {
  const row = db.prepare('SELECT q.transcript_id AS transcriptId, m.investigation_id AS investigationId FROM quotes q JOIN transcripts t ON t.id = q.transcript_id JOIN meetings m ON m.id = t.meeting_id WHERE q.id = ?').get(quoteId) as
    | { transcriptId: string; investigationId: string }
    | undefined;
  return found(row, 'quote');
}

function assertNotReimporting(context: HandlerContext, transcriptId: string): void {
  if (context.reimporting.has(transcriptId)) {
    throw new ApiError('conflict', 'A corrected version of this transcript is being imported. Try again when it has finished.');
  }
}

/** The tag, which must belong to the quote's investigation. */
function tagFor(db: Db, tagId: string, investigationId: string) {
  const tag = found(getTagRow(db, tagId), 'tag');
  if (tag.investigation_id !== investigationId) throw new ApiError('invalid_input', 'That tag belongs to another investigation.');
  return tag;
}

/**
 * Runs an undoable evidence action as one transaction, records what it touched for undo, logs it,
 * and announces it. `work` calls `recorder.touch` before changing rows and `recorder.created`
 * after making them.
 */
function undoable<T>(
  context: HandlerContext,
  label: string,
  investigationId: string,
  work: (recorder: ChangeRecorder) => { result: T; entity: string; entityId: string; action: 'create' | 'update' | 'delete' },
): T {
  const { store, author, history, emit } = context;
  const result = store.transaction(() => {
    const recorder = new ChangeRecorder(store.db);
    const done = work(recorder);
    history.record(label, recorder.finish());
    recordChange(store.db, { authorId: author.id, entity: done.entity, entityId: done.entityId, action: done.action, summary: label, investigationId });
    return done.result;
  });
  emit('store.changed', { entities: ['quote', 'tag'], investigationId });
  return result;
}

function tagName(db: Db, investigationId: string, tagId: string): string {
  return listTags(db, investigationId).find((t) => t.id === tagId)?.name ?? 'a tag';
}

export const evidenceHandlers: HandlerGroup = {
  'profiles.list': (_input, { store, author }) => ({ profiles: listProfiles(store.db), currentId: author.id, chosen: isProfileChosen(store.db) }),

  'profiles.create': (input, context) => {
    const { store } = context;
    const profile = store.transaction(() => {
      if (input.personId && !personExists(store.db, input.personId)) throw new ApiError('not_found', 'That committee member no longer exists. Reload and choose again.');
      const created = insertProfile(store.db, { name: input.name, role: input.role, personId: input.personId ?? null });
      chooseProfile(store.db, created.id);
      return created;
    });
    context.author = profile;
    context.emit('store.changed', { entities: ['profile'], investigationId: null });
    return profile;
  },

  'profiles.choose': (input, context) => {
    const profile = found(getProfile(context.store.db, input.id), 'profile');
    context.store.transaction(() => chooseProfile(context.store.db, profile.id));
    context.author = profile;
    context.emit('store.changed', { entities: ['profile'], investigationId: null });
    return profile;
  },

  'tags.list': (input, { store, author }) => {
    found(getInvestigation(store.db, input.investigationId), 'investigation');
    store.transaction(() => ensureStructureTags(store.db, author.id, input.investigationId));
    return listTags(store.db, input.investigationId);
  },

  'tags.create': (input, context) => {
    const { db } = context.store;
    found(getInvestigation(db, input.investigationId), 'investigation');
    const parentId = input.parentId ?? null;
    if (parentId) {
      const parent = found(getTagRow(db, parentId), 'parent tag');
      if (parent.investigation_id !== input.investigationId) throw new ApiError('invalid_input', 'That parent tag belongs to another investigation.');
    }
    if (siblingThemeNamed(db, input.investigationId, parentId, input.name)) {
      throw new ApiError('conflict', `There is already a tag called “${input.name}” here.`, { name: `There is already a tag called “${input.name}” here.` });
    }
    const id = undoable(context, `Add the tag “${input.name}”`, input.investigationId, (recorder) => {
      const tagId = insertTheme(db, context.author.id, { investigationId: input.investigationId, parentId, name: input.name, colour: input.colour ?? null, description: input.description ?? null });
      recorder.created('tags', tagId);
      return { result: tagId, entity: 'tag', entityId: tagId, action: 'create' };
    });
    return found(listTags(db, input.investigationId).find((t) => t.id === id), 'tag');
  },

  'tags.update': (input, context) => {
    const { db } = context.store;
    const tag = found(getTagRow(db, input.id), 'tag');
    if (tag.kind !== 'theme' && (input.name !== undefined || input.parentId !== undefined)) {
      throw new ApiError('invalid_input', 'Chapter, section and recommendation tags take their names and places from the report. Change the report instead.');
    }
    const parentId = input.parentId === undefined ? tag.parent_id : input.parentId;
    if (input.parentId) {
      const parent = found(getTagRow(db, input.parentId), 'parent tag');
      if (parent.investigation_id !== tag.investigation_id) throw new ApiError('invalid_input', 'That parent tag belongs to another investigation.');
      if (isSelfOrDescendant(db, tag.id, input.parentId)) throw new ApiError('invalid_input', 'A tag cannot be moved inside itself.');
    }
    const name = input.name ?? tag.name;
    if (tag.kind === 'theme' && siblingThemeNamed(db, tag.investigation_id, parentId, name, tag.id)) {
      throw new ApiError('conflict', `There is already a tag called “${name}” here.`, { name: `There is already a tag called “${name}” here.` });
    }
    undoable(context, `Edit the tag “${name}”`, tag.investigation_id, (recorder) => {
      recorder.touch('tags', tag.id);
      updateTag(db, tag.id, { name: input.name, colour: input.colour, description: input.description, parentId: input.parentId });
      return { result: null, entity: 'tag', entityId: tag.id, action: 'update' };
    });
    return found(listTags(db, tag.investigation_id).find((t) => t.id === tag.id), 'tag');
  },

  'tags.merge': (input, context) => {
    const { db } = context.store;
    const source = found(getTagRow(db, input.sourceId), 'tag');
    const target = found(getTagRow(db, input.targetId), 'tag');
    if (source.id === target.id) throw new ApiError('invalid_input', 'Choose a different tag to merge into.');
    if (source.investigation_id !== target.investigation_id) throw new ApiError('invalid_input', 'Tags from different investigations cannot be merged.');
    if (source.kind !== 'theme') throw new ApiError('invalid_input', 'Only themes can be merged away; chapter, section and recommendation tags follow the report.');
    if (isSelfOrDescendant(db, source.id, target.id)) throw new ApiError('invalid_input', 'A tag cannot be merged into one of its own sub-tags.');
    return undoable(context, `Merge “${source.name}” into “${tagName(db, target.investigation_id, target.id)}”`, source.investigation_id, (recorder) => {
      const links = db.prepare('SELECT id, quote_id FROM quote_tags WHERE tag_id = ?').all(source.id) as { id: string; quote_id: string }[];
      let moved = 0;
      for (const link of links) {
        recorder.touch('quote_tags', link.id);
        db.prepare('DELETE FROM quote_tags WHERE id = ?').run(link.id);
        const created = addQuoteTag(db, context.author.id, link.quote_id, target.id);
        if (created) recorder.created('quote_tags', created);
        moved += 1;
      }
      for (const child of db.prepare('SELECT id FROM tags WHERE parent_id = ?').all(source.id) as { id: string }[]) {
        recorder.touch('tags', child.id);
        updateTag(db, child.id, { parentId: target.kind === 'theme' ? target.id : null });
      }
      recorder.touch('tags', source.id);
      db.prepare('DELETE FROM tags WHERE id = ?').run(source.id);
      return { result: { movedQuotes: moved }, entity: 'tag', entityId: source.id, action: 'delete' };
    });
  },

  'tags.delete': (input, context) => {
    const { db } = context.store;
    const tag = found(getTagRow(db, input.id), 'tag');
    if (tag.kind !== 'theme') throw new ApiError('invalid_input', 'Chapter, section and recommendation tags follow the report; remove the chapter or recommendation instead.');
    const links = db.prepare('SELECT id, quote_id FROM quote_tags WHERE tag_id = ?').all(tag.id) as { id: string; quote_id: string }[];
    const children = db.prepare('SELECT id FROM tags WHERE parent_id = ?').all(tag.id) as { id: string }[];
    if (links.length > 0 && !input.quotes) {
      throw new ApiError('conflict', `“${tag.name}” is on ${links.length === 1 ? 'one quote' : `${links.length} quotes`}. Choose whether to take it off them or move them to another tag.`);
    }
    const moveTo = input.quotes === 'move' ? tagFor(db, input.moveToTagId!, tag.investigation_id) : null;
    if (moveTo && moveTo.id === tag.id) throw new ApiError('invalid_input', 'Choose a different tag to move the quotes to.');
    return undoable(context, `Delete the tag “${tag.name}”`, tag.investigation_id, (recorder) => {
      for (const link of links) {
        recorder.touch('quote_tags', link.id);
        db.prepare('DELETE FROM quote_tags WHERE id = ?').run(link.id);
        if (moveTo) {
          const created = addQuoteTag(db, context.author.id, link.quote_id, moveTo.id);
          if (created) recorder.created('quote_tags', created);
        }
      }
      // Sub-tags move up to the deleted tag's parent rather than vanishing with it.
      for (const child of children) {
        recorder.touch('tags', child.id);
        updateTag(db, child.id, { parentId: tag.parent_id });
      }
      recorder.touch('tags', tag.id);
      db.prepare('DELETE FROM tags WHERE id = ?').run(tag.id);
      return { result: { id: tag.id, affectedQuotes: links.length }, entity: 'tag', entityId: tag.id, action: 'delete' };
    });
  },

  'quotes.list': (input, { store }) => listQuotes(store.db, input),

  'quotes.table': (input, { store }) => {
    found(getInvestigation(store.db, input.investigationId), 'investigation');
    return listQuoteTable(store.db, input.investigationId, input.limit);
  },

  'quotes.create': (input, context) => {
    const { db } = context.store;
    const transcript = found(getTranscriptRow(db, input.transcriptId), 'transcript');
    assertNotReimporting(context, transcript.id);
    const investigationId = investigationOfTranscript(db, transcript.id);
    const fields = anchorSelection(db, transcript.id, transcript.meeting_id, loadTranscriptText(db, transcript.id), input.startOffset, input.endOffset);
    const tags = (input.tagIds ?? []).map((tagId) => tagFor(db, tagId, investigationId));
    const id = undoable(context, `Mark a quote on page ${fields.pageStart}`, investigationId, (recorder) => {
      const quoteId = insertQuote(db, context.author.id, { ...fields, note: input.note ?? null });
      recorder.created('quotes', quoteId);
      for (const tag of tags) {
        const link = addQuoteTag(db, context.author.id, quoteId, tag.id);
        if (link) recorder.created('quote_tags', link);
      }
      return { result: quoteId, entity: 'quote', entityId: quoteId, action: 'create' };
    });
    return quoteById(db, id);
  },

  'quotes.update': (input, context) => {
    const { db } = context.store;
    const before = quoteById(db, input.id);
    assertNotReimporting(context, before.transcriptId);
    const { investigationId } = quoteInvestigation(db, input.id);
    const transcript = found(getTranscriptRow(db, before.transcriptId), 'transcript');
    const moving = input.startOffset !== undefined || input.endOffset !== undefined;
    const anchored = moving
      ? anchorSelection(db, transcript.id, transcript.meeting_id, loadTranscriptText(db, transcript.id), input.startOffset ?? before.startOffset, input.endOffset ?? before.endOffset)
      : null;
    const label = moving ? 'Change the extent of a quote' : 'Edit a quote’s note';
    undoable(context, label, investigationId, (recorder) => {
      recorder.touch('quotes', input.id);
      updateQuote(db, input.id, { ...(anchored ?? {}), ...(anchored ? { anchorStatus: 'exact' as const } : {}), note: input.note });
      return { result: null, entity: 'quote', entityId: input.id, action: 'update' };
    });
    return quoteById(db, input.id);
  },

  'quotes.delete': (input, context) => {
    const { db } = context.store;
    const { transcriptId, investigationId } = quoteInvestigation(db, input.id);
    assertNotReimporting(context, transcriptId);
    // A quote the draft prints is not deleted from under it; the refusal says where it is printed.
    const printedIn = quoteBlockPlaces(db, input.id);
    if (printedIn.length > 0) throw new ApiError('conflict', `The draft report prints this quote in ${printedIn.join(' and in ')}. Remove it from the draft first.`);
    return undoable(context, 'Delete a quote', investigationId, (recorder) => {
      for (const link of db.prepare('SELECT id FROM quote_tags WHERE quote_id = ?').all(input.id) as { id: string }[]) recorder.touch('quote_tags', link.id);
      recorder.touch('quotes', input.id);
      db.prepare('DELETE FROM quotes WHERE id = ?').run(input.id);
      return { result: { id: input.id }, entity: 'quote', entityId: input.id, action: 'delete' };
    });
  },

  'quotes.tag': (input, context) => {
    const { db } = context.store;
    const { investigationId } = quoteInvestigation(db, input.quoteId);
    const tag = tagFor(db, input.tagId, investigationId);
    undoable(context, `Tag a quote to ${tagName(db, investigationId, tag.id)}`, investigationId, (recorder) => {
      const link = addQuoteTag(db, context.author.id, input.quoteId, tag.id);
      if (link) recorder.created('quote_tags', link);
      return { result: null, entity: 'quote', entityId: input.quoteId, action: 'update' };
    });
    return quoteById(db, input.quoteId);
  },

  'quotes.untag': (input, context) => {
    const { db } = context.store;
    const { investigationId } = quoteInvestigation(db, input.quoteId);
    const link = db.prepare('SELECT id FROM quote_tags WHERE quote_id = ? AND tag_id = ?').get(input.quoteId, input.tagId) as { id: string } | undefined;
    if (link) {
      undoable(context, `Take ${tagName(db, investigationId, input.tagId)} off a quote`, investigationId, (recorder) => {
        recorder.touch('quote_tags', link.id);
        db.prepare('DELETE FROM quote_tags WHERE id = ?').run(link.id);
        return { result: null, entity: 'quote', entityId: input.quoteId, action: 'update' };
      });
    }
    return quoteById(db, input.quoteId);
  },

  'coverage.get': (input, { store, author }) => {
    const { db } = store;
    found(getInvestigation(db, input.investigationId), 'investigation');
    store.transaction(() => ensureStructureTags(db, author.id, input.investigationId));
    const stats = db.prepare(
      `SELECT count(DISTINCT q.id) AS quotes, count(DISTINCT q.person_id) AS witnesses, count(DISTINCT lower(q.organisation)) AS organisations
       FROM quote_tags qt JOIN quotes q ON q.id = qt.quote_id WHERE qt.tag_id IN (SELECT value FROM json_each(?))`,
    );
    const authors = db.prepare(
      `SELECT ifnull(p.name, 'Someone at another computer') AS name, count(DISTINCT q.id) AS quoteCount
       FROM quote_tags qt JOIN quotes q ON q.id = qt.quote_id LEFT JOIN profiles p ON p.id = q.author_id
       WHERE qt.tag_id IN (SELECT value FROM json_each(?)) GROUP BY q.author_id ORDER BY quoteCount DESC, name`,
    );
    const tags = listTags(db, input.investigationId);
    /** One row of the view: the quotes carrying any of `tagIds`. */
    const row = (kind: CoverageRow['kind'], id: string, tagIds: string[], label: string): CoverageRow => {
      const ids = JSON.stringify(tagIds);
      const s = stats.get(ids) as { quotes: number; witnesses: number; organisations: number };
      return { kind, id, tagId: tagIds[0]!, label, quoteCount: s.quotes, witnessCount: s.witnesses, organisationCount: s.organisations, authors: authors.all(ids) as CoverageRow['authors'] };
    };
    const tagOf = (predicate: (t: (typeof tags)[number]) => boolean) => tags.find(predicate)!.id;
    return [
      ...listRecommendations(db, input.investigationId).map((rec) => row('recommendation', rec.id, [tagOf((t) => t.recommendationId === rec.id)], `Recommendation ${rec.number}`)),
      // A chapter's evidence includes what is tagged to its sections.
      ...listChapters(db, input.investigationId).map((chapter) =>
        row(
          'chapter',
          chapter.id,
          [tagOf((t) => t.chapterId === chapter.id), ...chapter.sections.map((section) => tagOf((t) => t.sectionId === section.id))],
          tags.find((t) => t.chapterId === chapter.id)!.name,
        ),
      ),
    ];
  },

  'history.state': (_input, { history }) => history.state(),

  'history.undo': (_input, { store, history, emit }) => {
    store.transaction(() => history.undo(store.db));
    emit('store.changed', { entities: ['quote', 'tag'], investigationId: null });
    return history.state();
  },

  'history.redo': (_input, { store, history, emit }) => {
    store.transaction(() => history.redo(store.db));
    emit('store.changed', { entities: ['quote', 'tag'], investigationId: null });
    return history.state();
  },
};
