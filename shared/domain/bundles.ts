/** Exchange bundles (.scrutiny files) and merge results, as the UI, CLI and tests see them. */

export const BUNDLE_FORMAT_NAME = 'scrutiny-bundle';
/** Bumped when the file layout or the meaning of a field changes; newer bundles are refused. */
export const BUNDLE_FORMAT_VERSION = 1;
export const BUNDLE_EXTENSION = '.scrutiny';

export type BundleKind = 'whole' | 'since';

export interface BundleManifest {
  format: typeof BUNDLE_FORMAT_NAME;
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  investigation: { id: string; title: string };
  kind: BundleKind;
  /** For 'since': the instant the work starts from (ISO); null for 'whole'. */
  since: string | null;
  author: { id: string; name: string };
  /** Names for the author ids in the records' clocks (members whose work came by way of others). */
  authors?: Record<string, string>;
  created: string;
  /** Every other file in the bundle, with its SHA-256 (hex) and size in bytes. */
  files: Record<string, { sha256: string; bytes: number }>;
}

/** What a merge did (or, in a preview, would do), by kind of record. */
export interface MergeCounts {
  new: number;
  updated: number;
  conflicting: number;
  deleted: number;
  unchanged: number;
}

export interface MergeConflict {
  id: string;
  investigationId: string | null;
  /** The kind of record ('quotes', 'tags'…) and which one. */
  table: string;
  rowId: string;
  field: string;
  keptValue: unknown;
  keptAuthor: string;
  keptAt: string;
  lostValue: unknown;
  lostAuthor: string;
  lostAt: string;
  /** The bundle that brought the conflict to light (its file name). */
  bundle: string;
  resolved: boolean;
}

export interface MergeReport {
  manifest: BundleManifest;
  fileName: string;
  /** False when the store does not have the bundle's investigation (import can create it). */
  investigationExists: boolean;
  dryRun: boolean;
  totals: MergeCounts;
  /** Per kind of record, only kinds the bundle touched. */
  byKind: Record<string, MergeCounts>;
  /** Conflicts this bundle raised (new ones, and ones already listed met again). */
  conflicts: MergeConflict[];
  /** Records the bundle could not place, with why (e.g. a tag on a quote deleted meanwhile). */
  notes: string[];
  /** The backup taken before the merge (not for a preview). */
  backup: { path: string } | null;
}

export interface BundleExportResult {
  exportId: string;
  fileName: string;
  bytes: number;
  kind: BundleKind;
  records: number;
  attachments: number;
}

/** Kinds of record in words a clerk reads ("quotes" → "quote"). */
export const RECORD_KIND_LABELS: Record<string, string> = {
  people: 'person',
  committees: 'committee',
  committee_members: 'committee member',
  secretariat_contacts: 'secretariat contact',
  investigations: 'investigation',
  terms_of_reference: 'term of reference',
  meetings: 'meeting',
  panels: 'panel',
  participants: 'participant',
  sources: 'source',
  attachments: 'attached file',
  transcripts: 'transcript',
  transcript_pages: 'transcript page',
  speaker_turns: 'speaker turn',
  transcript_segments: 'search segment',
  chapters: 'chapter',
  sections: 'section',
  blocks: 'report paragraph',
  recommendations: 'recommendation',
  recommendation_parts: 'recommendation part',
  footnotes: 'footnote',
  citations: 'citation',
  objections: 'dissent or reservation',
  quotes: 'quote',
  tags: 'tag',
  quote_tags: 'tag on a quote',
  indicators: 'indicator',
  observations: 'observation',
  figures: 'figure',
  report_versions: 'report version',
  agreements: 'agreement',
};

export function recordKindLabel(table: string): string {
  return RECORD_KIND_LABELS[table] ?? table.replace(/_/g, ' ');
}
