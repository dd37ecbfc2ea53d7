/**
 * Loads the sample investigation through the same repositories the app uses.
 *
 * Ids are derived from the sample's keys, so the sample has the same ids in every store: members
 * who each load it can later exchange work on it, and loading it twice changes nothing.
 */
import { createHash } from 'node:crypto';
import { insertCommittee, insertMember, insertSecretariatContact } from '../../db/repositories/committees';
import { insertInvestigation, replaceTermsOfReference } from '../../db/repositories/investigations';
import { insertMeeting, insertPanel, insertParticipant } from '../../db/repositories/meetings';
import { insertPerson } from '../../db/repositories/people';
import { insertChapter, insertObjection, insertRecommendation, insertRecommendationPart, insertSection } from '../../db/repositories/report';
import { recordChange } from '../../db/repositories/change-log';
import type { Db } from '../../db/store';
import { SAMPLE_INVESTIGATION } from './police-and-crime-plan';
import type { SampleInvestigationData, SampleParticipant } from './types';

/** A stable UUID (version 8, "custom") from a sample key. */
export function sampleId(key: string): string {
  const hex = createHash('sha256').update(`scrutiny-workbench-sample/${key}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function exists(db: Db, table: string, id: string): boolean {
  return db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

/** Must run inside a transaction (the handler provides one). */
export function loadSampleInvestigation(
  db: Db,
  authorId: string,
  data: SampleInvestigationData = SAMPLE_INVESTIGATION,
): { investigationId: string; created: boolean } {
  const investigationId = sampleId(data.investigation.key);
  if (exists(db, 'investigations', investigationId)) return { investigationId, created: false };

  const id = (kind: string, key: string) => sampleId(`${kind}/${key}`);

  const committeeId = sampleId(data.committee.key);
  if (!exists(db, 'committees', committeeId)) {
    insertCommittee(db, authorId, data.committee, committeeId);
  }
  for (const person of data.people) {
    const personId = id('person', person.key);
    if (!exists(db, 'people', personId)) insertPerson(db, authorId, person, personId);
  }
  for (const member of data.members) {
    const memberId = id('member', member.person);
    if (!exists(db, 'committee_members', memberId)) {
      insertMember(db, authorId, { committeeId, personId: id('person', member.person), role: member.role, party: member.party ?? null }, memberId);
    }
  }
  data.secretariat.forEach((contact, position) => {
    const contactId = id('secretariat', contact.person);
    if (!exists(db, 'secretariat_contacts', contactId)) {
      insertSecretariatContact(db, authorId, { committeeId, personId: id('person', contact.person), jobTitle: contact.jobTitle, email: contact.email, position }, contactId);
    }
  });

  const inv = data.investigation;
  insertInvestigation(
    db,
    authorId,
    { committeeId, title: inv.title, status: inv.status, startedOn: inv.startedOn ?? null, publishedOn: inv.publishedOn ?? null, summary: inv.summary, isSample: true },
    investigationId,
  );
  replaceTermsOfReference(db, authorId, investigationId, inv.termsOfReference, inv.termsOfReference.map((_t, i) => id('term', String(i))));

  for (const meeting of data.meetings) {
    const meetingId = id('meeting', meeting.key);
    insertMeeting(db, authorId, { investigationId, kind: meeting.kind, heldOn: meeting.heldOn, title: meeting.title, location: meeting.location ?? null, notes: meeting.notes ?? null }, meetingId);
    const addParticipant = (participant: SampleParticipant, panelId: string | null, key: string) =>
      insertParticipant(
        db,
        authorId,
        { meetingId, panelId, personId: id('person', participant.person), kind: participant.kind, roleText: participant.roleText, organisation: participant.organisation ?? null },
        id('participant', key),
      );
    meeting.panels.forEach((panel, position) => {
      const panelId = id('panel', `${meeting.key}/${panel.key}`);
      insertPanel(db, authorId, { meetingId, title: panel.title, position }, panelId);
      for (const participant of panel.participants) addParticipant(participant, panelId, `${meeting.key}/${panel.key}/${participant.person}`);
    });
    for (const participant of meeting.participants) addParticipant(participant, null, `${meeting.key}/${participant.person}`);
  }

  data.chapters.forEach((chapter, position) => {
    const chapterId = id('chapter', chapter.key);
    insertChapter(db, authorId, { investigationId, position, kind: chapter.kind, label: chapter.label ?? null, title: chapter.title }, chapterId);
    chapter.sections.forEach((section, sectionPosition) => {
      insertSection(db, authorId, { chapterId, position: sectionPosition, title: section.title }, id('section', `${chapter.key}/${section.key}`));
    });
  });

  data.recommendations.forEach((rec, position) => {
    const recommendationId = id('recommendation', rec.key);
    insertRecommendation(
      db,
      authorId,
      {
        investigationId,
        chapterId: id('chapter', rec.chapter),
        sectionId: rec.section ? id('section', `${rec.chapter}/${rec.section}`) : null,
        position,
        addressee: rec.addressee ?? null,
        dueOn: rec.dueOn ?? null,
        dueNote: rec.dueNote ?? null,
      },
      recommendationId,
    );
    rec.parts.forEach((part, partPosition) => {
      insertRecommendationPart(db, authorId, { recommendationId, position: partPosition, kind: part.kind, text: part.text }, id('part', `${rec.key}/${part.key}`));
    });
  });

  for (const objection of data.objections) {
    insertObjection(
      db,
      authorId,
      {
        investigationId,
        kind: objection.kind,
        memberPersonId: id('person', objection.member),
        recommendationId: objection.recommendation ? id('recommendation', objection.recommendation) : null,
        recommendationPartId: objection.recommendation && objection.part ? id('part', `${objection.recommendation}/${objection.part}`) : null,
        anchorText: objection.anchorText ?? null,
        text: objection.text,
      },
      id('objection', objection.key),
    );
  }

  recordChange(db, {
    authorId,
    entity: 'investigation',
    entityId: investigationId,
    action: 'create',
    summary: `Loaded the sample investigation “${inv.title}”.`,
    investigationId,
  });
  return { investigationId, created: true };
}
