/**
 * Chapters whose content the workbench writes, in part, itself. Stored on the chapter
 * (`chapters.role`, db/migrations/007_report.ts), never guessed from a title a clerk may change.
 *
 *   foreword            gets the Chairman's signature block under its heading
 *   executive_summary   the clerk's text (its key findings); no generated content
 *   recommendations     the numbered list of every recommendation, generated after any text
 *   committee_activity  the meetings, panels and guests, generated after any text
 */
export const CHAPTER_ROLES = ['foreword', 'executive_summary', 'recommendations', 'committee_activity'] as const;
export type ChapterRole = (typeof CHAPTER_ROLES)[number];

/** Ids of headings and blocks in the preview, for the contents and click-through. */
export const anchors = {
  chapter: (id: string) => `chapter-${id}`,
  section: (id: string) => `section-${id}`,
  block: (id: string) => `block-${id}`,
  footnote: (number: number) => `fn-${number}`,
  footnoteRef: (number: number) => `fnref-${number}`,
} as const;
