/**
 * The transcript import pipeline's shapes.
 *
 *   bytes ──extract (pdf | docx | txt)──► ExtractedDocument (pages of plain text)
 *         ──segment──────────────────────► SegmentedTranscript (one text, page offsets, speaker turns)
 *         ──store (one transaction)──────► transcript, pages, turns, FTS index, attachment
 *
 * Extraction and segmentation are pure (no store), so they are tested on their own and can run
 * off the UI thread.
 */

export type TranscriptFormat = 'pdf' | 'docx' | 'txt';

export interface ExtractedPage {
  /** The page number printed on (or implied by) the page: 1-based. */
  number: number;
  /** The page's text with running headers, footers and page numbers removed. Lines end in \n. */
  text: string;
}

export interface ExtractedDocument {
  format: TranscriptFormat;
  pages: ExtractedPage[];
  /** Things the clerk should know that did not stop the import ("3 pages had no text"). */
  warnings: string[];
}

export interface ExtractOptions {
  /** Stop work promptly when aborted (the import is cancelled). */
  signal?: AbortSignal;
  /** Called as pages are done. */
  onProgress?: (done: number, total: number | null) => void;
}

/** Why an import failed, in words a clerk can act on. Becomes an `invalid_input` ApiError. */
export class ImportError extends Error {
  constructor(
    readonly reason:
      | 'empty'
      | 'too_large'
      | 'unsupported_format'
      | 'corrupt'
      | 'encrypted'
      | 'no_text'
      | 'unsafe_archive'
      | 'encoding'
      | 'cancelled',
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

export interface SpeakerTurn {
  /** The label exactly as printed, without the colon: "Susan Hall AM (Chairman)". */
  label: string;
  /** Normalised for matching people: "Susan Hall". */
  name: string;
  /** Role text kept from the label: "Chairman", "Director, Global City Policing". Null if none. */
  roleText: string | null;
  /** House of Commons question number ("Q82"), if any. */
  questionNumber: string | null;
  /** Page where the turn starts. */
  page: number;
  /** Offsets into SegmentedTranscript.text: the turn runs from the start of its label to its end. */
  startOffset: number;
  endOffset: number;
  /** Where the spoken words begin (after the label and colon). */
  speechOffset: number;
}

export interface SegmentedTranscript {
  /** The whole transcript's text: pages joined in order, each page's text ending in \n. */
  text: string;
  pages: { number: number; startOffset: number; endOffset: number }[];
  turns: SpeakerTurn[];
  /** Labels that looked like speakers but were set aside as headers ("Present", "Witnesses"). */
  ignoredLabels: string[];
}
