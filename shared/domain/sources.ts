/**
 * Sources, citations and footnotes: the register of everything the report cites, and the
 * footnotes that cite it. A footnote is optional text before, one or more citations, optional
 * text after (DOMAIN.md); `shared/format/footnotes.ts` turns one into house-style runs.
 */
import type { Id, IsoInstant, SourceKind } from './types';

/**
 * A date as precise as the source gives it: "2024-12-18", "2023-03" (the Casey Review is dated
 * "March 2023") or "2024".
 */
export type PartialDate = string;

export interface Source {
  id: Id;
  investigationId: Id | null;
  kind: SourceKind;
  /** "MOPAC", "London Assembly", "Metropolitan Police"; null for legislation and untitled publishers. */
  publisher: string | null;
  title: string;
  /** Only http(s) and mailto links are ever stored. */
  url: string | null;
  publishedOn: PartialDate | null;
  /** Dashboards are cited "accessed 18 February 2025"; a citation may give its own date. */
  accessedOn: PartialDate | null;
  notes: string | null;
  /** For a transcript's own source. */
  transcriptId: Id | null;
  citationCount: number;
  /**
   * Ids of other sources in the same register this one probably duplicates: the same URL (case and
   * trailing slashes aside), or the same publisher and title (case and typographic quotes aside)
   * unless both are dated and the dates differ — a committee's monthly "Transcript" is many documents.
   */
  likelyDuplicateIds: Id[];
  updatedAt: IsoInstant;
}

export const CITATION_STYLES = ['full', 'title'] as const;
/**
 * `full`: "MOPAC, Title, accessed 4 February 2025, p.3".
 * `title`: only the linked title (or label), as in "Studies (e.g. Tiratelli et al 2018, …)".
 */
export type CitationStyle = (typeof CITATION_STYLES)[number];

export interface Citation {
  id: Id;
  sourceId: Id;
  style: CitationStyle;
  /** "p.38", "p.10-11", "Section 6"; printed after the date. */
  locator: string | null;
  /** The linked words when they are not the source's title. */
  label: string | null;
  /** This occurrence's accessed date, when it differs from the source's. */
  accessedOn: PartialDate | null;
  /** Words between this citation and the next one (", ", " and "); ignored on the last. */
  joiner: string | null;
}

/** One piece of formatted footnote text; `href` makes it a link (always http(s) or mailto). */
export interface TextRun {
  text: string;
  href?: string | null;
  /** The source a linked run stands for, so the UI can open it. */
  sourceId?: Id | null;
}

export interface Footnote {
  id: Id;
  investigationId: Id;
  /** Order in the register: the seed's number for the sample; document order once drafting exists. */
  position: number;
  textBefore: string;
  citations: Citation[];
  textAfter: string;
  /** Set when the footnote prints a member's dissent or reservation. */
  objectionId: Id | null;
  /** House style, as the preview and the Word export print it. */
  runs: TextRun[];
  /** The same as plain text (links reduced to their words). */
  text: string;
  updatedAt: IsoInstant;
}

/** Where a source is cited: one row per citation. */
export interface CitationUse {
  citationId: Id;
  footnoteId: Id;
  footnotePosition: number;
  locator: string | null;
  /** The whole footnote as plain text, for the "where is this cited" list. */
  footnoteText: string;
}

export interface SourceDetail extends Source {
  uses: CitationUse[];
}

export interface DuplicateGroup {
  reason: 'same_url' | 'same_publisher_and_title';
  sourceIds: Id[];
}

/** Each kind of source in words, singular, as lists and the CLI print it. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  transcript: 'Transcript',
  dashboard: 'Dashboard or data',
  report: 'Report',
  web_page: 'Web page',
  legislation: 'Legislation',
  news: 'News',
  manifesto: 'Manifesto',
  letter: 'Letter',
  informal_meeting_notes: 'Notes of an informal meeting',
  other: 'Other',
};
