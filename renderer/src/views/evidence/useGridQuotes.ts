/**
 * The investigation's quotes for the evidence grid, in two steps so that the grid paints at once
 * even with tens of thousands: first a screenful (`quotes.table` with a limit, a few kilobytes),
 * then, once the grid has painted those, all of them. Asking for all of them sooner would not be
 * quicker: the backend shares one thread with the host that serves the grid's code, so building
 * 50,000 rows there would hold up that code, and the first paint with it.
 *
 * Reloaded in full whenever the store says quotes, tags or what they name changed; what is on
 * screen stays there meanwhile. Newer loads win over older ones.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { expandQuoteTable, type GridQuote } from '../../../../shared/domain/evidence';
import type { Id } from '../../../../shared/domain/types';
import { useApi } from '../../api/WorkbenchContext';

/** Rows enough to fill the tallest window the grid is likely to get, with some to spare. */
export const FIRST_SCREENFUL = 40;

/** What a quote row is made of: its own fields, its tags, and the transcript, meeting and speaker it names. */
const QUOTE_ENTITIES = ['quote', 'tag', 'transcript', 'meeting', 'panel', 'participant', 'member', 'person', 'investigation'];

export interface GridQuotes {
  quotes: GridQuote[] | undefined;
  /** Quotes in the investigation; more than `quotes.length` until the rest have arrived. */
  total: number;
  /** True once every quote is in `quotes`. */
  complete: boolean;
  error: unknown;
  reload: () => void;
  /** The grid calls this once it has painted its first rows: the rest of the quotes are asked for then. */
  painted: () => void;
}

interface State {
  key: Id;
  quotes: GridQuote[] | undefined;
  total: number;
  error: unknown;
}

export function useGridQuotes(investigationId: Id): GridQuotes {
  const api = useApi();
  const [state, setState] = useState<State>({ key: investigationId, quotes: undefined, total: 0, error: undefined });
  const sequence = useRef(0);
  // Resolved when the grid has painted; a fresh promise for each investigation.
  const paintedRef = useRef<{ promise: Promise<void>; resolve: () => void } | null>(null);
  if (paintedRef.current === null) paintedRef.current = deferred();

  const loadAll = useCallback(
    (mine: number, afterPaint: boolean) => {
      const load = () => (mine === sequence.current ? api.call('quotes.table', { investigationId }) : null);
      const ready = afterPaint ? paintedRef.current!.promise.then(load) : load();
      void ready?.then(
        (table) => {
          if (!table || mine !== sequence.current) return;
          setState({ key: investigationId, quotes: expandQuoteTable(table), total: table.total, error: undefined });
        },
        (error: unknown) => {
          if (mine === sequence.current) setState((previous) => ({ ...previous, error }));
        },
      );
    },
    [api, investigationId],
  );

  const reload = useCallback(() => {
    sequence.current += 1;
    loadAll(sequence.current, false);
  }, [loadAll]);

  // The first load: a screenful, then the rest.
  useEffect(() => {
    const mine = (sequence.current += 1);
    paintedRef.current = deferred();
    setState({ key: investigationId, quotes: undefined, total: 0, error: undefined });
    api.call('quotes.table', { investigationId, limit: FIRST_SCREENFUL }).then(
      (first) => {
        if (mine !== sequence.current) return;
        setState({ key: investigationId, quotes: expandQuoteTable(first), total: first.total, error: undefined });
        if (first.total > first.columns.id.length) loadAll(mine, true);
      },
      (error: unknown) => {
        if (mine === sequence.current) setState({ key: investigationId, quotes: undefined, total: 0, error });
      },
    );
  }, [api, investigationId, loadAll]);

  useEffect(
    () =>
      api.subscribe('store.changed', (change) => {
        if (change.investigationId !== null && change.investigationId !== investigationId) return;
        if (change.entities.length > 0 && !change.entities.some((entity) => QUOTE_ENTITIES.includes(entity))) return;
        reload();
      }),
    [api, investigationId, reload],
  );

  const painted = useCallback(() => paintedRef.current?.resolve(), []);
  const current = state.key === investigationId ? state : { quotes: undefined, total: 0, error: undefined };
  return {
    quotes: current.quotes,
    total: current.total,
    complete: current.quotes !== undefined && current.quotes.length >= current.total,
    error: current.error,
    reload,
    painted,
  };
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}
