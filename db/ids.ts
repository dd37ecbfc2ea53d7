/** Stable ids and stamps for rows that travel between members' stores. */
import { uuidv7 } from 'uuidv7';

/** A UUIDv7: unique across machines and sortable by creation time. */
export function newId(): string {
  return uuidv7();
}

export function nowIso(): string {
  return new Date().toISOString();
}
