/**
 * The people who work at this computer, and which of them is working now. Every change records
 * the current profile's id as its author.
 */
import os from 'node:os';
import type { Db } from '../store';
import { newId, nowIso } from '../ids';

export interface Profile {
  id: string;
  name: string;
  role: 'member' | 'clerk';
  /** The committee member this profile is, for members. */
  personId: string | null;
}

const COLUMNS = 'id, name, role, person_id AS personId';

function setting(db: Db, key: string): string | undefined {
  return (db.prepare('SELECT value FROM store_info WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}

function setSetting(db: Db, key: string, value: string): void {
  db.prepare('INSERT OR REPLACE INTO store_info (key, value) VALUES (?, ?)').run(key, value);
}

export function listProfiles(db: Db): Profile[] {
  return db.prepare(`SELECT ${COLUMNS} FROM profiles ORDER BY name COLLATE NOCASE`).all() as Profile[];
}

export function getProfile(db: Db, id: string): Profile | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM profiles WHERE id = ?`).get(id) as Profile | undefined;
}

export function insertProfile(db: Db, fields: Omit<Profile, 'id'>, id: string = newId()): Profile {
  const now = nowIso();
  db.prepare('INSERT INTO profiles (id, name, role, person_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(id, fields.name, fields.role, fields.personId, now, now);
  return { id, ...fields };
}

/** True once someone has said who they are (the app asks on first start). */
export function isProfileChosen(db: Db): boolean {
  return setting(db, 'profile_chosen') === 'yes';
}

export function chooseProfile(db: Db, id: string): void {
  setSetting(db, 'current_profile_id', id);
  setSetting(db, 'profile_chosen', 'yes');
}

/**
 * The current profile. Until someone chooses, changes are attributed to a provisional profile
 * named after the operating-system user, so nothing is ever written without a stable author.
 */
export function currentProfile(db: Db): Profile {
  const stored = setting(db, 'current_profile_id');
  if (stored) {
    const profile = getProfile(db, stored);
    if (profile) return profile;
  }
  let name = 'Clerk';
  try {
    name = os.userInfo().username || name;
  } catch {
    // No user name on this platform: keep the neutral default.
  }
  return db.transaction(() => {
    const profile = insertProfile(db, { name, role: 'clerk', personId: null });
    setSetting(db, 'current_profile_id', profile.id);
    return profile;
  })();
}
