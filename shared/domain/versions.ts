/**
 * Named versions of the report, the comparison of two of them, and the committee's agreement of
 * one: the shapes that cross the API, and the one rule both sides need (when two names are the
 * same name).
 */
import type { ModelBlock, ReportModel } from '../report/model';
import type { Id, IsoDate, IsoInstant } from './types';

/** A saved version, as the list shows it (without its snapshot). */
export interface ReportVersion {
  id: Id;
  investigationId: Id;
  /** "Chairman's draft", "As agreed on 4 March 2025". */
  name: string;
  note: string | null;
  /** SHA-256 of the snapshot: equal hashes, identical reports. */
  modelHash: string;
  /** True when the report today reads exactly as this version. */
  sameAsCurrent: boolean;
  recommendationCount: number;
  footnoteCount: number;
  /** The agreement that records this version, if the committee has agreed it. */
  agreement: { id: Id; agreedOn: IsoDate } | null;
  authorId: Id;
  /** The profile that saved it, as it is named now; null if the profile is gone. */
  authorName: string | null;
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
}

/** A version with the report as it then read. */
export interface ReportVersionDetail extends ReportVersion {
  model: ReportModel;
  /** The dissents printed on its recommendations: what an agreement notes unless told otherwise. */
  dissents: NotedDissent[];
}

/** A dissent as an agreement records it: words as they were, so the record never changes. */
export interface NotedDissent {
  /** The dissent in the store, when it is one recorded on a recommendation. */
  objectionId: Id | null;
  /** The member, when known (a dissent recorded earlier whose member has since gone has none). */
  personId: Id | null;
  /** "Zoë Garbett AM". */
  member: string;
  /** The recommendation's number in the agreed version, when it is on one. */
  recommendationNumber: number | null;
  /** The part dissented from ("support the Met's use of the tactic"), when it is one part. */
  part: string | null;
  /** The dissent's own words, as the report prints them (or as the clerk noted them). */
  text: string;
}

export interface AgreedMember {
  personId: Id;
  /** "Susan Hall AM", as named on the day. */
  name: string;
}

export interface Agreement {
  id: Id;
  investigationId: Id;
  versionId: Id;
  /** The version's name now (it may have been renamed since). */
  versionName: string;
  agreedOn: IsoDate;
  membersPresent: AgreedMember[];
  dissentsNoted: NotedDissent[];
  note: string | null;
  authorId: Id;
  authorName: string | null;
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
}

// ---- Comparison -----------------------------------------------------------------------------

/** A run of words in a comparison: kept, added in the later version, or removed from the earlier. */
export interface WordChange {
  type: 'same' | 'added' | 'removed';
  text: string;
}

export type BlockChangeStatus = 'changed' | 'added' | 'removed' | 'moved';

/** One block of the report that differs between the two versions. */
export interface BlockChange {
  status: BlockChangeStatus;
  /** Null for text the workbench writes itself (Committee Activity). */
  blockId: Id | null;
  kind: ModelBlock['kind'];
  /** Where it is, in words: "Paragraph 3", "Quote 2", "Recommendation 5 (was 4)", "Heading". */
  label: string;
  /** The section it is in (in the later version; in the earlier when removed); null before the first. */
  sectionTitle: string | null;
  /** For a block that moved: what and where it was ("Paragraph 2 in Chapter one: …, “Budgetary constraints”"). */
  movedFrom: string | null;
  /** The block's words, marked: all added, all removed, all the same (moved), or the differences. */
  words: WordChange[];
}

export interface SectionChange {
  sectionId: Id;
  status: 'added' | 'removed' | 'renamed';
  title: string;
  previousTitle: string | null;
}

export interface ChapterComparison {
  chapterId: Id;
  /** The heading in the later version (the earlier one's if the chapter was removed). */
  heading: string;
  status: 'same' | 'added' | 'removed' | 'renamed';
  previousHeading: string | null;
  sections: SectionChange[];
  blocks: BlockChange[];
}

export interface RecommendationChange {
  recommendationId: Id;
  status: 'added' | 'removed' | 'kept';
  /** Null when added. */
  fromNumber: number | null;
  /** Null when removed. */
  toNumber: number | null;
  textChanged: boolean;
  /** The text, marked (only when it changed, was added or was removed). */
  words: WordChange[];
  /** Members whose dissent appears on it in the later version only, or the earlier only. */
  dissentsAdded: string[];
  dissentsRemoved: string[];
}

export interface FootnoteChange {
  status: 'added' | 'removed' | 'changed';
  fromNumber: number | null;
  toNumber: number | null;
  words: WordChange[];
}

export interface FrontMatterChange {
  /** "Title", "Committee description", "Contact us". */
  field: string;
  words: WordChange[];
}

export interface ComparisonCounts {
  changed: number;
  added: number;
  removed: number;
  moved: number;
}

/** The comparison's two sides: a saved version, or the report as it is now. */
export interface ComparedSide {
  /** Null for the current draft. */
  versionId: Id | null;
  name: string;
  savedAt: IsoInstant | null;
}

export interface VersionComparison {
  from: ComparedSide;
  to: ComparedSide;
  /** The two read exactly the same. */
  identical: boolean;
  /** "3 paragraphs changed, 1 added; Recommendation 4 became 5; 1 footnote added." */
  summary: string;
  /** Blocks in the body (recommendations are counted on their own). */
  counts: ComparisonCounts;
  frontMatter: FrontMatterChange[];
  /** Only the chapters with a difference, in the later version's order. */
  chapters: ChapterComparison[];
  /** Only the recommendations with a difference (added, removed, renumbered, reworded, dissents). */
  recommendations: RecommendationChange[];
  footnotes: {
    changes: FootnoteChange[];
    /** Footnotes kept with the same words under a different number. */
    renumbered: number;
  };
}

/** What `versions.compare` compares a version with when it is not another version. */
export const CURRENT_DRAFT = 'current';
export const CURRENT_DRAFT_NAME = 'Current draft';

/**
 * A version's name folded for comparison: case, runs of spaces and the shape of apostrophes and
 * quotation marks do not make a different name ("Chairman's draft" is "chairman’s  Draft").
 */
export function versionNameKey(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('en-GB');
}

export const VERSION_NAME_MAX = 200;

/**
 * Renumbered recommendations as runs, the way a clerk says it: "Recommendation 4 became 5",
 * "Recommendations 3–12 became 4–13" (a run is consecutive numbers all moved by the same amount).
 */
export function renumberingRuns(changes: readonly RecommendationChange[]): string[] {
  const moved = changes
    .filter((c) => c.status === 'kept' && c.fromNumber !== null && c.toNumber !== null && c.fromNumber !== c.toNumber)
    .map((c) => ({ from: c.fromNumber!, to: c.toNumber! }))
    .sort((a, b) => a.from - b.from);
  const runs: { from: number; to: number; length: number }[] = [];
  for (const item of moved) {
    const last = runs[runs.length - 1];
    if (last && item.from === last.from + last.length && item.to - item.from === last.to - last.from) last.length += 1;
    else runs.push({ ...item, length: 1 });
  }
  return runs.map((run) =>
    run.length === 1 ? `Recommendation ${run.from} became ${run.to}` : `Recommendations ${run.from}–${run.from + run.length - 1} became ${run.to}–${run.to + run.length - 1}`,
  );
}
