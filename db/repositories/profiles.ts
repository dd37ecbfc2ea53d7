/** The person working at this computer. Every change records their profile id as its author. */
import os from 'node:os';
import type { Db } from '../store';
import { newId, nowIso } from '../ids';

export interface Profile {
  id: string;
  name: string;
  role: 'member' | 'clerk';
}

/**
 * The current profile, made on first use from the operating-system user name. (Choosing a
 * profile on first start is part of the evidence work; until then every change is still
 * attributed to a stable author id for this store.)
 */
export function currentProfile(db: Db): Profile {
  const stored = db.prepare(`SELECT value FROM store_info WHERE key = 'current_profile_id'`).get() as { value: string } | undefined;
  if (stored) {
    const row = db.prepare('SELECT id, name, role FROM profiles WHERE id = ?').get(stored.value) as Profile | undefined;
    if (row) return row;
  }
  let name = 'Clerk';
  try {
    name = os.userInfo().username || name;
  } catch {
    // No user name on this platform: keep the neutral default.
  }
  const profile: Profile = { id: newId(), name, role: 'clerk' };
  const now = nowIso();
  db.transaction(() => {
    db.prepare('INSERT INTO profiles (id, name, role, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(profile.id, profile.name, profile.role, now, now);
    db.prepare(`INSERT OR REPLACE INTO store_info (key, value) VALUES ('current_profile_id', ?)`).run(profile.id);
  })();
  return profile;
}
