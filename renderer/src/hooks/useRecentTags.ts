/**
 * The tags a member used last in this investigation, most recent first: offered first in the tag
 * picker and bound to 1–9 there (and Alt+1…9 on a quote in the reader). Kept in this computer's
 * local storage, so they survive a reload; a page that cannot use storage keeps them in memory.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { Id } from '../../../shared/domain/types';

export const RECENT_TAG_LIMIT = 9;
const PREFIX = 'scrutiny.recentTags.';

const memory = new Map<string, string>();
const listeners = new Set<() => void>();

function read(key: string): string {
  try {
    return window.localStorage.getItem(key) ?? memory.get(key) ?? '[]';
  } catch {
    return memory.get(key) ?? '[]';
  }
}

function write(key: string, value: string): void {
  memory.set(key, value);
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Storage full or refused: memory still has it for this session.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key?.startsWith(PREFIX)) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function parse(raw: string): Id[] {
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, RECENT_TAG_LIMIT) : [];
  } catch {
    return [];
  }
}

export function useRecentTags(investigationId: Id): { recent: Id[]; use: (tagId: Id) => void } {
  const key = `${PREFIX}${investigationId}`;
  // The raw string is the snapshot: stable between changes, so React does not loop.
  const raw = useSyncExternalStore(subscribe, () => read(key));
  const use = useCallback(
    (tagId: Id) => {
      const next = [tagId, ...parse(read(key)).filter((id) => id !== tagId)].slice(0, RECENT_TAG_LIMIT);
      write(key, JSON.stringify(next));
    },
    [key],
  );
  const recent = useMemo(() => parse(raw), [raw]);
  return { recent, use };
}
