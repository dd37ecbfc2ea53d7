/** How a profile is named on screen: "Zoë Garbett AM · member", "Janette Roker · clerk". */
import type { Profile } from '../../../../shared/domain/evidence';

export const PROFILE_ROLE_LABELS: Record<Profile['role'], string> = {
  member: 'member',
  clerk: 'clerk',
};

export function profileLabel(profile: Pick<Profile, 'name' | 'role'>): string {
  return `${profile.name} · ${PROFILE_ROLE_LABELS[profile.role]}`;
}
