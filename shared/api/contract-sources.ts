/** The contract's methods for the sources register, citations and footnotes. */
import { z } from 'zod';
import { SOURCE_KINDS, type Id } from '../domain/types';
import { CITATION_STYLES, type DuplicateGroup, type Footnote, type Source, type SourceDetail } from '../domain/sources';
import { safeHref } from '../format/footnotes';
import { id, method, optionalText, returns, text } from './fields';

/** "2024-12-18", "2023-03" or "2024": as precise as the source is dated. */
export const partialDate = (label: string) =>
  z
    .string({ error: `${label} must be a date.` })
    .trim()
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .refine((value) => value === null || /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(value), {
      message: `${label} must be written as YYYY-MM-DD, YYYY-MM or YYYY.`,
    })
    .refine(
      (value) => {
        if (value === null || value.length < 10) return true;
        const date = new Date(`${value}T00:00:00Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
      },
      { message: `${label} is not a real calendar date.` },
    );

/**
 * Links are only ever http(s) or mailto: no `javascript:` or `file:` reaches a preview or an
 * export. The rule is the formatter's own (`safeHref`), so what is stored is exactly what can be
 * linked — including refusing hidden tabs and line breaks, which browsers drop from addresses.
 */
export const link = z
  .string({ error: 'The link must be text.' })
  .trim()
  .max(2000, 'That link is too long (at most 2,000 characters).')
  .transform((value) => (value === '' ? null : value))
  .nullable()
  .refine((value) => value === null || (/^(https?:\/\/|mailto:)/i.test(value) && safeHref(value) !== null), {
    message: 'A link must be a web address starting http:// or https:// (or a mailto: address), with no spaces in it.',
  });

const sourceFields = {
  kind: z.enum(SOURCE_KINDS, { error: 'Choose the kind of source.' }),
  publisher: optionalText('Publisher or author', 300).optional(),
  title: text('Title', 500),
  url: link.optional(),
  publishedOn: partialDate('Date published').optional(),
  accessedOn: partialDate('Date accessed').optional(),
  notes: optionalText('Notes', 4000).optional(),
};

const citationInput = z
  .object({
    sourceId: id,
    style: z.enum(CITATION_STYLES).default('full'),
    locator: optionalText('Locator', 100).optional(),
    label: optionalText('Link text', 500).optional(),
    accessedOn: partialDate('Date accessed').optional(),
    /** Not trimmed: joiners are words with their spaces (" and ", ", "). */
    joiner: z.string().max(500, 'The words between citations are too long.').nullable().optional(),
  })
  .strict();

/** Footnote text keeps its own spaces: "Based on analysis of " runs into the citation. */
const footnoteText = (label: string) => z.string({ error: `${label} must be text.` }).max(8000, `${label} is too long (at most 8,000 characters).`);

const citationList = z.array(citationInput).max(50, 'A footnote can hold at most 50 citations.');

const footnoteFields = {
  textBefore: footnoteText('The text before the citations').default(''),
  citations: citationList.default([]),
  textAfter: footnoteText('The text after the citations').default(''),
};

const hasContent = (v: { textBefore?: string; citations?: unknown[]; textAfter?: string }) =>
  (v.citations?.length ?? 0) > 0 || (v.textBefore ?? '').trim() !== '' || (v.textAfter ?? '').trim() !== '';

export const sourcesContract = {
  'sources.list': method(
    z
      .object({
        investigationId: id.optional(),
        kind: z.enum(SOURCE_KINDS).optional(),
        /** The publisher exactly (ignoring case), as the register's publisher filter offers it. */
        publisher: z.string().trim().max(300).optional(),
        /** Words to find in the publisher, title, URL or notes. */
        query: z.string().trim().max(200).optional(),
      })
      .strict(),
    returns<Source[]>(),
    'The sources register, optionally for one investigation and filtered by kind, publisher or words.',
  ),
  'sources.get': method(z.object({ id }).strict(), returns<SourceDetail>(), 'One source with every place it is cited.'),
  'sources.create': method(
    z.object({ investigationId: id, ...sourceFields }).strict(),
    returns<{ id: Id; likelyDuplicateIds: Id[] }>(),
    'Adds a source to the register; says which existing sources it probably duplicates.',
  ),
  'sources.update': method(
    z
      .object({
        id,
        kind: sourceFields.kind.optional(),
        publisher: sourceFields.publisher,
        title: sourceFields.title.optional(),
        url: sourceFields.url,
        publishedOn: sourceFields.publishedOn,
        accessedOn: sourceFields.accessedOn,
        notes: sourceFields.notes,
      })
      .strict(),
    returns<Source>(),
    'Changes a source; every footnote citing it follows.',
  ),
  'sources.delete': method(
    z.object({ id }).strict(),
    returns<{ id: Id }>(),
    'Deletes a source nothing cites; a cited source is refused with the footnotes that cite it.',
  ),
  'sources.duplicates': method(
    z.object({ investigationId: id.optional() }).strict(),
    returns<DuplicateGroup[]>(),
    'Groups of sources that are probably the same: same URL, or same publisher and title.',
  ),
  'sources.merge': method(
    z
      .object({ keepId: id, mergeIds: z.array(id).min(1, 'Choose at least one source to merge.').max(100) })
      .strict()
      .refine((v) => !v.mergeIds.includes(v.keepId), { message: 'A source cannot be merged into itself.', path: ['mergeIds'] }),
    returns<{ keptId: Id; movedCitations: number; removedSources: number; movedObservations: number; movedIndicators: number }>(),
    'Merges duplicate sources into one, moving every citation (and every metric and transcript that names them) to the one kept.',
  ),

  'footnotes.list': method(
    z.object({ investigationId: id }).strict(),
    returns<Footnote[]>(),
    'The footnotes of an investigation in order, each formatted in house style.',
  ),
  'footnotes.create': method(
    z
      .object({ investigationId: id, position: z.number().int().min(1).optional(), ...footnoteFields })
      .strict()
      .refine(hasContent, { message: 'A footnote needs some text or at least one citation.', path: ['textBefore'] }),
    returns<Footnote>(),
    'Adds a footnote (at the end unless a position is given).',
  ),
  'footnotes.update': method(
    z
      .object({
        id,
        textBefore: footnoteText('The text before the citations').optional(),
        // No default here: leaving the citations out of an update keeps them as they are.
        citations: citationList.optional(),
        textAfter: footnoteText('The text after the citations').optional(),
      })
      .strict(),
    returns<Footnote>(),
    'Changes a footnote’s text or replaces its citations.',
  ),
  'footnotes.delete': method(z.object({ id }).strict(), returns<{ id: Id }>(), 'Deletes a footnote and its citations.'),
  'footnotes.preview': method(
    z.object(footnoteFields).strict(),
    returns<Pick<Footnote, 'runs' | 'text'>>(),
    'Formats a footnote in house style without saving it (for the editor’s live preview).',
  ),
} as const;
