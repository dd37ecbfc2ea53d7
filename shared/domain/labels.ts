/** Human labels for the domain's enumerations, in British English. */
import type { InvestigationStatus, MeetingKind, MemberRole, ParticipantKind } from './types';

export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = {
  chairman: 'Chairman',
  deputy_chair: 'Deputy Chair',
  member: 'Member',
};

export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  formal_meeting: 'Formal meeting',
  qa_session: 'Q&A session',
  informal_meeting: 'Informal meeting',
  site_visit: 'Site visit',
  written_evidence: 'Written evidence',
};

/**
 * A meeting kind inside a sentence: "the formal meeting of…", but "the Q&A session of…" (an
 * initialism keeps its capitals).
 */
export function meetingKindInProse(kind: MeetingKind): string {
  return MEETING_KIND_LABELS[kind].replace(/^([A-Z])(?=[a-z])/, (first) => first.toLowerCase());
}

export const INVESTIGATION_STATUS_LABELS: Record<InvestigationStatus, string> = {
  scoping: 'Scoping',
  gathering_evidence: 'Gathering evidence',
  drafting: 'Drafting',
  agreed: 'Agreed',
  published: 'Published',
  monitoring: 'Monitoring responses',
};

export const PARTICIPANT_KIND_LABELS: Record<ParticipantKind, string> = {
  guest: 'Guest',
  member: 'Member',
  officer: 'Officer',
};

/** A committee member as the report names them: "Susan Hall AM". */
export function memberName(
  person: { fullName: string; honorific: string | null; postNominals: string | null },
  committee: { memberDesignation: string | null },
): string {
  return [displayName(person), committee.memberDesignation].filter(Boolean).join(' ');
}

/** "Professor Ben Bradford", "Claire Waxman OBE". */
export function displayName(person: { fullName: string; honorific: string | null; postNominals: string | null }): string {
  return [person.honorific, person.fullName, person.postNominals].filter(Boolean).join(' ');
}
