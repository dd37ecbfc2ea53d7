/** Meetings, their panels and guests. */
import { ApiError } from '../../shared/api/errors';
import { MEETING_KIND_LABELS, displayName, meetingKindInProse } from '../../shared/domain/labels';
import { formatLongDate } from '../../shared/format/dates';
import { recordChange } from '../../db/repositories/change-log';
import { getInvestigation } from '../../db/repositories/investigations';
import {
  deleteMeeting,
  deletePanel,
  deleteParticipant,
  getMeeting,
  getPanel,
  getParticipant,
  insertMeeting,
  insertPanel,
  insertParticipant,
  meetingInvestigationId,
  panelMeetingId,
  renamePanel,
  updateMeeting,
  updateParticipant,
} from '../../db/repositories/meetings';
import { deletePersonIfUnused, updatePerson } from '../../db/repositories/people';
import type { Db } from '../../db/store';
import type { HandlerGroup } from '../api/registry';
import type { HandlerContext } from '../api/context';
import { found } from './guards';
import { resolvePerson } from './people-input';

/** A panel given for a guest must belong to the guest's meeting. */
function assertPanelInMeeting(db: Db, panelId: string | null | undefined, meetingId: string): void {
  if (panelId === null || panelId === undefined) return;
  const owner = panelMeetingId(db, panelId);
  if (owner === undefined) throw new ApiError('not_found', 'That panel no longer exists. Reload and choose again.');
  if (owner !== meetingId) throw new ApiError('invalid_input', 'That panel belongs to a different meeting.', { panelId: 'That panel belongs to a different meeting.' });
}

/** Runs a change to a meeting (or its panels or guests) in one transaction, logs it and announces it. */
function changeMeeting<T>(
  context: HandlerContext,
  meetingId: string,
  action: 'create' | 'update' | 'delete',
  entity: string,
  work: (db: Db) => { result: T; entityId: string; summary: string },
): T {
  const { store, author, emit } = context;
  const { result, investigationId } = store.transaction(() => {
    const investigationId = found(meetingInvestigationId(store.db, meetingId), 'meeting');
    const done = work(store.db);
    recordChange(store.db, { authorId: author.id, entity, entityId: done.entityId, action, summary: done.summary, investigationId });
    return { result: done.result, investigationId };
  });
  emit('store.changed', { entities: [entity], investigationId });
  return result;
}

function meetingLabel(meeting: { kind: keyof typeof MEETING_KIND_LABELS; heldOn: string }): string {
  return `${meetingKindInProse(meeting.kind)} of ${formatLongDate(meeting.heldOn)}`;
}

export const meetingHandlers: HandlerGroup = {
  'meetings.create': (input, { store, author, emit }) => {
    const meeting = store.transaction(() => {
      found(getInvestigation(store.db, input.investigationId), 'investigation');
      const id = insertMeeting(store.db, author.id, input);
      const created = getMeeting(store.db, id)!;
      recordChange(store.db, { authorId: author.id, entity: 'meeting', entityId: id, action: 'create', summary: `Added the ${meetingLabel(created)}.`, investigationId: input.investigationId });
      return created;
    });
    emit('store.changed', { entities: ['meeting'], investigationId: input.investigationId });
    return meeting;
  },

  'meetings.update': (input, context) =>
    changeMeeting(context, input.id, 'update', 'meeting', (db) => {
      const { id, ...fields } = input;
      updateMeeting(db, id, fields);
      const after = getMeeting(db, id)!;
      return { result: after, entityId: id, summary: `Edited the ${meetingLabel(after)}.` };
    }),

  'meetings.delete': (input, context) =>
    changeMeeting(context, input.id, 'delete', 'meeting', (db) => {
      const before = getMeeting(db, input.id)!;
      const transcripts = db.prepare('SELECT count(*) AS n FROM transcripts WHERE meeting_id = ?').get(input.id) as { n: number };
      if (transcripts.n > 0) {
        throw new ApiError('conflict', `The ${meetingLabel(before)} has ${transcripts.n === 1 ? 'a transcript' : `${transcripts.n} transcripts`}. Remove the transcripts first.`);
      }
      const people = [...before.participants, ...before.panels.flatMap((p) => p.participants)].map((p) => p.person.id);
      deleteMeeting(db, input.id);
      for (const personId of people) deletePersonIfUnused(db, personId);
      return { result: { id: input.id }, entityId: input.id, summary: `Deleted the ${meetingLabel(before)}.` };
    }),

  'panels.create': (input, context) =>
    changeMeeting(context, input.meetingId, 'create', 'panel', (db) => {
      const id = insertPanel(db, context.author.id, input);
      return { result: getPanel(db, id)!, entityId: id, summary: `Added ${input.title}.` };
    }),

  'panels.update': (input, context) =>
    changeMeeting(context, found(panelMeetingId(context.store.db, input.id), 'panel'), 'update', 'panel', (db) => {
      renamePanel(db, input.id, input.title);
      return { result: getPanel(db, input.id)!, entityId: input.id, summary: `Renamed a panel to ${input.title}.` };
    }),

  'panels.delete': (input, context) =>
    changeMeeting(context, found(panelMeetingId(context.store.db, input.id), 'panel'), 'delete', 'panel', (db) => {
      const before = getPanel(db, input.id)!;
      deletePanel(db, input.id);
      return { result: { id: input.id }, entityId: input.id, summary: `Deleted ${before.title}; its guests stay at the meeting.` };
    }),

  'participants.add': (input, context) =>
    changeMeeting(context, input.meetingId, 'create', 'participant', (db) => {
      assertPanelInMeeting(db, input.panelId, input.meetingId);
      const personId = resolvePerson(db, context.author.id, input);
      const id = insertParticipant(db, context.author.id, {
        meetingId: input.meetingId,
        panelId: input.panelId ?? null,
        personId,
        kind: input.kind,
        roleText: input.roleText,
        organisation: input.organisation ?? null,
      });
      const added = getParticipant(db, id)!;
      return { result: added, entityId: id, summary: `Added ${displayName(added.person)} to a meeting.` };
    }),

  'participants.update': (input, context) => {
    const before = found(getParticipant(context.store.db, input.id), 'guest');
    return changeMeeting(context, before.meetingId, 'update', 'participant', (db) => {
      const { id, person, ...fields } = input;
      assertPanelInMeeting(db, fields.panelId, before.meetingId);
      updateParticipant(db, id, fields);
      if (person) updatePerson(db, before.person.id, person);
      const after = getParticipant(db, id)!;
      return { result: after, entityId: id, summary: `Edited the guest ${displayName(after.person)}.` };
    });
  },

  'participants.remove': (input, context) => {
    const before = found(getParticipant(context.store.db, input.id), 'guest');
    return changeMeeting(context, before.meetingId, 'delete', 'participant', (db) => {
      deleteParticipant(db, input.id);
      deletePersonIfUnused(db, before.person.id);
      return { result: { id: input.id }, entityId: input.id, summary: `Removed ${displayName(before.person)} from a meeting.` };
    });
  },
};
