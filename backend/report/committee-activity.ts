/**
 * "Committee Activity", written from the investigation's meetings, panels and guests, in the
 * seed's layout:
 *
 *   The Committee heard from external guests at its formal meeting on Wednesday 15 January 2025.
 *   Panel 1:
 *   - **Professor Ben Bradford**, Director of the Centre for Global City Policing, UCL
 *   - … the last guest of a panel ends with a full stop.
 *   The Committee also heard evidence from the Deputy Mayor for Policing and Crime, **Kaya
 *   Comer-Schwartz**, at its Q&A session on 18 December 2024. It also heard evidence from …
 *   The Committee also held an informal meeting with the London Youth Assembly on Monday 6 January 2025.
 *
 * A guest already named is referred to by their role the second time ("and the Deputy Mayor for
 * Policing and Crime"). Meetings with no guests on record (the committee's own meetings whose
 * transcripts are cited in passing) are left out; informal meetings and site visits have none to
 * name, and are listed.
 */
import { displayName } from '../../shared/domain/labels';
import type { Meeting, Participant } from '../../shared/domain/types';
import { formatDateWithWeekday, formatLongDate } from '../../shared/format/dates';
import type { Inline, ModelBlock, RichNode } from '../../shared/report/model';

const text = (value: string): Inline => ({ type: 'text', text: value });
const bold = (value: string): Inline => ({ type: 'text', text: value, bold: true });
const paragraph = (inlines: Inline[]): RichNode => ({ type: 'paragraph', inlines });

function mergeText(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    const last = out[out.length - 1];
    if (last?.type === 'text' && inline.type === 'text' && !last.bold && !inline.bold && !last.href && !inline.href && !last.italic && !inline.italic) {
      out[out.length - 1] = { type: 'text', text: last.text + inline.text };
    } else out.push(inline);
  }
  return out;
}

/** "the Deputy Mayor for Policing and Crime", but "London's Independent Victims' Commissioner". */
function withArticle(role: string): string {
  if (/^(the|a|an)\s/i.test(role) || /^\S+['’]s\s/.test(role)) return role;
  return `the ${role}`;
}

function guestLine(participant: Participant, last: boolean): RichNode[] {
  const details = [participant.roleText, participant.organisation].filter((part): part is string => Boolean(part && part.trim())).join(', ');
  return [paragraph(mergeText([bold(displayName(participant.person)), text(details ? `, ${details}` : ''), text(last ? '.' : '')]))];
}

/** "a, b and c"; with ", and" before the last when the items have commas of their own. */
function joinPhrases(phrases: Inline[][]): Inline[] {
  if (phrases.length === 0) return [];
  if (phrases.length === 1) return phrases[0]!;
  const hasCommas = phrases.some((p) => p.some((inline) => inline.type === 'text' && inline.text.includes(',')));
  const out: Inline[] = [];
  phrases.forEach((phrase, index) => {
    if (index > 0) out.push(text(index === phrases.length - 1 ? (hasCommas ? ', and ' : ' and ') : ', '));
    out.push(...phrase);
  });
  return out;
}

function formalMeeting(meeting: Meeting): ModelBlock[] {
  const blocks: ModelBlock[] = [
    { kind: 'paragraph', blockId: null, content: [paragraph([text(`The Committee heard from external guests at its formal meeting on ${formatDateWithWeekday(meeting.heldOn)}.`)])] },
  ];
  const groups = [
    ...meeting.panels.filter((panel) => panel.participants.length > 0).map((panel) => ({ title: `${panel.title}:`, guests: panel.participants })),
    ...(meeting.participants.length > 0 ? [{ title: meeting.panels.length > 0 ? 'Also:' : null, guests: meeting.participants }] : []),
  ];
  for (const group of groups) {
    if (group.title) blocks.push({ kind: 'paragraph', blockId: null, content: [paragraph([text(group.title)])] });
    blocks.push({ kind: 'list', blockId: null, content: [{ type: 'bulletList', items: group.guests.map((guest, index) => guestLine(guest, index === group.guests.length - 1)) }] });
  }
  return blocks;
}

function informalPhrase(meeting: Meeting): string {
  const match = /^informal meeting with (.+)$/i.exec(meeting.title.trim());
  const what = match ? `an informal meeting with ${match[1]}` : `an informal meeting, “${meeting.title.trim()}”,`;
  return `The Committee also held ${what} on ${formatDateWithWeekday(meeting.heldOn)}.`;
}

function siteVisitPhrase(meeting: Meeting): string {
  return `The Committee also made a site visit, “${meeting.title.trim()}”, on ${formatDateWithWeekday(meeting.heldOn)}.`;
}

export function committeeActivity(meetings: readonly Meeting[]): ModelBlock[] {
  // ISO dates sort as text; plain comparison, as localeCompare's first call loads a collator (ms).
  const ordered = [...meetings].sort((a, b) => (a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : 0));
  const blocks: ModelBlock[] = [];
  for (const meeting of ordered.filter((m) => m.kind === 'formal_meeting' && (m.participants.length > 0 || m.panels.some((p) => p.participants.length > 0)))) {
    blocks.push(...formalMeeting(meeting));
  }

  // Q&A sessions: one sentence each, in one paragraph; a guest named once is then their role.
  const named = new Set<string>();
  const sentences: Inline[][] = [];
  for (const meeting of ordered.filter((m) => m.kind === 'qa_session' && m.participants.length > 0)) {
    const phrases = meeting.participants.map((guest): Inline[] => {
      const role = guest.roleText.trim();
      if (named.has(guest.person.id) && role) return [text(withArticle(role))];
      named.add(guest.person.id);
      const details = [role && withArticle(role), guest.organisation].filter(Boolean).join(', ');
      return details ? [text(`${details}, `), bold(displayName(guest.person))] : [bold(displayName(guest.person))];
    });
    const opening = sentences.length === 0 ? 'The Committee also heard evidence from ' : 'It also heard evidence from ';
    const ends = phrases[phrases.length - 1]!;
    const needsComma = ends[ends.length - 1]!.type === 'text' && (ends[ends.length - 1] as { bold?: true }).bold === true;
    sentences.push([text(opening), ...joinPhrases(phrases), text(`${needsComma ? ',' : ''} at its Q&A session on ${formatLongDate(meeting.heldOn)}.`)]);
  }
  if (sentences.length > 0) {
    blocks.push({ kind: 'paragraph', blockId: null, content: [paragraph(mergeText(sentences.flatMap((sentence, index) => (index === 0 ? sentence : [text(' '), ...sentence]))))] });
  }

  const others = ordered.filter((m) => m.kind === 'informal_meeting' || m.kind === 'site_visit');
  for (const meeting of others) {
    blocks.push({ kind: 'paragraph', blockId: null, content: [paragraph([text(meeting.kind === 'informal_meeting' ? informalPhrase(meeting) : siteVisitPhrase(meeting))])] });
  }
  return blocks;
}
