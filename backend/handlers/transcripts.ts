/** Transcripts: import, read, link speakers to people, delete; and search across them. */
import { ApiError } from '../../shared/api/errors';
import { displayName } from '../../shared/domain/labels';
import type { TranscriptDetail, TranscriptSpeaker } from '../../shared/domain/transcripts';
import { recordChange } from '../../db/repositories/change-log';
import { getMeeting, insertParticipant } from '../../db/repositories/meetings';
import { personExists } from '../../db/repositories/people';
import { searchSegments } from '../../db/repositories/search';
import { deleteSourceIfUncited } from '../../db/repositories/sources';
import { deleteTranscript, getTranscriptRow, linkSpeaker, listPages, listTranscripts, listTurns } from '../../db/repositories/transcripts';
import type { Db } from '../../db/store';
import type { HandlerGroup } from '../api/registry';
import { importTranscript } from '../import/import-transcript';
import { reimportTranscript } from '../evidence/reimport';
import { toFtsQuery } from '../search/fts-query';
import { found } from './guards';
import { resolvePerson } from './people-input';
import { newId } from '../../db/ids';

function personById(db: Db, id: string) {
  return db.prepare('SELECT id, full_name AS fullName, honorific, post_nominals AS postNominals, email FROM people WHERE id = ?').get(id) as
    | { id: string; fullName: string; honorific: string | null; postNominals: string | null; email: string | null }
    | undefined;
}

function transcriptDetail(db: Db, id: string): TranscriptDetail {
  const row = found(getTranscriptRow(db, id), 'transcript');
  const meeting = found(getMeeting(db, row.meeting_id), 'meeting');
  const summary = found(listTranscripts(db, meeting.investigationId).find((t) => t.id === id), 'transcript');
  const turns = listTurns(db, id);
  const speakers = new Map<string, TranscriptSpeaker>();
  for (const turn of turns) {
    const speaker = speakers.get(turn.name);
    if (speaker) speaker.turnCount += 1;
    else speakers.set(turn.name, { name: turn.name, label: turn.label, roleText: turn.roleText, turnCount: 1, person: turn.personId ? (personById(db, turn.personId) ?? null) : null });
  }
  return {
    ...summary,
    investigationId: meeting.investigationId,
    panelTitle: meeting.panels.find((p) => p.id === row.panel_id)?.title ?? null,
    sourceId: row.source_id,
    pages: listPages(db, id).map((p) => ({ number: p.pageNumber, startOffset: p.startOffset, endOffset: p.endOffset, text: p.text })),
    turns,
    speakers: [...speakers.values()],
  };
}

export const transcriptHandlers: HandlerGroup = {
  'transcripts.list': (input, { store }) => listTranscripts(store.db, input.investigationId ?? null),

  'transcripts.get': (input, { store }) => transcriptDetail(store.db, input.id),

  'transcripts.import': async (input, context) => {
    const result = await context.jobs.run(input.jobId ?? newId(), (job) => importTranscript(context, input, job));
    const meeting = getMeeting(context.store.db, input.meetingId);
    context.emit('store.changed', { entities: ['transcript', 'source'], investigationId: meeting?.investigationId ?? null });
    return result;
  },

  'transcripts.linkSpeaker': (input, { store, author, emit }) => {
    const outcome = store.transaction(() => {
      const { db } = store;
      const row = found(getTranscriptRow(db, input.transcriptId), 'transcript');
      let personId: string | null = null;
      if (input.person) personId = resolvePerson(db, author.id, { person: input.person });
      else if (input.personId) {
        if (!personExists(db, input.personId)) throw new ApiError('not_found', 'That person no longer exists. Reload and choose again.');
        personId = input.personId;
      }
      const updatedTurns = linkSpeaker(db, row.id, input.speakerName, personId);
      if (updatedTurns === 0) throw new ApiError('not_found', `No one called “${input.speakerName}” speaks in this transcript.`);
      if (personId && input.addToMeeting) {
        const meeting = found(getMeeting(db, row.meeting_id), 'meeting');
        const already = [...meeting.participants, ...meeting.panels.flatMap((p) => p.participants)].some((p) => p.person.id === personId);
        if (!already) {
          insertParticipant(db, author.id, { meetingId: meeting.id, panelId: row.panel_id, personId, kind: 'guest', roleText: input.addToMeeting.roleText, organisation: input.addToMeeting.organisation ?? null });
        }
      }
      const who = personId ? displayName(personById(db, personId)!) : 'no one';
      const meeting = getMeeting(db, row.meeting_id)!;
      recordChange(db, { authorId: author.id, entity: 'transcript', entityId: row.id, action: 'update', summary: `Linked ${updatedTurns} turns of “${input.speakerName}” in “${row.title}” to ${who}.`, investigationId: meeting.investigationId });
      return { updatedTurns, personId, investigationId: meeting.investigationId };
    });
    emit('store.changed', { entities: ['transcript', 'participant'], investigationId: outcome.investigationId });
    return { updatedTurns: outcome.updatedTurns, personId: outcome.personId };
  },

  'transcripts.delete': (input, { store, author, emit }) => {
    const investigationId = store.transaction(() => {
      const { db } = store;
      const row = found(getTranscriptRow(db, input.id), 'transcript');
      const quotes = db.prepare('SELECT count(*) AS n FROM quotes WHERE transcript_id = ?').get(row.id) as { n: number };
      if (quotes.n > 0) throw new ApiError('conflict', `Members have marked ${quotes.n} quotes in “${row.title}”. Delete those quotes first, or import a corrected version instead.`);
      const meeting = getMeeting(db, row.meeting_id)!;
      deleteTranscript(db, row.id);
      if (row.source_id) deleteSourceIfUncited(db, row.source_id);
      recordChange(db, { authorId: author.id, entity: 'transcript', entityId: row.id, action: 'delete', summary: `Deleted the transcript “${row.title}”.`, investigationId: meeting.investigationId });
      return meeting.investigationId;
    });
    emit('store.changed', { entities: ['transcript', 'source'], investigationId });
    return { id: input.id };
  },

  'search.transcripts': (input, { store }) => {
    const ftsQuery = toFtsQuery(input.query);
    const rows = searchSegments(store.db, { ...input, ftsQuery, limit: input.limit + 1 });
    return { hits: rows.slice(0, input.limit), hasMore: rows.length > input.limit, ftsQuery };
  },

  'transcripts.reimport': async (input, context) => {
    const report = await context.jobs.run(input.jobId ?? newId(), (job) => reimportTranscript(context, input, job));
    context.emit('store.changed', { entities: ['transcript', 'quote'], investigationId: null });
    return report;
  },

  'jobs.cancel': (input, { jobs }) => ({ cancelled: jobs.cancel(input.jobId) }),
};
