/** Investigations: list, open, create, edit, delete, and the sample. */
import { ApiError } from '../../shared/api/errors';
import { recordChange } from '../../db/repositories/change-log';
import { findCommitteeByName, getCommittee, insertCommittee, listMembers, listSecretariat } from '../../db/repositories/committees';
import {
  deleteInvestigation,
  getInvestigation,
  insertInvestigation,
  listInvestigations,
  replaceTermsOfReference,
  updateInvestigation,
} from '../../db/repositories/investigations';
import { listMeetings } from '../../db/repositories/meetings';
import { listChapters, listObjections, listRecommendations } from '../../db/repositories/report';
import type { HandlerGroup } from '../api/registry';
import { newId } from '../../db/ids';
import { loadSampleInvestigation, sampleId } from '../sample/load-sample';
import { prepareSampleTranscripts, saveSampleTranscripts } from '../sample/load-sample-transcripts';
import { saveSampleQuotes } from '../sample/load-sample-quotes';
import { saveSampleSources } from '../sample/load-sample-sources';
import { saveSampleMetrics } from '../sample/load-sample-metrics';
import { saveSampleReport } from '../sample/load-sample-report';
import { SAMPLE_INVESTIGATION } from '../sample/police-and-crime-plan';
import { found } from './guards';

export const investigationHandlers: HandlerGroup = {
  'investigations.list': (_input, { store }) => listInvestigations(store.db),

  'investigations.get': (input, { store }) => {
    const { db } = store;
    const investigation = found(getInvestigation(db, input.id), 'investigation');
    const committee = found(getCommittee(db, investigation.committeeId), 'committee');
    const objections = listObjections(db, investigation.id);
    return {
      investigation,
      committee,
      members: listMembers(db, committee.id),
      secretariat: listSecretariat(db, committee.id),
      meetings: listMeetings(db, investigation.id),
      chapters: listChapters(db, investigation.id),
      recommendations: listRecommendations(db, investigation.id, objections),
      reservations: objections.filter((o) => o.kind === 'reservation'),
    };
  },

  'investigations.create': (input, { store, author, emit }) => {
    const id = store.transaction(() => {
      let committeeId: string;
      if (input.committeeId !== undefined) {
        committeeId = found(getCommittee(store.db, input.committeeId), 'committee').id;
      } else {
        const name = input.committeeName!;
        committeeId = findCommitteeByName(store.db, name)?.id ?? insertCommittee(store.db, author.id, { name });
      }
      const investigationId = insertInvestigation(store.db, author.id, { committeeId, title: input.title });
      recordChange(store.db, {
        authorId: author.id,
        entity: 'investigation',
        entityId: investigationId,
        action: 'create',
        summary: `Started the investigation “${input.title}”.`,
        investigationId,
      });
      return investigationId;
    });
    emit('store.changed', { entities: ['investigation'], investigationId: id });
    return { id };
  },

  'investigations.update': (input, { store, author, emit }) => {
    const { id, termsOfReference, ...fields } = input;
    store.transaction(() => {
      const before = found(getInvestigation(store.db, id), 'investigation');
      if (fields.startedOn && fields.publishedOn && fields.publishedOn < fields.startedOn) {
        throw new ApiError('invalid_input', 'The publication date cannot be before the start date.', {
          publishedOn: 'The publication date cannot be before the start date.',
        });
      }
      updateInvestigation(store.db, id, fields);
      if (termsOfReference) replaceTermsOfReference(store.db, author.id, id, termsOfReference);
      const changed = [...Object.keys(fields), ...(termsOfReference ? ['terms of reference'] : [])];
      recordChange(store.db, {
        authorId: author.id,
        entity: 'investigation',
        entityId: id,
        action: 'update',
        summary: `Edited ${changed.join(', ') || 'nothing'} of “${fields.title ?? before.title}”.`,
        investigationId: id,
      });
    });
    emit('store.changed', { entities: ['investigation'], investigationId: id });
    return { id };
  },

  'investigations.delete': (input, { store, author, emit }) => {
    store.transaction(() => {
      const before = found(getInvestigation(store.db, input.id), 'investigation');
      const used = store.db.prepare('SELECT count(*) AS n FROM quotes q JOIN transcripts t ON t.id = q.transcript_id JOIN meetings m ON m.id = t.meeting_id WHERE m.investigation_id = ?').get(input.id) as { n: number };
      // Quotes hold members' work; they must be moved or deleted deliberately, not swept away.
      if (used.n > 0) {
        throw new ApiError('conflict', `“${before.title}” holds ${used.n} quotes marked by members. Delete or export them first.`);
      }
      store.db.prepare('DELETE FROM objections WHERE investigation_id = ?').run(input.id);
      deleteInvestigation(store.db, input.id);
      recordChange(store.db, {
        authorId: author.id,
        entity: 'investigation',
        entityId: input.id,
        action: 'delete',
        summary: `Deleted the investigation “${before.title}”.`,
        investigationId: null,
      });
    });
    emit('store.changed', { entities: ['investigation'], investigationId: input.id });
    return { id: input.id };
  },

  'sample.load': async (_input, context) => {
    const { store, author, emit } = context;
    const investigationId = sampleId(SAMPLE_INVESTIGATION.investigation.key);
    if (getInvestigation(store.db, investigationId)) return { investigationId, created: false };
    // Read the transcripts first (slow, off-thread), then write everything in one transaction.
    const transcripts = await context.jobs.run(newId(), (job) => prepareSampleTranscripts(store, context.extraction, job));
    const result = store.transaction(() => {
      const loaded = loadSampleInvestigation(store.db, author.id);
      if (loaded.created) {
        saveSampleTranscripts(store.db, author.id, transcripts);
        saveSampleQuotes(store.db, author.id, loaded.investigationId);
        saveSampleSources(store.db, author.id, loaded.investigationId);
        saveSampleMetrics(store.db, author.id, loaded.investigationId);
        saveSampleReport(store.db, author.id, loaded.investigationId);
      }
      return loaded;
    });
    if (result.created) emit('store.changed', { entities: ['investigation', 'transcript', 'quote', 'tag'], investigationId: result.investigationId });
    return result;
  },
};
