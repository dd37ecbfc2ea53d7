/**
 * The quotes of one transcript and the investigation's codebook, kept fresh: loaded through the
 * API, reloaded whenever the store says quotes or tags changed (here, in another window, after an
 * undo), and updated at once with what a call returned so the page never waits for the reload.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Quote, Tag } from '../../../../shared/domain/evidence';
import type { Id } from '../../../../shared/domain/types';
import { useApi } from '../../api/WorkbenchContext';

const QUOTE_ENTITIES = ['quote', 'tag', 'transcript'];

/** Loads with `load`, reloads on matching store changes; newer loads win over older ones. */
function useFreshList<T extends { id: Id }>(key: string, load: () => Promise<T[]>, investigationId: Id) {
  const api = useApi();
  const [state, setState] = useState<{ key: string; items: T[] | undefined; error: unknown }>({ key, items: undefined, error: undefined });
  const sequence = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(() => {
    const mine = (sequence.current += 1);
    loadRef.current().then(
      (items) => {
        if (mine === sequence.current) setState({ key, items, error: undefined });
      },
      (error: unknown) => {
        if (mine === sequence.current) setState((previous) => ({ key, items: previous.key === key ? previous.items : undefined, error }));
      },
    );
  }, [key]);

  useEffect(() => {
    reload();
  }, [reload]);

  useEffect(
    () =>
      api.subscribe('store.changed', (change) => {
        if (change.investigationId !== null && change.investigationId !== investigationId) return;
        if (change.entities.length > 0 && !change.entities.some((entity) => QUOTE_ENTITIES.includes(entity))) return;
        reload();
      }),
    [api, investigationId, reload],
  );

  /** Puts what a call returned in place now; a load already under way is dropped for a fresh one. */
  const upsert = useCallback(
    (item: T) => {
      setState((previous) => {
        const items = previous.items ?? [];
        const at = items.findIndex((x) => x.id === item.id);
        const next = at === -1 ? [...items, item] : items.map((x) => (x.id === item.id ? item : x));
        return { ...previous, items: next };
      });
      reload();
    },
    [reload],
  );

  const remove = useCallback(
    (id: Id) => {
      setState((previous) => ({ ...previous, items: previous.items?.filter((x) => x.id !== id) }));
      reload();
    },
    [reload],
  );

  const current = state.key === key ? state : { items: undefined, error: undefined };
  return { items: current.items, error: current.error, reload, upsert, remove };
}

export interface TranscriptQuotes {
  quotes: Quote[] | undefined;
  error: unknown;
  reload: () => void;
  upsert: (quote: Quote) => void;
  remove: (id: Id) => void;
}

export function useTranscriptQuotes(transcriptId: Id, investigationId: Id): TranscriptQuotes {
  const api = useApi();
  const list = useFreshList(`quotes:${transcriptId}`, () => api.call('quotes.list', { transcriptId }), investigationId);
  const quotes = useMemo(() => (list.items ? [...list.items].sort((a, b) => a.startOffset - b.startOffset || a.id.localeCompare(b.id)) : undefined), [list.items]);
  return { quotes, error: list.error, reload: list.reload, upsert: list.upsert, remove: list.remove };
}

export interface Codebook {
  tags: Tag[];
  byId: Map<Id, Tag>;
  loaded: boolean;
  add: (tag: Tag) => void;
}

export function useCodebook(investigationId: Id): Codebook {
  const api = useApi();
  const list = useFreshList(`tags:${investigationId}`, () => api.call('tags.list', { investigationId }), investigationId);
  const tags = useMemo(() => [...(list.items ?? [])].sort((a, b) => a.order - b.order), [list.items]);
  const byId = useMemo(() => new Map(tags.map((tag) => [tag.id, tag])), [tags]);
  return { tags, byId, loaded: list.items !== undefined, add: list.upsert };
}
