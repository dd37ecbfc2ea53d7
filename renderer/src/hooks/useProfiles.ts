/**
 * Who is working at this computer: the profiles, the current one, and whether anyone has said
 * who they are yet (the first start asks). Reloads when the store changes, so choosing a profile
 * in one place updates the header everywhere.
 */
import type { Profile } from '../../../shared/domain/evidence';
import type { CommitteeMember, Id, InvestigationOverview } from '../../../shared/domain/types';
import { useApiQuery } from './useApiQuery';

export interface ProfilesState {
  profiles: Profile[];
  current: Profile | null;
  chosen: boolean;
}

export function useProfiles(): { data: ProfilesState | undefined; error: unknown; reload: () => void } {
  const query = useApiQuery('profiles', async (api) => {
    const { profiles, currentId, chosen } = await api.call('profiles.list', {});
    return { profiles, current: profiles.find((p) => p.id === currentId) ?? null, chosen };
  });
  return { data: query.data, error: query.error, reload: query.reload };
}

export interface CommitteeMembers {
  /** The committee the members sit on, for "AM" and the like. */
  committee: InvestigationOverview['committee'];
  members: CommitteeMember[];
  secretariat: InvestigationOverview['secretariat'];
}

/**
 * The committee's members, for a member to say which of them they are: from the open
 * investigation, or else the first investigation in the store. Undefined while loading; null
 * when the store holds no investigation yet.
 */
export function useCommitteeMembers(investigationId: Id | null): CommitteeMembers | null | undefined {
  const query = useApiQuery(`committee-members:${investigationId ?? 'first'}`, async (api) => {
    let id = investigationId;
    if (!id) {
      const [first] = await api.call('investigations.list', {});
      if (!first) return null;
      id = first.id;
    }
    const overview = await api.call('investigations.get', { id });
    return { committee: overview.committee, members: overview.members, secretariat: overview.secretariat };
  });
  if (query.error) return null;
  return query.data;
}
