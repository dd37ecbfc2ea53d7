/**
 * The stable JSON shape `scrutiny investigations --json` prints (documented in the README).
 * Built from the same API results the UI shows, never from the database directly.
 */
import type { ApiClient } from '../../shared/api/client';
import { MEMBER_ROLE_LABELS, displayName, memberName } from '../../shared/domain/labels';
import type { InvestigationOverview } from '../../shared/domain/types';

export interface InvestigationJson {
  id: string;
  title: string;
  committee: string;
  status: string;
  startedOn: string | null;
  publishedOn: string | null;
  isSample: boolean;
  members: { name: string; role: string; roleLabel: string }[];
  secretariat: { name: string; jobTitle: string; email: string | null }[];
  meetings: {
    id: string;
    kind: string;
    heldOn: string;
    title: string;
    panels: { title: string; guests: string[] }[];
    guests: string[];
  }[];
  recommendationCount: number;
  recommendations: { number: number; text: string; dissents: { member: string; part: string | null }[] }[];
}

export function investigationJson(overview: InvestigationOverview): InvestigationJson {
  const { investigation, committee } = overview;
  return {
    id: investigation.id,
    title: investigation.title,
    committee: committee.name,
    status: investigation.status,
    startedOn: investigation.startedOn,
    publishedOn: investigation.publishedOn,
    isSample: investigation.isSample,
    members: overview.members.map((m) => ({ name: memberName(m.person, committee), role: m.role, roleLabel: MEMBER_ROLE_LABELS[m.role] })),
    secretariat: overview.secretariat.map((s) => ({ name: displayName(s.person), jobTitle: s.jobTitle, email: s.email })),
    meetings: overview.meetings.map((meeting) => ({
      id: meeting.id,
      kind: meeting.kind,
      heldOn: meeting.heldOn,
      title: meeting.title,
      panels: meeting.panels.map((panel) => ({ title: panel.title, guests: panel.participants.map((p) => displayName(p.person)) })),
      guests: meeting.participants.map((p) => displayName(p.person)),
    })),
    recommendationCount: overview.recommendations.length,
    recommendations: overview.recommendations.map((rec) => ({
      number: rec.number,
      text: rec.parts.map((part) => part.text).join('\n'),
      dissents: rec.dissents.map((d) => ({
        member: memberName(d.member, committee),
        part: rec.parts.find((part) => part.id === d.recommendationPartId)?.text ?? null,
      })),
    })),
  };
}

export async function loadInvestigationsJson(client: ApiClient): Promise<InvestigationJson[]> {
  const summaries = await client.call('investigations.list', {});
  const overviews = await Promise.all(summaries.map((s) => client.call('investigations.get', { id: s.id })));
  return overviews.map(investigationJson);
}
