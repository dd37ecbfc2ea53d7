/**
 * What each kind of block stores in `blocks.content` (db/migrations/001_initial.ts), as zod
 * schemas for the contract and the store, and as types for everything else.
 *
 *   paragraph       rich text: one or more paragraphs (./rich-text.ts)
 *   list            rich text: one bullet list
 *   quote           { quoteId, footnoteId, attribution?, excerpt? }
 *   recommendation  { recommendationId }
 *   metric          { indicatorId, from, to, groupName?, style }
 *   chart           { figureId }
 *   heading         { text, level }
 *
 * Validation is strict: an unknown field, node, mark or link scheme is refused with a message
 * that says what is wrong and where, and the value is never partly accepted.
 */
import { z } from 'zod';
import { CHANGE_STYLES } from '../domain/metrics';
import { checkRichText, type RichTextDoc, type RichTextShape } from './rich-text';

export const BLOCK_KINDS = ['paragraph', 'list', 'quote', 'recommendation', 'metric', 'chart', 'heading'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

const ref = (what: string) =>
  z
    .string({ error: `Choose the ${what}.` })
    .trim()
    .min(1, `Choose the ${what}.`)
    .max(64, `That ${what} id is too long.`);

/** A rich-text document of the given shape; every problem is reported at its own path. */
export const richText = (shape: RichTextShape) =>
  z.unknown().transform((value, context) => {
    const issues = checkRichText(value, shape);
    for (const issue of issues) {
      context.addIssue({ code: 'custom', message: issue.message, path: issue.path === '' ? [] : issue.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) });
    }
    return issues.length > 0 ? z.NEVER : (value as RichTextDoc);
  });

export const paragraphContent = richText('paragraphs');
export const listContent = richText('list');

const quoteShape = {
  quoteId: ref('quote'),
  /**
   * The footnote citing the transcript. Null when the next quote block's footnote covers this
   * one too (the seed prints one footnote after two consecutive quotes from the same page).
   */
  footnoteId: ref('footnote').nullable(),
  /** The attribution line, when it is not the one made from the quote's speaker. */
  attribution: z.string({ error: 'The attribution must be text.' }).trim().min(1, 'The attribution cannot be empty: leave it out to use the speaker’s name and role.').max(300, 'The attribution is too long (at most 300 characters).').optional(),
  /**
   * The words printed, when the report leaves some of the quote out: pieces of the quote in
   * order, joined by "[...]". Checked against the quote's words whenever the report is built.
   */
  excerpt: z.string({ error: 'The printed words must be text.' }).trim().min(1, 'The printed words cannot be empty: leave them out to print the whole quote.').max(20_000, 'The printed words are too long.').optional(),
};

export const quoteContent = z.object(quoteShape).strict();

/** What a new quote block may be given: without a footnote, one citing the transcript's page is made. */
export const quoteContentInput = z.object({ ...quoteShape, footnoteId: quoteShape.footnoteId.optional() }).strict();

export const recommendationContent = z.object({ recommendationId: ref('recommendation') }).strict();

const period = (label: string) => z.string({ error: `${label} must be a period.` }).trim().min(1, `Choose ${label.toLowerCase()}.`).max(20, `${label} is too long.`);

export const metricContent = z
  .object({
    indicatorId: ref('indicator'),
    /** Canonical periods (shared/domain/metrics.ts): "2021/22", "Q1 2025-26", "2024-12", "2019". */
    from: period('The first period'),
    to: period('The second period'),
    /** A group's figures ("Black Londoners"); absent or null for the overall figure. */
    groupName: z.string().trim().min(1).max(200).nullable().optional(),
    style: z.enum(CHANGE_STYLES, { error: 'Choose how the change is written.' }),
  })
  .strict();

export const chartContent = z.object({ figureId: ref('chart') }).strict();

export const headingContent = z
  .object({
    text: z.string({ error: 'The heading must be text.' }).trim().min(1, 'The heading cannot be empty.').max(300, 'The heading is too long (at most 300 characters).'),
    /** 1 is a chapter and 2 a section (their own titles); a block heading is 2, 3 or 4. Levels 1–2 appear in the contents. */
    level: z.union([z.literal(2), z.literal(3), z.literal(4)], { error: 'A heading inside a chapter is level 2, 3 or 4.' }),
  })
  .strict();

export type QuoteContent = z.output<typeof quoteContent>;
export type RecommendationContent = z.output<typeof recommendationContent>;
export type MetricContent = z.output<typeof metricContent>;
export type ChartContent = z.output<typeof chartContent>;
export type HeadingContent = z.output<typeof headingContent>;

export const CONTENT_SCHEMAS = {
  paragraph: paragraphContent,
  list: listContent,
  quote: quoteContent,
  recommendation: recommendationContent,
  metric: metricContent,
  chart: chartContent,
  heading: headingContent,
} as const;

const variants = {
  paragraph: z.object({ kind: z.literal('paragraph'), content: paragraphContent }).strict(),
  list: z.object({ kind: z.literal('list'), content: listContent }).strict(),
  quote: z.object({ kind: z.literal('quote'), content: quoteContent }).strict(),
  recommendation: z.object({ kind: z.literal('recommendation'), content: recommendationContent }).strict(),
  metric: z.object({ kind: z.literal('metric'), content: metricContent }).strict(),
  chart: z.object({ kind: z.literal('chart'), content: chartContent }).strict(),
  heading: z.object({ kind: z.literal('heading'), content: headingContent }).strict(),
};
const KIND_ERROR = { error: 'Choose a kind of block: paragraph, list, quote, recommendation, metric, chart or heading.' };

/** A block's kind with its content: what the store keeps and `blocks.update` accepts. */
export const blockBody = z.discriminatedUnion(
  'kind',
  [variants.paragraph, variants.list, variants.quote, variants.recommendation, variants.metric, variants.chart, variants.heading],
  KIND_ERROR,
);

/** What `blocks.create` accepts: the same, except that a quote may come without its footnote. */
export const newBlockBody = z.discriminatedUnion(
  'kind',
  [
    variants.paragraph,
    variants.list,
    z.object({ kind: z.literal('quote'), content: quoteContentInput }).strict(),
    variants.recommendation,
    variants.metric,
    variants.chart,
    variants.heading,
  ],
  KIND_ERROR,
);

export type BlockBody = z.output<typeof blockBody>;
export type NewBlockBody = z.output<typeof newBlockBody>;

/** A block as the API returns it. */
export interface ReportBlock {
  id: string;
  chapterId: string;
  sectionId: string | null;
  position: number;
  kind: BlockKind;
  content: unknown;
  updatedAt: string;
}

export type ContentCheck = { ok: true; body: BlockBody } | { ok: false; messages: string[] };

/** Checks content read from the store (or built by a loader) against its kind. */
export function checkBlockContent(kind: string, content: unknown): ContentCheck {
  const parsed = blockBody.safeParse({ kind, content });
  if (parsed.success) return { ok: true, body: parsed.data };
  return { ok: false, messages: parsed.error.issues.map((issue) => issue.message) };
}

/** Like `checkBlockContent`, but throws: for code that builds content itself (the sample). */
export function blockContent(kind: BlockKind, content: unknown): BlockBody {
  const checked = checkBlockContent(kind, content);
  if (!checked.ok) throw new Error(`Invalid ${kind} block: ${checked.messages.join(' ')}`);
  return checked.body;
}
