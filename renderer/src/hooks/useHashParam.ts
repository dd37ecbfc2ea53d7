/**
 * One parameter of the location hash's query ("#/investigations/1/evidence?view=coverage"), kept
 * in step with the address bar. The router (routes.ts) ignores the query on area pages, so a view
 * can use it for its own tabs without the page being treated as a new route (no focus jump, no
 * scroll to the top), while a reload or the Back button still returns to the same tab.
 */
import { useCallback, useSyncExternalStore } from 'react';

function read(name: string): string | null {
  const hash = window.location.hash;
  const at = hash.indexOf('?');
  if (at === -1) return null;
  return new URLSearchParams(hash.slice(at + 1)).get(name);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The href of the current hash with `name` set to `value` (or removed when null). */
export function hrefWithParam(name: string, value: string | null): string {
  const hash = window.location.hash || '#/';
  const at = hash.indexOf('?');
  const path = at === -1 ? hash : hash.slice(0, at);
  const params = new URLSearchParams(at === -1 ? '' : hash.slice(at + 1));
  if (value === null) params.delete(name);
  else params.set(name, value);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

export function useHashParam(name: string): [string | null, (value: string | null) => void] {
  const value = useSyncExternalStore(subscribe, () => read(name));
  const set = useCallback(
    (next: string | null) => {
      const href = hrefWithParam(name, next);
      if (window.location.hash !== href) window.location.hash = href;
    },
    [name],
  );
  return [value, set];
}
