/**
 * People a transcript's speakers can be linked to, and how a speaker is named on screen.
 */
import { displayName, memberName } from '../../../../shared/domain/labels';
import type { Committee, InvestigationOverview, Meeting, Person } from '../../../../shared/domain/types';
import { isPostNominal, isPrefixTitle } from '../../../../shared/format/person-names';

export interface Candidate {
  person: Person;
  /** "Professor Ben Bradford", "Susan Hall AM". */
  name: string;
  /** "Panel 1 · Director of the Centre for Global City Policing, UCL" or "Chairman". */
  detail: string;
  group: 'guest' | 'member';
}

/** The meeting's guests (panel by panel), then the committee's members; each person once. */
export function linkCandidates(overview: InvestigationOverview, meeting: Meeting | undefined): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  if (meeting) {
    const panels = [...meeting.panels].sort((a, b) => a.position - b.position);
    const groups = [
      ...panels.map((panel) => ({ label: panel.title, participants: panel.participants })),
      { label: '', participants: meeting.participants },
    ];
    for (const group of groups) {
      for (const participant of [...group.participants].sort((a, b) => a.position - b.position)) {
        if (seen.has(participant.person.id)) continue;
        seen.add(participant.person.id);
        const role = [participant.roleText, participant.organisation].filter(Boolean).join(', ');
        out.push({
          person: participant.person,
          name: displayName(participant.person),
          detail: [group.label, role].filter(Boolean).join(' · '),
          group: 'guest',
        });
      }
    }
  }
  for (const member of overview.members) {
    if (seen.has(member.person.id)) continue;
    seen.add(member.person.id);
    out.push({
      person: member.person,
      name: memberName(member.person, overview.committee),
      detail: member.role === 'chairman' ? 'Chairman' : member.role === 'deputy_chair' ? 'Deputy Chair' : 'Member',
      group: 'member',
    });
  }
  return out;
}

/** Every person the investigation knows (members and every meeting's guests), by id. */
export function peopleOf(overview: InvestigationOverview): Map<string, { person: Person; isMember: boolean }> {
  const people = new Map<string, { person: Person; isMember: boolean }>();
  for (const meeting of overview.meetings) {
    for (const participant of [...meeting.participants, ...meeting.panels.flatMap((panel) => panel.participants)]) {
      people.set(participant.person.id, { person: participant.person, isMember: false });
    }
  }
  for (const member of overview.members) people.set(member.person.id, { person: member.person, isMember: true });
  return people;
}

/** A linked person as the report names them: members with their designation ("Susan Hall AM"). */
export function personName(person: Person, isMember: boolean, committee: Committee): string {
  return isMember ? memberName(person, committee) : displayName(person);
}

/**
 * What a new person's form starts with, read from the label as printed:
 * "Professor Ben Bradford (Director, Global City Policing, UCL)" → title "Professor",
 * role "Director, Global City Policing", organisation "UCL". The clerk checks and corrects it.
 */
export function personFromLabel(
  label: string,
  name: string,
  roleText: string | null,
): { fullName: string; honorific: string; postNominals: string; roleText: string; organisation: string } {
  const outside = label.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').trim();
  const tokens = outside.split(/\s+/).filter(Boolean);
  const titles: string[] = [];
  for (const token of tokens) {
    if (isPrefixTitle(token)) titles.push(token);
    else break;
  }
  const letters = tokens.slice(titles.length + 1).filter((token) => isPostNominal(token) && !['AM', 'MP', 'MS', 'MSP', 'MLA', 'MEP'].includes(token));
  const parts = (roleText ?? '').split(/\s*,\s*/).filter(Boolean);
  // A role with commas usually ends with the organisation: "Chief Executive, Example Trust".
  const organisation = parts.length > 1 ? parts[parts.length - 1]! : '';
  const role = parts.length > 1 ? parts.slice(0, -1).join(', ') : (roleText ?? '');
  return { fullName: name, honorific: titles.join(' '), postNominals: letters.join(' '), roleText: role, organisation };
}
