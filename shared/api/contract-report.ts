/**
 * The contract's methods for the report: its structure (chapters and sections), blocks,
 * recommendations, members' dissents and reservations, and the pure report model.
 */
import { z } from 'zod';
import { CITATION_STYLES } from '../domain/sources';
import { CHAPTER_KINDS, RECOMMENDATION_PART_KINDS, type Id } from '../domain/types';
import { blockBody, newBlockBody, type ReportBlock } from '../report/content';
import type { ReportModel, ReportProblem } from '../report/model';
import type { DraftObjection } from '../report/objections';
import { id, isoDate, method, optionalText, returns, text } from './fields';

const position = z.number({ error: 'The position must be a number.' }).int('The position must be a whole number.').min(0, 'The position cannot be negative.').max(100_000);

const placement = {
  chapterId: id,
  /** Null or absent: among the chapter's own blocks, before its first section. */
  sectionId: id.nullable().optional(),
  /** Among its siblings, 0 = first; at the end when absent. */
  position: position.optional(),
};

const recommendationPart = z
  .object({
    kind: z.enum(RECOMMENDATION_PART_KINDS, { error: 'A part is a paragraph or a bullet.' }),
    text: z.string({ error: 'The recommendation’s text must be text.' }).trim().min(1, 'A part of a recommendation cannot be empty.').max(4000, 'That part is too long (at most 4,000 characters).'),
  })
  .strict();

/** A part of a recommendation being edited: with its id it is that part, reworded; without, a new one. */
const editedPart = recommendationPart.extend({ id: id.optional() }).strict();

const chapterTitle = text('The title', 300);
/** "Chapter one": printed before a chapter's title. Numbered chapters are relabelled in order. */
const chapterLabel = optionalText('The label', 60);

/**
 * Deleting a chapter or section that still has content is refused unless the caller chooses to
 * delete that content with it: a clerk never loses paragraphs to a misclick.
 */
const deleteContent = z.boolean({ error: 'Say whether to delete the content too.' }).optional();

const objectionCitation = z
  .object({
    sourceId: id,
    locator: optionalText('The page or section', 100).optional(),
    style: z.enum(CITATION_STYLES).default('full'),
  })
  .strict();
const objectionText = text('The member’s words', 8000);
const objectionCitations = z.array(objectionCitation).max(20, 'At most 20 citations.').default([]);

export const reportContract = {
  'report.model': method(
    z.object({ investigationId: id }).strict(),
    returns<ReportModel>(),
    'The whole report as one model: contents, chapters and blocks, recommendations and footnotes numbered in document order, and the check list.',
  ),
  'report.check': method(
    z.object({ investigationId: id }).strict(),
    returns<ReportProblem[]>(),
    'The report’s check list: empty chapters, unplaced or empty recommendations, missing or empty footnotes, quotes lost by a corrected transcript.',
  ),
  'blocks.list': method(
    z.object({ investigationId: id }).strict(),
    returns<ReportBlock[]>(),
    'Every block of the report in document order, with its stored content (TipTap JSON for text).',
  ),
  'blocks.create': method(
    z.object({ ...placement, block: newBlockBody }).strict(),
    returns<ReportBlock>(),
    'Adds a block; a quote given without a footnote gets one citing its transcript’s page.',
  ),
  'blocks.update': method(
    z.object({ id, block: blockBody }).strict(),
    returns<ReportBlock>(),
    'Replaces a block’s content (its kind cannot change).',
  ),
  'blocks.move': method(
    z.object({ id, chapterId: id, sectionId: id.nullable().optional(), position }).strict(),
    returns<ReportBlock>(),
    'Moves a block within its chapter or section, or to another.',
  ),
  'blocks.delete': method(
    z.object({ id }).strict(),
    returns<{ id: Id }>(),
    'Deletes a block. A paragraph a reservation is attached to is refused; a recommendation’s block leaves the recommendation unplaced.',
  ),
  'recommendations.create': method(
    z
      .object({
        ...placement,
        parts: z.array(recommendationPart).min(1, 'A recommendation needs its text.').max(20, 'A recommendation can have at most 20 parts.'),
        addressee: optionalText('The addressee', 200).optional(),
        dueOn: isoDate('The due date').nullable().optional(),
        dueNote: optionalText('The note on the due date', 300).optional(),
      })
      .strict(),
    returns<{ recommendationId: Id; blockId: Id; number: number }>(),
    'Adds a recommendation where it is placed in the report; it and every later one are numbered in document order.',
  ),
  'recommendations.update': method(
    z
      .object({
        id,
        parts: z.array(editedPart).min(1, 'A recommendation needs its text.').max(20, 'A recommendation can have at most 20 parts.').optional(),
        addressee: optionalText('The addressee', 200).optional(),
        dueOn: isoDate('The due date').nullable().optional(),
        dueNote: optionalText('The note on the due date', 300).optional(),
      })
      .strict(),
    returns<{ recommendationId: Id; number: number | null }>(),
    'Edits a recommendation’s parts, addressee or due date. A part a member dissents from cannot be removed while the dissent stands.',
  ),
  'recommendations.delete': method(
    z.object({ id }).strict(),
    returns<{ id: Id }>(),
    'Deletes a recommendation and takes it out of the report; refused while a member’s dissent is recorded on it.',
  ),

  'chapters.create': method(
    z
      .object({
        investigationId: id,
        kind: z.enum(CHAPTER_KINDS, { error: 'Choose front matter, the introduction, a chapter or closing matter.' }),
        title: chapterTitle,
        label: chapterLabel.optional(),
        /** Among the report's chapters, 0 = first; at the end when absent. */
        position: position.optional(),
      })
      .strict(),
    returns<{ id: Id; label: string | null }>(),
    'Adds a chapter (or front or closing matter); numbered chapters are labelled “Chapter one”, “Chapter two”… in order.',
  ),
  'chapters.update': method(
    z.object({ id, title: chapterTitle.optional(), label: chapterLabel.optional() }).strict(),
    returns<{ id: Id }>(),
    'Renames a chapter.',
  ),
  'chapters.move': method(z.object({ id, position }).strict(), returns<{ id: Id; position: number }>(), 'Moves a chapter; recommendations and footnotes are renumbered to follow.'),
  'chapters.delete': method(
    z.object({ id, deleteContent }).strict(),
    returns<{ id: Id; deletedBlocks: number; deletedSections: number; deletedRecommendations: number }>(),
    'Deletes a chapter. One with sections or blocks is refused unless deleteContent is chosen; a dissent or reservation in it is always refused.',
  ),
  'sections.create': method(
    z.object({ chapterId: id, title: chapterTitle, position: position.optional() }).strict(),
    returns<{ id: Id }>(),
    'Adds a section to a chapter.',
  ),
  'sections.update': method(z.object({ id, title: chapterTitle }).strict(), returns<{ id: Id }>(), 'Renames a section.'),
  'sections.move': method(
    z.object({ id, chapterId: id.optional(), position }).strict(),
    returns<{ id: Id; chapterId: Id; position: number }>(),
    'Moves a section within its chapter, or (with its blocks) to another chapter.',
  ),
  'sections.delete': method(
    z.object({ id, deleteContent }).strict(),
    returns<{ id: Id; deletedBlocks: number; deletedRecommendations: number }>(),
    'Deletes a section. One with blocks is refused unless deleteContent is chosen; a dissent or reservation in it is always refused.',
  ),

  'objections.list': method(
    z.object({ investigationId: id }).strict(),
    returns<DraftObjection[]>(),
    'Members’ dissents and reservations, each with its words, citations and the footnotes that print it.',
  ),
  'objections.create': method(
    z.discriminatedUnion(
      'kind',
      [
        z
          .object({
            kind: z.literal('dissent'),
            memberPersonId: id,
            recommendationId: id,
            /** The part dissented from; absent or null for the whole recommendation. */
            recommendationPartId: id.nullable().optional(),
            text: objectionText,
            citations: objectionCitations,
          })
          .strict(),
        z
          .object({
            kind: z.literal('reservation'),
            memberPersonId: id,
            /** The paragraph (or list) block. */
            blockId: id,
            /** The words the reservation is about; its footnote is printed straight after them. */
            anchorText: optionalText('The words it is about', 1000).optional(),
            text: objectionText,
            citations: objectionCitations,
          })
          .strict(),
      ],
      { error: 'Choose a dissent (on a recommendation) or a reservation (on a paragraph).' },
    ),
    returns<DraftObjection>(),
    'Records a member’s dissent from a recommendation (or one part of it) or reservation on a paragraph; its footnote is made for it.',
  ),
  'objections.update': method(
    z
      .object({
        id,
        text: objectionText.optional(),
        citations: z.array(objectionCitation).max(20, 'At most 20 citations.').optional(),
        recommendationPartId: id.nullable().optional(),
        anchorText: optionalText('The words it is about', 1000).optional(),
      })
      .strict(),
    returns<DraftObjection>(),
    'Edits a dissent or reservation: its words, citations, the part or the words it is on; its footnotes follow.',
  ),
  'objections.delete': method(z.object({ id }).strict(), returns<{ id: Id }>(), 'Withdraws a dissent or reservation, with the footnotes that print it.'),
} as const;
