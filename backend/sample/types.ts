/**
 * The shape of the sample investigation as data. The loader (`load-sample.ts`) turns it into rows
 * through the same repositories the app uses, so the sample can never hold what the app could not.
 * Later issues extend this with transcripts, quotes, sources, footnotes and the drafted text.
 *
 * Cross-references use short stable `key`s; the loader derives deterministic ids from them so
 * the sample has the same ids in every member's store (which bundles and merging rely on).
 */
import type {
  ChapterKind,
  InvestigationStatus,
  MeetingKind,
  MemberRole,
  ObjectionKind,
  ParticipantKind,
  RecommendationPartKind,
} from '../../shared/domain/types';

export interface SamplePerson {
  key: string;
  /** Without honorifics or post-nominals: "Ben Bradford". */
  fullName: string;
  honorific?: string;
  postNominals?: string;
  email?: string;
}

export interface SampleParticipant {
  person: string;
  kind: ParticipantKind;
  /** As the report prints it: "Director of the Centre for Global City Policing". */
  roleText: string;
  organisation?: string;
}

export interface SampleMeeting {
  key: string;
  kind: MeetingKind;
  heldOn: string;
  title: string;
  location?: string;
  notes?: string;
  panels: { key: string; title: string; participants: SampleParticipant[] }[];
  /** Guests not on a panel (Q&A sessions). */
  participants: SampleParticipant[];
}

export interface SampleChapter {
  key: string;
  kind: ChapterKind;
  /** "Chapter one" for numbered chapters. */
  label?: string;
  title: string;
  sections: { key: string; title: string }[];
}

export interface SampleRecommendation {
  key: string;
  chapter: string;
  section?: string;
  addressee?: string;
  dueOn?: string;
  dueNote?: string;
  parts: { key: string; kind: RecommendationPartKind; text: string }[];
}

export interface SampleObjection {
  key: string;
  kind: ObjectionKind;
  member: string;
  recommendation?: string;
  /** Key of the recommendation part dissented from, when the dissent is from one part only. */
  part?: string;
  /** For a reservation: the words of the paragraph it qualifies. */
  anchorText?: string;
  text: string;
}

export interface SampleInvestigationData {
  committee: { key: string; name: string; body: string; description: string; memberDesignation?: string };
  people: SamplePerson[];
  members: { person: string; role: MemberRole; party?: string }[];
  secretariat: { person: string; jobTitle: string; email: string }[];
  investigation: {
    key: string;
    title: string;
    status: InvestigationStatus;
    startedOn?: string;
    publishedOn?: string;
    summary: string;
    termsOfReference: string[];
  };
  meetings: SampleMeeting[];
  /** In document order. */
  chapters: SampleChapter[];
  /** In document order: position decides the printed number. */
  recommendations: SampleRecommendation[];
  objections: SampleObjection[];
}
