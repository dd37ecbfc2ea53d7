/**
 * Saves what is typed a moment after typing stops, at once when asked (on blur, on Done, after
 * a footnote is inserted), one save at a time and always the latest text. The state is shown
 * beside the block: "Saving…", "Saved", or the store's reason for refusing, with the text kept in
 * the editor so nothing typed is lost.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError } from '../../../hooks/useSubmit';

export type SaveState = { state: 'saved' } | { state: 'unsaved' } | { state: 'saving' } | { state: 'error'; message: string };

export interface Autosave<T> {
  status: SaveState;
  change: (value: T) => void;
  /** Saves now if anything is waiting; resolves true when the store has it all, false when it refused. */
  flush: () => Promise<boolean>;
}

export function useAutosave<T>(save: (value: T) => Promise<void>, delay = 800): Autosave<T> {
  const [status, setStatus] = useState<SaveState>({ state: 'saved' });
  const pending = useRef<{ value: T } | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<number | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current !== null) {
      window.clearTimeout(timer.current);
      timer.current = null;
    }
    while (inFlight.current) await inFlight.current;
    const next = pending.current;
    if (!next) return true;
    pending.current = null;
    setStatus({ state: 'saving' });
    const attempt = saveRef.current(next.value).then(
      () => {
        if (!pending.current) setStatus({ state: 'saved' });
        return true;
      },
      (error: unknown) => {
        // Kept, so the next flush tries again with it unless newer text replaced it.
        pending.current ??= next;
        setStatus({ state: 'error', message: describeError(error).message });
        return false;
      },
    );
    inFlight.current = attempt.then(() => undefined);
    const ok = await attempt;
    inFlight.current = null;
    return ok;
  }, []);

  const change = useCallback(
    (value: T) => {
      pending.current = { value };
      setStatus((previous) => (previous.state === 'error' ? previous : { state: 'unsaved' }));
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), delay);
    },
    [delay, flush],
  );

  // Leaving the page (or the block) saves what is waiting rather than dropping it.
  useEffect(
    () => () => {
      if (pending.current) void flush();
    },
    [flush],
  );

  return { status, change, flush };
}
