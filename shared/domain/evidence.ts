/** Evidence: who is working, quotes marked in transcripts, the tags they carry, and coverage. */
import type { Id, IsoDate, IsoInstant, TagKind } from './types';

export interface Profile {
  id: Id;
  name: string;
  role: 'member' | 'clerk';
  /** The committee member this profile is, for members. */
  personId: Id | null;
}

export interface Tag {
  id: Id;
  investigationId: Id;
  kind: TagKind;
  /** Themes nest; structure tags sit under their chapter (sections) or stand alone. */
  parentId: Id | null;
  /** For structure tags, the current title ("Recommendation 8" follows renumbering). */
  name: string;
  colour: string | null;
  description: string | null;
  chapterId: Id | null;
  sectionId: Id | null;
  recommendationId: Id | null;
  /** Position in the codebook: report order for structure tags, then themes by name. */
  order: number;
  quoteCount: number;
}

/** In this order, so that a quote table's `anchor` column can number them. */
export const ANCHOR_STATUSES = ['exact', 'moved', 'lost'] as const;
export type AnchorStatus = (typeof ANCHOR_STATUSES)[number];

export interface Quote {
  id: Id;
  transcriptId: Id;
  transcriptTitle: string;
  meetingId: Id;
  meetingTitle: string;
  heldOn: IsoDate;
  startOffset: number;
  endOffset: number;
  pageStart: number;
  pageEnd: number;
  speakerTurnId: Id | null;
  /** The speaker as a person, when linked; else the transcript's label. */
  personId: Id | null;
  speaker: string;
  roleText: string | null;
  organisation: string | null;
  text: string;
  note: string | null;
  anchorStatus: AnchorStatus;
  tagIds: Id[];
  authorId: Id;
  authorName: string;
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
}

/** A quote as the evidence grid shows it: a Quote without its turn id and stamps. */
export type GridQuote = Omit<Quote, 'speakerTurnId' | 'createdAt' | 'updatedAt'>;

/**
 * Every quote of an investigation as the evidence grid needs it (`quotes.table`), built for tens
 * of thousands of quotes. What many quotes share (their transcript and meeting, speaker, role,
 * organisation, author, set of tags) is sent once, in a dictionary; each quote is one entry in
 * each column, mostly a number pointing into a dictionary. An array of objects repeats every key
 * and every title on every row: at 50,000 quotes that was 55 MB of JSON; columns parse far faster.
 * The words of quotes and notes stay one per quote: they are what makes each quote its own.
 */
export interface QuoteTable {
  /** Quotes in the investigation: all of them, also when `limit` asked for the first few only. */
  total: number;
  transcripts: { id: Id; title: string; meetingId: Id; meetingTitle: string; heldOn: IsoDate }[];
  /** The speaker as a person (when linked) or as the transcript names them. */
  speakers: { personId: Id | null; name: string }[];
  roles: string[];
  organisations: string[];
  authors: { id: Id; name: string }[];
  /** Tag ids in the order they were applied, one entry per distinct combination. */
  tagSets: Id[][];
  /** One entry per quote, in transcript order (meeting date, transcript, position). */
  columns: {
    id: Id[];
    /** Index into `transcripts`. */
    transcript: number[];
    startOffset: number[];
    endOffset: number[];
    pageStart: number[];
    pageEnd: number[];
    /** Index into `speakers`. */
    speaker: number[];
    /** Index into `roles`, or -1 where none was recorded. */
    role: number[];
    /** Index into `organisations`, or -1. */
    organisation: number[];
    text: string[];
    note: (string | null)[];
    /** Index into ANCHOR_STATUSES. */
    anchor: number[];
    /** Index into `tagSets`. */
    tagSet: number[];
    /** Index into `authors`. */
    author: number[];
  };
}

/**
 * The table's quotes as objects. Strings and tag lists are shared with the dictionaries, not
 * copied, so this is quick even for 50,000 quotes.
 */
export function expandQuoteTable(table: QuoteTable): GridQuote[] {
  const { columns: c, transcripts, speakers, roles, organisations, authors, tagSets } = table;
  const quotes: GridQuote[] = new Array(c.id.length);
  for (let i = 0; i < c.id.length; i += 1) {
    const transcript = transcripts[c.transcript[i]!]!;
    const speaker = speakers[c.speaker[i]!]!;
    const author = authors[c.author[i]!]!;
    const role = c.role[i]!;
    const organisation = c.organisation[i]!;
    quotes[i] = {
      id: c.id[i]!,
      transcriptId: transcript.id,
      transcriptTitle: transcript.title,
      meetingId: transcript.meetingId,
      meetingTitle: transcript.meetingTitle,
      heldOn: transcript.heldOn,
      startOffset: c.startOffset[i]!,
      endOffset: c.endOffset[i]!,
      pageStart: c.pageStart[i]!,
      pageEnd: c.pageEnd[i]!,
      personId: speaker.personId,
      speaker: speaker.name,
      roleText: role < 0 ? null : roles[role]!,
      organisation: organisation < 0 ? null : organisations[organisation]!,
      text: c.text[i]!,
      note: c.note[i]!,
      anchorStatus: ANCHOR_STATUSES[c.anchor[i]!]!,
      tagIds: tagSets[c.tagSet[i]!]!,
      authorId: author.id,
      authorName: author.name,
    };
  }
  return quotes;
}

export interface CoverageRow {
  /** What the row is about: a chapter, or a recommendation (numbered in document order). */
  kind: 'chapter' | 'recommendation';
  id: Id;
  tagId: Id;
  label: string;
  quoteCount: number;
  witnessCount: number;
  organisationCount: number;
  /** Who marked the quotes (profile names), most first. */
  authors: { name: string; quoteCount: number }[];
}

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  /** What Undo would undo: "Tag a quote to Recommendation 5". */
  undoLabel: string | null;
  redoLabel: string | null;
}

export interface ReanchorReport {
  transcriptId: Id;
  exact: number;
  moved: { quoteId: Id; fromPage: number; toPage: number }[];
  lost: { quoteId: Id; text: string; page: number }[];
}
