/**
 * One polite status region for the whole app ("Saved", "Backup made"). It is always in the DOM
 * so that screen readers announce changes to it, and it is visible so sighted clerks see it too.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

type Announce = (message: string) => void;

const AnnouncerContext = createContext<Announce>(() => {});

const VISIBLE_MS = 6000;

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const timer = useRef<number | null>(null);

  const announce = useCallback<Announce>((next) => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    // Clear first so that the same words twice in a row ("Saved") are announced twice.
    setMessage('');
    window.requestAnimationFrame(() => setMessage(next));
    timer.current = window.setTimeout(() => setMessage(''), VISIBLE_MS);
  }, []);

  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );

  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <div className={message ? 'toast toast--visible' : 'toast'} role="status" aria-live="polite" aria-atomic="true">
        {message}
      </div>
    </AnnouncerContext.Provider>
  );
}

export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}
