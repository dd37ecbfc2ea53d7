/** Transcripts, their speakers, and search results, as they cross the API. */
import type { Id, IsoDate, IsoInstant, Person } from './types';

export type TranscriptFormat = 'pdf' | 'docx' | 'txt';

export interface TranscriptSummary {
  id: Id;
  meetingId: Id;
  panelId: Id | null;
  title: string;
  heldOn: IsoDate;
  meetingTitle: string;
  pageCount: number;
  turnCount: number;
  /** Distinct speakers not yet linked to a person. */
  unmatchedSpeakers: number;
  format: TranscriptFormat | null;
  originalFileName: string | null;
  importedAt: IsoInstant | null;
}

export interface TranscriptPage {
  number: number;
  startOffset: number;
  endOffset: number;
  text: string;
}

export interface TranscriptTurn {
  id: Id;
  position: number;
  /** As printed: "Susan Hall AM (Chairman)". */
  label: string;
  /** Normalised: "Susan Hall". */
  name: string;
  roleText: string | null;
  questionNumber: string | null;
  personId: Id | null;
  page: number;
  startOffset: number;
  endOffset: number;
  speechOffset: number;
}

export interface TranscriptSpeaker {
  /** The normalised name every turn of this speaker shares. */
  name: string;
  /** The first label printed for them. */
  label: string;
  roleText: string | null;
  turnCount: number;
  person: Person | null;
}

export interface TranscriptDetail extends TranscriptSummary {
  investigationId: Id;
  panelTitle: string | null;
  sourceId: Id | null;
  pages: TranscriptPage[];
  turns: TranscriptTurn[];
  speakers: TranscriptSpeaker[];
}

export interface TranscriptImportResult {
  transcriptId: Id;
  title: string;
  pageCount: number;
  turns: { label: string; personId: Id | null; page: number }[];
  unmatchedSpeakers: { name: string; label: string; turnCount: number }[];
  warnings: string[];
}

export interface SearchHit {
  transcriptId: Id;
  transcriptTitle: string;
  meetingId: Id;
  meetingTitle: string;
  heldOn: IsoDate;
  investigationId: Id;
  page: number;
  turnId: Id | null;
  /** Speaker's normalised name; empty for text outside any turn. */
  speaker: string;
  speakerLabel: string | null;
  personId: Id | null;
  startOffset: number;
  /**
   * A short extract around the match. Matched words are wrapped in \u0002 … \u0003 (control
   * characters that never occur in transcripts), so the UI can highlight them without HTML.
   */
  snippet: string;
}

/**
 * How search results are ordered: the newest meetings first (each transcript from its first page,
 * the default: quick however common the words), or the best match first (bm25: the passages where
 * the words are densest, which means weighing every match).
 */
export const SEARCH_ORDERS = ['newest', 'best'] as const;
export type SearchOrder = (typeof SEARCH_ORDERS)[number];

export interface SearchResults {
  hits: SearchHit[];
  hasMore: boolean;
  /** The query as FTS5 ran it, for the curious and for bug reports. */
  ftsQuery: string;
}
