/**
 * Loads data through the API and keeps it fresh: reloads when its inputs change, when asked,
 * and whenever the backend says the store changed (another window, the CLI, a merge).
 * The previous data stays on screen while a reload is in flight, so the page does not flicker.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../../shared/api/client';
import type { Id } from '../../../shared/domain/types';
import { useApi } from '../api/WorkbenchContext';

export interface QueryState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

export function useApiQuery<T>(
  key: string,
  load: (api: ApiClient) => Promise<T>,
  /**
   * Reload on store changes for this investigation (or any, when undefined), and only for changes
   * to these kinds of entity when given (a change naming no entities, e.g. after reconnecting,
   * reloads everything).
   */
  scope?: { investigationId?: Id; entities?: readonly string[] },
): QueryState<T> {
  const api = useApi();
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<{ key: string; data: T | undefined; error: unknown; loading: boolean }>({
    key,
    data: undefined,
    error: undefined,
    loading: true,
  });
  // The loader is a fresh closure each render; only the key decides when to load again.
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    let cancelled = false;
    setState((previous) => ({
      key,
      // Keep showing what we had for the same key; never show another key's data.
      data: previous.key === key ? previous.data : undefined,
      error: undefined,
      loading: true,
    }));
    loadRef.current(api).then(
      (data) => {
        if (!cancelled) setState({ key, data, error: undefined, loading: false });
      },
      (error: unknown) => {
        if (!cancelled) setState((previous) => ({ key, data: previous.key === key ? previous.data : undefined, error, loading: false }));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, key, version]);

  const investigationId = scope?.investigationId;
  const entities = scope?.entities?.join(' ');
  useEffect(
    () =>
      api.subscribe('store.changed', (change) => {
        if (investigationId !== undefined && change.investigationId !== null && change.investigationId !== investigationId) return;
        const wanted = entities ? entities.split(' ') : null;
        if (wanted && change.entities.length > 0 && !change.entities.some((entity) => wanted.includes(entity))) return;
        setVersion((v) => v + 1);
      }),
    [api, investigationId, entities],
  );

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const current = state.key === key ? state : { data: undefined, error: undefined, loading: true };
  return { data: current.data, error: current.error, loading: current.loading, reload };
}
