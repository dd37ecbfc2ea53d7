/** The current hash route, kept in one place and read through useSyncExternalStore. */
import { useSyncExternalStore } from 'react';
import { parseHash, type Route } from '../routing/routes';

let current: Route = parseHash(window.location.hash) ?? { name: 'home' };
const subscribers = new Set<() => void>();

// One listener for the whole app, so every subscriber sees the same route object.
window.addEventListener('hashchange', () => {
  const next = parseHash(window.location.hash);
  // Anchors that are not routes leave the page where it is.
  if (next === null || JSON.stringify(next) === JSON.stringify(current)) return;
  current = next;
  for (const notify of subscribers) notify();
});

function subscribe(onChange: () => void): () => void {
  subscribers.add(onChange);
  return () => subscribers.delete(onChange);
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, () => current);
}

/** The route right now, for event handlers that must not re-subscribe on every navigation. */
export function currentRoute(): Route {
  return current;
}
