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

export type AnchorStatus = 'exact' | 'moved' | 'lost';

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
