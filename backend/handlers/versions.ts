/**
 * Handlers for the contract-versions.ts methods: named versions of the report (each the report
 * model as it then read), comparing two of them, and the committee's agreement of one. Each write
 * is one transaction with its change-log entry.
 */
import { ApiError } from '../../shared/api/errors';
import { memberName } from '../../shared/domain/labels';
import type { Committee, CommitteeMember } from '../../shared/domain/types';
import { CURRENT_DRAFT, CURRENT_DRAFT_NAME, versionNameKey, type Agreement, type NotedDissent, type ReportVersion } from '../../shared/domain/versions';
import { formatLongDate } from '../../shared/format/dates';
import type { ReportModel } from '../../shared/report/model';
import { recordChange } from '../../db/repositories/change-log';
import { getCommittee, listMembers } from '../../db/repositories/committees';
import { getInvestigation } from '../../db/repositories/investigations';
import {
  deleteAgreement,
  deleteVersion,
  getAgreement,
  getVersion,
  getVersionSnapshot,
  insertAgreement,
  insertVersion,
  listAgreements,
  listVersions,
  objectionMember,
  updateVersion,
  versionNamed,
  type VersionRow,
} from '../../db/repositories/versions';
import type { Db } from '../../db/store';
import type { HandlerContext } from '../api/context';
import type { HandlerGroup } from '../api/registry';
import { buildReportModel } from '../report/build-report-model';
import { compareModels } from '../versions/compare';
import { dissentsIn } from '../versions/dissents';
import { hashSnapshot, snapshotOf } from '../versions/snapshot';
import { found } from './guards';

function toApi(row: VersionRow, currentHash: string | null): ReportVersion {
  return {
    id: row.id,
    investigationId: row.investigationId,
    name: row.name,
    note: row.note,
    modelHash: row.modelHash,
    sameAsCurrent: currentHash !== null && row.modelHash === currentHash,
    recommendationCount: row.recommendationCount,
    footnoteCount: row.footnoteCount,
    agreement: row.agreementId && row.agreedOn ? { id: row.agreementId, agreedOn: row.agreedOn } : null,
    authorId: row.authorId,
    authorName: row.authorName,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function currentModel(db: Db, investigationId: string): ReportModel {
  return found(buildReportModel(db, investigationId), 'investigation');
}

function currentHash(db: Db, investigationId: string): string {
  return snapshotOf(currentModel(db, investigationId)).hash;
}

function versionModel(db: Db, id: string): ReportModel {
  return JSON.parse(found(getVersionSnapshot(db, id), 'version')) as ReportModel;
}

/** Refuses a name another version of the investigation already has, whatever its case. */
function assertNameFree(db: Db, investigationId: string, name: string, exceptId: string | null): string {
  const key = versionNameKey(name);
  const other = versionNamed(db, investigationId, key, exceptId);
  if (other) {
    const message = `There is already a version called “${other.name}”. Choose another name.`;
    throw new ApiError('conflict', message, { name: message });
  }
  return key;
}

/** Today where the clerk is (not in UTC: just after midnight in summer, UTC is still yesterday). */
function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function announce(context: HandlerContext, investigationId: string, entities: string[]): void {
  context.emit('store.changed', { entities, investigationId });
}

/** The committee's members for the investigation, by person id. */
function committeeMembers(db: Db, investigationId: string): { members: Map<string, CommitteeMember>; committee: Committee } {
  const investigation = found(getInvestigation(db, investigationId), 'investigation');
  const committee = getCommittee(db, investigation.committeeId)!;
  return { committee, members: new Map(listMembers(db, committee.id).map((m) => [m.person.id, m])) };
}

/** The dissents an agreement records: the version's own by default, or those the clerk chose. */
function noteDissents(
  db: Db,
  model: ReportModel,
  input: { dissentsNoted?: ({ objectionId: string } | { memberId: string; text: string })[] | undefined },
  members: Map<string, CommitteeMember>,
  committee: Committee,
): NotedDissent[] {
  const printed = dissentsIn(model, (objectionId) => objectionMember(db, objectionId));
  if (input.dissentsNoted === undefined) return printed;
  const noted: NotedDissent[] = [];
  input.dissentsNoted.forEach((item, index) => {
    if ('objectionId' in item) {
      const dissent = printed.find((d) => d.objectionId === item.objectionId);
      if (!dissent) {
        const message = 'That dissent is not printed in this version. Choose from the dissents on its recommendations, or note it in words.';
        throw new ApiError('invalid_input', message, { [`dissentsNoted.${index}`]: message });
      }
      if (!noted.includes(dissent)) noted.push(dissent);
    } else {
      const member = members.get(item.memberId);
      if (!member) {
        const message = 'A dissent can only be noted for a member of the committee.';
        throw new ApiError('invalid_input', message, { [`dissentsNoted.${index}.memberId`]: message });
      }
      noted.push({ objectionId: null, personId: member.person.id, member: memberName(member.person, committee), recommendationNumber: null, part: null, text: item.text });
    }
  });
  return noted;
}

export const versionHandlers: HandlerGroup = {
  'versions.list': (input, { store }) => {
    const { db } = store;
    const hash = currentHash(db, input.investigationId);
    return listVersions(db, input.investigationId).map((row) => toApi(row, hash));
  },

  'versions.save': (input, context) => {
    const { store, author } = context;
    const { db } = store;
    found(getInvestigation(db, input.investigationId), 'investigation');
    const result = store.transaction(() => {
      const nameKey = assertNameFree(db, input.investigationId, input.name, null);
      // Built inside the transaction: the snapshot is the report at the moment it is saved.
      const snapshot = snapshotOf(currentModel(db, input.investigationId));
      const id = insertVersion(db, author.id, { investigationId: input.investigationId, name: input.name, nameKey, note: input.note ?? null, snapshot: snapshot.json, modelHash: snapshot.hash });
      recordChange(db, { authorId: author.id, entity: 'report_version', entityId: id, action: 'create', summary: `Saved the report as the version “${input.name}”`, investigationId: input.investigationId });
      return toApi(getVersion(db, id)!, snapshot.hash);
    });
    announce(context, input.investigationId, ['report_version']);
    return result;
  },

  'versions.get': (input, { store }) => {
    const { db } = store;
    const row = found(getVersion(db, input.id), 'version');
    const json = getVersionSnapshot(db, row.id)!;
    const model = JSON.parse(json) as ReportModel;
    // The stored hash is checked against the stored snapshot, so a damaged snapshot is never shown as exact.
    if (hashSnapshot(json) !== row.modelHash) {
      throw new ApiError('internal', `The version “${row.name}” has been damaged in the store: its report no longer matches what was saved. Restore the store from a backup.`);
    }
    return {
      ...toApi(row, currentHash(db, row.investigationId)),
      model,
      dissents: dissentsIn(model, (objectionId) => objectionMember(db, objectionId)),
    };
  },

  'versions.rename': (input, context) => {
    const { store, author } = context;
    const { db } = store;
    const row = found(getVersion(db, input.id), 'version');
    const result = store.transaction(() => {
      const nameKey = assertNameFree(db, row.investigationId, input.name, row.id);
      updateVersion(db, row.id, { name: input.name, nameKey, note: input.note });
      const summary = input.name === row.name ? `Edited the note on the version “${row.name}”` : `Renamed the version “${row.name}” to “${input.name}”`;
      recordChange(db, { authorId: author.id, entity: 'report_version', entityId: row.id, action: 'update', summary, investigationId: row.investigationId });
      return toApi(getVersion(db, row.id)!, currentHash(db, row.investigationId));
    });
    announce(context, row.investigationId, ['report_version']);
    return result;
  },

  'versions.delete': (input, context) => {
    const { store, author } = context;
    const { db } = store;
    const row = found(getVersion(db, input.id), 'version');
    if (row.agreedOn) {
      throw new ApiError(
        'conflict',
        `“${row.name}” is the version the committee agreed on ${formatLongDate(row.agreedOn)}, so it is kept as the record of that agreement. Withdraw the agreement first if it was recorded by mistake.`,
      );
    }
    store.transaction(() => {
      deleteVersion(db, row.id);
      recordChange(db, { authorId: author.id, entity: 'report_version', entityId: row.id, action: 'delete', summary: `Deleted the version “${row.name}”`, investigationId: row.investigationId });
    });
    announce(context, row.investigationId, ['report_version']);
    return { id: row.id };
  },

  'versions.compare': (input, { store }) => {
    const { db } = store;
    const from = found(getVersion(db, input.fromId), 'version');
    if (input.toId === from.id) throw new ApiError('invalid_input', 'Choose two different versions to compare, or compare this one with the current draft.', { toId: 'Choose a different version.' });
    const fromSide = { side: { versionId: from.id, name: from.name, savedAt: from.createdAt }, model: versionModel(db, from.id) };
    if (input.toId === CURRENT_DRAFT) {
      return compareModels(fromSide, { side: { versionId: null, name: CURRENT_DRAFT_NAME, savedAt: null }, model: currentModel(db, from.investigationId) });
    }
    const to = found(getVersion(db, input.toId), 'version');
    if (to.investigationId !== from.investigationId) throw new ApiError('invalid_input', 'Those two versions are of different investigations’ reports. Choose two versions of the same report.');
    // Earlier first, whichever way round they were chosen, so "added" means added since.
    const toSide = { side: { versionId: to.id, name: to.name, savedAt: to.createdAt }, model: versionModel(db, to.id) };
    return to.createdAt < from.createdAt ? compareModels(toSide, fromSide) : compareModels(fromSide, toSide);
  },

  'agreements.record': (input, context) => {
    const { store, author } = context;
    const { db } = store;
    const version = found(getVersion(db, input.versionId), 'version');
    if (version.agreedOn) {
      throw new ApiError('conflict', `The committee’s agreement of “${version.name}” is already recorded (${formatLongDate(version.agreedOn)}).`);
    }
    if (input.agreedOn > localToday()) {
      const message = 'The date of agreement cannot be in the future.';
      throw new ApiError('invalid_input', message, { agreedOn: message });
    }
    const { members, committee } = committeeMembers(db, version.investigationId);
    const present = [...new Set(input.memberIds)].map((personId, index) => {
      const member = members.get(personId);
      if (!member) {
        const message = 'Only members of the committee can be recorded as present. Choose from the committee’s members.';
        throw new ApiError('invalid_input', message, { [`memberIds.${index}`]: message, memberIds: message });
      }
      return { personId, name: memberName(member.person, committee) };
    });
    const dissents = noteDissents(db, versionModel(db, version.id), input, members, committee);
    const agreement: Agreement = store.transaction(() => {
      const id = insertAgreement(db, author.id, { investigationId: version.investigationId, versionId: version.id, agreedOn: input.agreedOn, membersPresent: present, dissentsNoted: dissents, note: input.note ?? null });
      recordChange(db, { authorId: author.id, entity: 'agreement', entityId: id, action: 'create', summary: `Recorded the committee’s agreement of “${version.name}” on ${formatLongDate(input.agreedOn)}`, investigationId: version.investigationId });
      return getAgreement(db, id)!;
    });
    announce(context, version.investigationId, ['agreement', 'report_version']);
    return agreement;
  },

  'agreements.list': (input, { store }) => {
    found(getInvestigation(store.db, input.investigationId), 'investigation');
    return listAgreements(store.db, input.investigationId);
  },

  'agreements.delete': (input, context) => {
    const { store, author } = context;
    const { db } = store;
    const agreement = found(getAgreement(db, input.id), 'agreement');
    store.transaction(() => {
      deleteAgreement(db, agreement.id);
      recordChange(db, { authorId: author.id, entity: 'agreement', entityId: agreement.id, action: 'delete', summary: `Withdrew the agreement of “${agreement.versionName}” recorded for ${formatLongDate(agreement.agreedOn)}`, investigationId: agreement.investigationId });
    });
    announce(context, agreement.investigationId, ['agreement', 'report_version']);
    return { id: agreement.id };
  },
};
