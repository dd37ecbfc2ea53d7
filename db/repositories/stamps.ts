/** The columns every travelling row carries, filled in one place. */
import { newId, nowIso } from '../ids';

export interface Stamps {
  id: string;
  author_id: string;
  created_at: string;
  updated_at: string;
}

export function freshStamps(authorId: string, id: string = newId()): Stamps {
  const now = nowIso();
  return { id, author_id: authorId, created_at: now, updated_at: now };
}

/**
 * Builds `SET a = @a, b = @b, updated_at = @updated_at` from the fields that are present, so an
 * update touches only what the caller changed. Column names come from code, never from input.
 */
export function updateClause(columns: Record<string, unknown>): { sql: string; params: Record<string, unknown> } {
  const present = Object.entries(columns).filter(([, value]) => value !== undefined);
  const params: Record<string, unknown> = Object.fromEntries(present);
  params.updated_at = nowIso();
  const sql = [...present.map(([column]) => `${column} = @${column}`), 'updated_at = @updated_at'].join(', ');
  return { sql, params };
}
