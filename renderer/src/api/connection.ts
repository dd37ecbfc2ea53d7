/**
 * Whether the UI can still reach the workbench. Transports report into it; the shell shows a
 * banner from it. A tiny observable so React can read it with useSyncExternalStore.
 */

export type ConnectionState =
  /** Calls are getting answers. */
  | 'connected'
  /** The local HTTP host does not answer at all (it was stopped). */
  | 'stopped'
  /** The host answers but refuses this page (it was restarted with a new token). */
  | 'unauthorised';

export interface ConnectionMonitor {
  get(): ConnectionState;
  set(state: ConnectionState): void;
  subscribe(listener: () => void): () => void;
}

export function createConnectionMonitor(): ConnectionMonitor {
  let state: ConnectionState = 'connected';
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(next) {
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
