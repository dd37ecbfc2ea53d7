/**
 * The sample investigation's transcripts as data. Each transcript is a list of pages; each page a
 * list of blocks (one printed paragraph each). scripts/make-sample-transcripts.ts renders them to
 * the real files in ./files, which the app imports like any clerk's transcript.
 */

/** One printed paragraph of speech. */
export interface TranscriptBlock {
  /** The speaker label as printed, without the colon: "Susan Hall AM (Chairman)". */
  speaker: string;
  /** The words spoken. For sample blocks, without the "[Sample text]" marker (layout adds it). */
  text: string;
  /** Invented text: printed with the "[Sample text]" marker. */
  sample: boolean;
  /**
   * The same turn as the block before it (a further paragraph, or the rest of a turn that runs on
   * from the previous page): printed without the speaker label.
   */
  continued?: boolean;
}

export type TranscriptContentPage = TranscriptBlock[];

export interface TranscriptContent {
  key: string;
  /** Printed at the top of every page: "Police and Crime Committee – 15 January 2025". */
  runningHeader: string;
  /** Page 1's header block: "Appendix 1", "<Committee> – <date>", "Transcript of Agenda Item …". */
  headerLines: string[];
  /** Pages in order; page n is pages[n - 1]. */
  pages: TranscriptContentPage[];
}

export type SampleTranscriptFormat = 'pdf' | 'docx' | 'txt';

export interface SampleTranscript {
  key: string;
  /** Meeting key in backend/sample/police-and-crime-plan.ts. */
  meetingKey: string;
  /** Panel key in backend/sample/police-and-crime-plan.ts, for a panel's transcript. */
  panelKey?: string;
  heldOn: string;
  /** File in backend/sample/transcripts/files. */
  fileName: string;
  format: SampleTranscriptFormat;
  /** The transcript's title in the app. */
  title: string;
  /** The title exactly as the report's footnotes cite it (link text). */
  citedAs: string;
  /** The date exactly as the report's footnotes print it. */
  citedDate: string;
  pageCount: number;
  content: TranscriptContent;
}

/** A passage the report quotes from a transcript. */
export interface QuotedPassage {
  transcriptKey: string;
  /** The (first) page the report's footnote cites. */
  page: number;
  /** For a range citation ("p.12-13"): the last page cited. */
  lastPage?: number;
  /** Person key in backend/sample/police-and-crime-plan.ts. */
  speakerPersonKey: string;
  /**
   * The quoted words exactly as the report prints them, without the surrounding quotation marks.
   * "[...]" marks words the report leaves out; other square brackets are editorial insertions,
   * which the transcripts print too.
   */
  text: string;
  /** The seed report's footnote number. */
  footnote: number;
  /** A block quote (italics) or words quoted in running text. */
  form: 'block' | 'inline';
}

/** A footnote that cites a transcript for a point the report puts in its own words. */
export interface ParaphrasedPoint {
  transcriptKey: string;
  page: number;
  speakerPersonKey: string;
  footnote: number;
  /** The point, as the report makes it. */
  point: string;
  /** Words of the (sample) turn on the cited page that carry the point. */
  marker: string;
  /** False where the report does not say who made the point and the sample chose a speaker. */
  speakerNamedByReport: boolean;
}
