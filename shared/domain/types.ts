/**
 * Domain types shared by the backend and the renderer.
 *
 * These are the shapes that cross the API boundary: plain, serialisable objects. Dates are
 * ISO calendar dates ("2025-01-15"); stamps are ISO instants. Identifiers are UUIDv7 strings so
 * that rows made in different members' stores never collide and can be merged by id.
 */

export type Id = string;
/** An ISO calendar date, e.g. "2025-01-15". */
export type IsoDate = string;
/** An ISO instant, e.g. "2025-01-15T10:00:00.000Z". */
export type IsoInstant = string;

export const MEMBER_ROLES = ['chairman', 'deputy_chair', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const MEETING_KINDS = [
  'formal_meeting',
  'qa_session',
  'informal_meeting',
  'site_visit',
  'written_evidence',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const INVESTIGATION_STATUSES = [
  'scoping',
  'gathering_evidence',
  'drafting',
  'agreed',
  'published',
  'monitoring',
] as const;
export type InvestigationStatus = (typeof INVESTIGATION_STATUSES)[number];

export const PARTICIPANT_KINDS = ['guest', 'member', 'officer'] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

export const CHAPTER_KINDS = ['front_matter', 'introduction', 'chapter', 'closing_matter'] as const;
export type ChapterKind = (typeof CHAPTER_KINDS)[number];

export const RECOMMENDATION_PART_KINDS = ['paragraph', 'bullet'] as const;
export type RecommendationPartKind = (typeof RECOMMENDATION_PART_KINDS)[number];

export const OBJECTION_KINDS = ['dissent', 'reservation'] as const;
/** A dissent disagrees with (part of) a recommendation; a reservation qualifies a paragraph. */
export type ObjectionKind = (typeof OBJECTION_KINDS)[number];

export const SOURCE_KINDS = [
  'transcript',
  'dashboard',
  'report',
  'web_page',
  'legislation',
  'news',
  'manifesto',
  'letter',
  'informal_meeting_notes',
  'other',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const TAG_KINDS = ['chapter', 'section', 'recommendation', 'theme'] as const;
export type TagKind = (typeof TAG_KINDS)[number];

export const METRIC_UNITS = ['count', 'percent', 'money', 'rate'] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];

export const PERIOD_KINDS = ['financial_year', 'quarter', 'month', 'calendar_year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** Stamps every row that can travel between members' stores carries. */
export interface Stamped {
  id: Id;
  authorId: Id;
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
}

export interface Person {
  id: Id;
  /** Name as printed, without honorifics or post-nominals: "Ben Bradford". */
  fullName: string;
  /** Professor, Dr, Sir… */
  honorific: string | null;
  /** OBE, MBE… (AM is a role, not a post-nominal, and lives on the membership). */
  postNominals: string | null;
  email: string | null;
}

export interface Committee {
  id: Id;
  name: string;
  body: string;
  description: string;
  /** Letters printed after a member's name: "AM" for the London Assembly, "MP" for Parliament. */
  memberDesignation: string | null;
}

export interface CommitteeMember {
  id: Id;
  committeeId: Id;
  person: Person;
  role: MemberRole;
  party: string | null;
}

export interface SecretariatContact {
  id: Id;
  committeeId: Id;
  person: Person;
  jobTitle: string;
  email: string | null;
  position: number;
}

export interface Participant {
  id: Id;
  meetingId: Id;
  panelId: Id | null;
  person: Person;
  kind: ParticipantKind;
  /** Role at the time, as the report prints it: "Director of the Centre for Global City Policing". */
  roleText: string;
  organisation: string | null;
  position: number;
}

export interface Panel {
  id: Id;
  meetingId: Id;
  title: string;
  position: number;
  participants: Participant[];
}

export interface Meeting {
  id: Id;
  investigationId: Id;
  kind: MeetingKind;
  heldOn: IsoDate;
  title: string;
  location: string | null;
  notes: string | null;
  panels: Panel[];
  /** Participants not on a panel (a Q&A session's guests, for example). */
  participants: Participant[];
}

export interface RecommendationPart {
  id: Id;
  recommendationId: Id;
  position: number;
  kind: RecommendationPartKind;
  text: string;
}

export interface Objection {
  id: Id;
  investigationId: Id;
  kind: ObjectionKind;
  member: Person;
  recommendationId: Id | null;
  /** Set when a dissent is from one part (bullet) of a recommendation only. */
  recommendationPartId: Id | null;
  /** The paragraph a reservation qualifies (filled by drafting). */
  blockId: Id | null;
  /** What the reservation is about, quoted from the paragraph, until drafting anchors it. */
  anchorText: string | null;
  text: string;
}

export interface Recommendation {
  id: Id;
  investigationId: Id;
  chapterId: Id | null;
  sectionId: Id | null;
  /** Position in document order; the printed number is derived from it (1-based). */
  position: number;
  number: number;
  addressee: string | null;
  dueOn: IsoDate | null;
  dueNote: string | null;
  parts: RecommendationPart[];
  dissents: Objection[];
}

export interface Section {
  id: Id;
  chapterId: Id;
  position: number;
  title: string;
}

export interface Chapter {
  id: Id;
  investigationId: Id;
  position: number;
  kind: ChapterKind;
  /** "Chapter one" for numbered chapters; null otherwise. */
  label: string | null;
  title: string;
  sections: Section[];
}

export interface InvestigationSummary {
  id: Id;
  title: string;
  committeeName: string;
  status: InvestigationStatus;
  startedOn: IsoDate | null;
  publishedOn: IsoDate | null;
  memberCount: number;
  meetingCount: number;
  recommendationCount: number;
  isSample: boolean;
}

export interface Investigation {
  id: Id;
  committeeId: Id;
  title: string;
  status: InvestigationStatus;
  startedOn: IsoDate | null;
  publishedOn: IsoDate | null;
  summary: string;
  termsOfReference: string[];
  isSample: boolean;
  updatedAt: IsoInstant;
}

/** Everything the Overview shows, in one call. */
export interface InvestigationOverview {
  investigation: Investigation;
  committee: Committee;
  members: CommitteeMember[];
  secretariat: SecretariatContact[];
  meetings: Meeting[];
  chapters: Chapter[];
  recommendations: Recommendation[];
  reservations: Objection[];
}

export interface ChangeLogEntry {
  id: Id;
  at: IsoInstant;
  authorId: Id;
  entity: string;
  entityId: Id;
  action: 'create' | 'update' | 'delete';
  summary: string;
}

export interface StoreCheck {
  ok: boolean;
  path: string;
  integrity: string[];
  foreignKeyViolations: number;
  schemaVersion: number;
  appSchemaVersion: number;
  pendingMigrations: number[];
  journalMode: string;
  fts5: boolean;
  sqliteVersion: string;
}

export interface AppInfo {
  appVersion: string;
  schemaVersion: number;
  storePath: string;
  authorId: Id;
  authorName: string;
}
