/**
 * Members' dissents (from a whole recommendation or one of its parts) and reservations (on a
 * paragraph, after the words they qualify). Each is printed through footnotes in the register
 * that name it; the workbench writes those footnotes from the member's words and citations, so
 * the clerk never edits them by hand, and withdrawing the objection takes them with it.
 *
 * A dissent on a recommendation printed twice (in the body and in the summary list) is printed
 * as a footnote in both places by the report model (backend/report/footnote-numbering.ts).
 */
import type { ValidatedInput } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { memberName } from '../../shared/domain/labels';
import type { Footnote } from '../../shared/domain/sources';
import type { Objection } from '../../shared/domain/types';
import { checkBlockContent } from '../../shared/report/content';
import { objectionFootnoteText, type DraftObjection, type ObjectionCitation } from '../../shared/report/objections';
import { plainText } from '../../shared/report/rich-text';
import { getBlock } from '../../db/repositories/blocks';
import { recordChange } from '../../db/repositories/change-log';
import { getCommittee, listMembers } from '../../db/repositories/committees';
import { insertFootnote, listFootnotes, updateFootnote, type CitationFields } from '../../db/repositories/footnotes';
import { getInvestigation } from '../../db/repositories/investigations';
import {
  deleteObjection,
  footnotesPrintingObjection,
  getObjection,
  getRecommendationRow,
  insertObjection,
  listObjections,
  listRecommendations,
  setObjectionBlock,
  updateObjectionFields,
} from '../../db/repositories/report';
import { getCitedSource } from '../../db/repositories/sources';
import type { Db } from '../../db/store';
import type { HandlerGroup } from '../api/registry';
import { found } from '../handlers/guards';
import { comparableWords } from './quote-wording';
import { announceReport, keepInOrder } from './keep-in-order';

type CitationInput = NonNullable<ValidatedInput<'objections.update'>['citations']>[number];

function invalid(field: string, message: string): never {
  throw new ApiError('invalid_input', message, { [field]: message });
}

function committeeOf(db: Db, investigationId: string) {
  return getCommittee(db, found(getInvestigation(db, investigationId), 'investigation').committeeId)!;
}

/** The person must sit on the investigation's committee: only members dissent or reserve. */
function checkMember(db: Db, investigationId: string, personId: string): string {
  const committee = committeeOf(db, investigationId);
  const member = listMembers(db, committee.id).find((m) => m.person.id === personId);
  if (!member) invalid('memberPersonId', 'Only a member of the committee can dissent or record a reservation. Choose one of its members.');
  return memberName(member.person, committee);
}

function checkCitations(db: Db, investigationId: string, citations: readonly CitationInput[]): CitationFields[] {
  return citations.map((citation, index) => {
    const source = getCitedSource(db, citation.sourceId);
    if (!source) invalid(`citations.${index}.sourceId`, 'A cited source no longer exists. Choose it again from the register.');
    if (source.investigationId !== null && source.investigationId !== investigationId) invalid(`citations.${index}.sourceId`, `“${source.title}” belongs to another investigation’s register.`);
    return { sourceId: source.id, style: citation.style, locator: citation.locator ?? null, label: null, accessedOn: null, joiner: null };
  });
}

/** The paragraph's words must contain the words the reservation is about (quotation marks aside). */
function checkAnchor(db: Db, blockId: string, anchorText: string | null): void {
  if (!anchorText) return;
  const block = found(getBlock(db, blockId), 'paragraph');
  const checked = checkBlockContent(block.kind, block.content);
  const text = checked.ok && (checked.body.kind === 'paragraph' || checked.body.kind === 'list') ? plainText(checked.body.content) : '';
  if (!comparableWords(text).includes(comparableWords(anchorText))) {
    invalid('anchorText', `The words “${anchorText.length > 60 ? `${anchorText.slice(0, 59)}…` : anchorText}” are not in this paragraph. Copy them from it exactly, or leave them out to print the reservation at the end of the paragraph.`);
  }
}

function checkPart(db: Db, recommendationId: string, partId: string | null | undefined): void {
  if (!partId) return;
  const owner = db.prepare('SELECT recommendation_id FROM recommendation_parts WHERE id = ?').pluck().get(partId) as string | undefined;
  if (owner !== recommendationId) invalid('recommendationPartId', 'That part is not one of this recommendation’s parts. Choose a part of it, or the whole recommendation.');
}

function toDraft(objection: Objection, name: string, footnotes: readonly Footnote[]): DraftObjection {
  const printing = footnotes.filter((f) => f.objectionId === objection.id);
  const citations: ObjectionCitation[] = (printing[0]?.citations ?? []).map((c) => ({ sourceId: c.sourceId, locator: c.locator, style: c.style }));
  return {
    id: objection.id,
    kind: objection.kind,
    memberPersonId: objection.member.id,
    memberName: name,
    recommendationId: objection.recommendationId,
    recommendationPartId: objection.recommendationPartId,
    blockId: objection.blockId,
    anchorText: objection.anchorText,
    text: objection.text,
    citations,
    footnoteIds: printing.map((f) => f.id),
  };
}

export function listDraftObjections(db: Db, investigationId: string): DraftObjection[] {
  const committee = committeeOf(db, investigationId);
  const footnotes = listFootnotes(db, investigationId);
  return listObjections(db, investigationId).map((o) => toDraft(o, memberName(o.member, committee), footnotes));
}

function draftObjection(db: Db, id: string): DraftObjection {
  const objection = found(getObjection(db, id), 'dissent or reservation');
  return found(listDraftObjections(db, objection.investigationId).find((o) => o.id === id), 'dissent or reservation');
}

/** "Recommendation 8" (or "a recommendation" for one not yet placed), for the change log. */
function recommendationName(db: Db, investigationId: string, recommendationId: string | null): string {
  const recommendation = listRecommendations(db, investigationId).find((r) => r.id === recommendationId);
  return recommendation ? `Recommendation ${recommendation.number}` : 'a recommendation';
}

export const objectionHandlers: HandlerGroup = {
  'objections.list': (input, { store }) => {
    found(getInvestigation(store.db, input.investigationId), 'investigation');
    return listDraftObjections(store.db, input.investigationId);
  },

  'objections.create': (input, context) => {
    const { store, author } = context;
    const { db } = store;
    let investigationId: string;
    if (input.kind === 'dissent') {
      investigationId = found(getRecommendationRow(db, input.recommendationId), 'recommendation').investigationId;
      checkPart(db, input.recommendationId, input.recommendationPartId);
    } else {
      const block = found(getBlock(db, input.blockId), 'paragraph');
      if (block.kind !== 'paragraph' && block.kind !== 'list') invalid('blockId', 'A reservation is recorded on a paragraph (or a list). Choose the paragraph it qualifies.');
      investigationId = block.investigationId;
      checkAnchor(db, block.id, input.anchorText ?? null);
    }
    const name = checkMember(db, investigationId, input.memberPersonId);
    if (input.kind === 'dissent') {
      const already = listObjections(db, investigationId).find((o) => o.kind === 'dissent' && o.recommendationId === input.recommendationId && o.member.id === input.memberPersonId);
      if (already) throw new ApiError('conflict', `${name} already dissents from ${recommendationName(db, investigationId, input.recommendationId)}. Edit that dissent instead.`);
    }
    const citations = checkCitations(db, investigationId, input.citations);
    const id = store.transaction(() => {
      const objectionId = insertObjection(db, author.id, {
        investigationId,
        kind: input.kind,
        memberPersonId: input.memberPersonId,
        recommendationId: input.kind === 'dissent' ? input.recommendationId : null,
        recommendationPartId: input.kind === 'dissent' ? (input.recommendationPartId ?? null) : null,
        anchorText: input.kind === 'reservation' ? (input.anchorText ?? null) : null,
        text: input.text,
      });
      if (input.kind === 'reservation') setObjectionBlock(db, objectionId, input.blockId);
      insertFootnote(db, author.id, { investigationId, ...objectionFootnoteText(input.text, citations.length), citations, objectionId });
      keepInOrder(db, investigationId);
      const summary = input.kind === 'dissent' ? `Recorded ${name}’s dissent from ${recommendationName(db, investigationId, input.recommendationId)}` : `Recorded ${name}’s reservation on a paragraph`;
      recordChange(db, { authorId: author.id, entity: 'objection', entityId: objectionId, action: 'create', summary, investigationId });
      return objectionId;
    });
    announceReport(context, investigationId, ['objection', 'footnote', 'recommendation']);
    return draftObjection(db, id);
  },

  'objections.update': (input, context) => {
    const { store, author } = context;
    const { db } = store;
    const before = found(getObjection(db, input.id), 'dissent or reservation');
    const investigationId = before.investigationId;
    if (input.recommendationPartId !== undefined) {
      if (before.kind !== 'dissent') invalid('recommendationPartId', 'Only a dissent is on a part of a recommendation.');
      checkPart(db, before.recommendationId!, input.recommendationPartId);
    }
    if (input.anchorText !== undefined) {
      if (before.kind !== 'reservation' || !before.blockId) invalid('anchorText', 'Only a reservation on a paragraph is on particular words.');
      checkAnchor(db, before.blockId, input.anchorText);
    }
    const citations = input.citations ? checkCitations(db, investigationId, input.citations) : undefined;
    store.transaction(() => {
      updateObjectionFields(db, before.id, { text: input.text, recommendationPartId: input.recommendationPartId, anchorText: input.anchorText });
      if (input.text !== undefined || citations !== undefined) {
        const footnoteIds = footnotesPrintingObjection(db, before.id);
        const current = draftObjection(db, before.id);
        const fields = citations ?? checkCitations(db, investigationId, current.citations);
        const text = objectionFootnoteText(input.text ?? before.text, fields.length);
        // Every footnote printing it says the same again: the member's words are one text.
        for (const footnoteId of footnoteIds) updateFootnote(db, author.id, footnoteId, { ...text, citations: fields });
        if (footnoteIds.length === 0) insertFootnote(db, author.id, { investigationId, ...text, citations: fields, objectionId: before.id });
      }
      keepInOrder(db, investigationId);
      const name = memberName(before.member, committeeOf(db, investigationId));
      recordChange(db, { authorId: author.id, entity: 'objection', entityId: before.id, action: 'update', summary: `Edited ${name}’s ${before.kind}`, investigationId });
    });
    announceReport(context, investigationId, ['objection', 'footnote', 'recommendation']);
    return draftObjection(db, before.id);
  },

  'objections.delete': (input, context) => {
    const { store, author } = context;
    const { db } = store;
    const before = found(getObjection(db, input.id), 'dissent or reservation');
    store.transaction(() => {
      deleteObjection(db, before.id);
      keepInOrder(db, before.investigationId);
      const name = memberName(before.member, committeeOf(db, before.investigationId));
      const on = before.kind === 'dissent' ? ` from ${recommendationName(db, before.investigationId, before.recommendationId)}` : '';
      recordChange(db, { authorId: author.id, entity: 'objection', entityId: before.id, action: 'delete', summary: `Withdrew ${name}’s ${before.kind}${on}`, investigationId: before.investigationId });
    });
    announceReport(context, before.investigationId, ['objection', 'footnote', 'recommendation']);
    return { id: before.id };
  },
};
