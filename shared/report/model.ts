/**
 * The report model: the whole report as plain, serialisable data, with every number already
 * worked out (recommendations and footnotes in document order) and every generated part already
 * written (the Recommendations list, Committee Activity, the contents). The HTML preview
 * (./render-html.ts), the CLI and the Word export all print this one model, so they can never
 * disagree about what the report says or how it is numbered.
 *
 * Built by backend/report/build-report-model.ts from the store; nothing here reads anything.
 */
import type { AnchorStatus } from '../domain/evidence';
import type { TextRun } from '../domain/sources';
import type { ChapterKind, Id, IsoDate, RecommendationPartKind } from '../domain/types';
import type { ChapterRole } from './roles';

/** A piece of a paragraph. Footnote references carry their printed number. */
export type Inline =
  | { type: 'text'; text: string; bold?: true; italic?: true; /** Always http(s) or mailto. */ href?: string }
  | { type: 'break' }
  | { type: 'footnote'; number: number };

export type RichNode = { type: 'paragraph'; inlines: Inline[] } | { type: 'bulletList'; items: RichNode[][] };

/** One printing of a recommendation (the summary list prints each again, with its own footnotes). */
export interface RecommendationOccurrence {
  recommendationId: Id;
  number: number;
  /** "Recommendation 8". */
  heading: string;
  parts: { partId: Id; kind: RecommendationPartKind; inlines: Inline[] }[];
}

export type ModelBlock =
  | { kind: 'paragraph' | 'list'; blockId: Id | null; content: RichNode[] }
  | { kind: 'heading'; blockId: Id; level: 2 | 3 | 4; text: string; anchor: string }
  | {
      kind: 'quote';
      blockId: Id;
      quoteId: Id;
      /** The words printed (the quote's own, or the block's excerpt of them). */
      text: string;
      attribution: string;
      footnote: number | null;
      /** 'missing' when the quote was deleted from the evidence. */
      status: AnchorStatus | 'missing';
    }
  | { kind: 'recommendation'; blockId: Id | null; recommendation: RecommendationOccurrence }
  | {
      kind: 'metric';
      blockId: Id;
      indicatorId: Id;
      /** "Volume of theft increased from 204,954 in 2021/22 to 291,000 in 2023/24."; null when a figure is missing. */
      statement: string | null;
    }
  | { kind: 'chart'; blockId: Id; figureId: Id; title: string | null; attachmentSha256: string | null };

export interface ModelSection {
  id: Id;
  title: string;
  anchor: string;
  blocks: ModelBlock[];
}

export interface ModelChapter {
  id: Id;
  kind: ChapterKind;
  /** Set on chapters whose content the workbench writes (in part) itself. */
  role: ChapterRole | null;
  /** "Chapter one: Delivery and performance monitoring", "Foreword". */
  heading: string;
  anchor: string;
  /** The foreword's signature block, printed under its heading. */
  signature: { name: string; role: string } | null;
  /** Blocks before the first section (generated ones have no block id). */
  blocks: ModelBlock[];
  sections: ModelSection[];
}

export interface ContentsEntry {
  level: 1 | 2;
  text: string;
  /** The id of the heading in the preview. */
  anchor: string;
}

export type FootnoteOrigin = 'text' | 'quote' | 'dissent' | 'reservation';

export interface ModelFootnote {
  number: number;
  /** The footnote in the register; null for a dissent or reservation printed from its own text. */
  footnoteId: Id | null;
  objectionId: Id | null;
  origin: FootnoteOrigin;
  /** House style (shared/format/footnotes.ts). */
  runs: TextRun[];
  text: string;
  /** Where the reference is printed: its chapter, and its block when it is a stored one. */
  chapterId: Id;
  blockId: Id | null;
}

export interface ModelRecommendation {
  id: Id;
  number: number;
  /** The parts joined as printed: paragraphs, then "- " bullets, one per line. */
  text: string;
  parts: { id: Id; kind: RecommendationPartKind; text: string }[];
  addressee: string | null;
  dueOn: IsoDate | null;
  dueNote: string | null;
  /** The block that places it in the body of the report. */
  blockId: Id;
  chapterId: Id;
  sectionId: Id | null;
  dissents: { objectionId: Id; member: string; partId: Id | null }[];
}

export const PROBLEM_CODES = [
  'empty_chapter',
  'empty_section',
  'recommendation_without_text',
  'recommendation_not_placed',
  'recommendation_placed_twice',
  'footnote_empty',
  'footnote_missing',
  'quote_lost',
  'quote_moved',
  'quote_missing',
  'quote_wording_changed',
  'metric_missing',
  'chart_missing',
  'reservation_not_placed',
  'block_invalid',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** Something the clerk should put right before the report goes out: the check list. */
export interface ReportProblem {
  code: ProblemCode;
  /** For a clerk: what is wrong, where, and what to do. */
  message: string;
  chapterId: Id | null;
  blockId: Id | null;
  /** Warnings (a quote moved to another page) do not stop an export; errors should. */
  severity: 'error' | 'warning';
}

export interface ReportModel {
  investigationId: Id;
  title: string;
  /** "London Assembly Police and Crime Committee". */
  committeeName: string;
  /** "London Assembly". */
  body: string;
  /** The committee's name within its body, printed under the title: "Police and Crime Committee". */
  coverLine: string;
  committeeDescription: string;
  contactUs: { name: string; jobTitle: string; email: string | null }[];
  contents: ContentsEntry[];
  chapters: ModelChapter[];
  /** Numbered, in document order. */
  recommendations: ModelRecommendation[];
  /** Numbered, in document order. */
  footnotes: ModelFootnote[];
  problems: ReportProblem[];
}
