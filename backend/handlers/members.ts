/** Committee members and their roles. */
import { ApiError } from '../../shared/api/errors';
import { MEMBER_ROLE_LABELS, displayName } from '../../shared/domain/labels';
import type { MemberRole } from '../../shared/domain/types';
import { recordChange } from '../../db/repositories/change-log';
import { deleteMember, getCommittee, getMember, insertMember, memberHoldingRole, updateMember } from '../../db/repositories/committees';
import { deletePersonIfUnused, updatePerson } from '../../db/repositories/people';
import type { Db } from '../../db/store';
import type { HandlerGroup } from '../api/registry';
import { found } from './guards';
import { resolvePerson } from './people-input';

/** A committee has one Chairman and one Deputy Chair at a time. */
function assertRoleFree(db: Db, committeeId: string, role: MemberRole, exceptId?: string): void {
  if (role === 'member') return;
  const holder = memberHoldingRole(db, committeeId, role, exceptId);
  if (holder) {
    const label = MEMBER_ROLE_LABELS[role];
    throw new ApiError('conflict', `${displayName(holder.person)} is already ${label}. Change their role first.`, { role: `${displayName(holder.person)} is already ${label}.` });
  }
}

export const memberHandlers: HandlerGroup = {
  'members.add': (input, { store, author, emit }) => {
    const member = store.transaction(() => {
      const { db } = store;
      found(getCommittee(db, input.committeeId), 'committee');
      assertRoleFree(db, input.committeeId, input.role);
      const personId = resolvePerson(db, author.id, input);
      const already = db.prepare('SELECT 1 FROM committee_members WHERE committee_id = ? AND person_id = ?').get(input.committeeId, personId);
      if (already) throw new ApiError('conflict', 'That person is already a member of this committee.');
      const id = insertMember(db, author.id, { committeeId: input.committeeId, personId, role: input.role, party: input.party ?? null });
      const added = getMember(db, id)!;
      recordChange(db, { authorId: author.id, entity: 'member', entityId: id, action: 'create', summary: `Added ${displayName(added.person)} as ${MEMBER_ROLE_LABELS[added.role]}.`, investigationId: null });
      return added;
    });
    emit('store.changed', { entities: ['member'], investigationId: null });
    return member;
  },

  'members.update': (input, { store, author, emit }) => {
    const member = store.transaction(() => {
      const { db } = store;
      const before = found(getMember(db, input.id), 'member');
      if (input.role) assertRoleFree(db, before.committeeId, input.role, before.id);
      updateMember(db, input.id, { role: input.role, party: input.party });
      if (input.person) updatePerson(db, before.person.id, input.person);
      const after = getMember(db, input.id)!;
      recordChange(db, { authorId: author.id, entity: 'member', entityId: input.id, action: 'update', summary: `Edited the member ${displayName(after.person)}.`, investigationId: null });
      return after;
    });
    emit('store.changed', { entities: ['member'], investigationId: null });
    return member;
  },

  'members.remove': (input, { store, author, emit }) => {
    store.transaction(() => {
      const { db } = store;
      const before = found(getMember(db, input.id), 'member');
      const objections = db.prepare('SELECT count(*) AS n FROM objections WHERE member_person_id = ?').get(before.person.id) as { n: number };
      if (objections.n > 0) {
        throw new ApiError('conflict', `${displayName(before.person)} has ${objections.n === 1 ? 'a dissent or reservation' : `${objections.n} dissents or reservations`} on record, so they cannot be removed from the committee. Withdraw those first.`);
      }
      deleteMember(db, input.id);
      deletePersonIfUnused(db, before.person.id);
      recordChange(db, { authorId: author.id, entity: 'member', entityId: input.id, action: 'delete', summary: `Removed ${displayName(before.person)} from the committee.`, investigationId: null });
    });
    emit('store.changed', { entities: ['member'], investigationId: null });
    return { id: input.id };
  },
};
