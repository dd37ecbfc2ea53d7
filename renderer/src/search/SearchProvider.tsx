/**
 * Transcript search, reachable from anywhere: Ctrl+K (⌘K on a Mac), the header's "Search" button,
 * and the desktop menu's Find command all open the same dialog. What was typed is kept while the
 * app is open, so reopening the dialog shows the last search again.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { openSearchRequest } from '../commands/ui-requests';
import { SEARCH_BOX_ID, SearchDialog, emptySearch, type SearchForm } from './SearchDialog';

interface SearchControls {
  open: () => void;
}

const SearchContext = createContext<SearchControls>({ open: () => {} });

export function SearchProvider({ children }: { children: ReactNode }) {
  const [isOpen, setOpen] = useState(false);
  const form = useRef<SearchForm>(emptySearch());
  const isOpenRef = useRef(false);
  isOpenRef.current = isOpen;
  const open = useCallback(() => {
    if (isOpenRef.current) {
      // Already open: back to the search box.
      document.getElementById(SEARCH_BOX_ID)?.focus();
      return;
    }
    setOpen(true);
  }, []);

  useEffect(() => openSearchRequest.subscribe(open), [open]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        open();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  const controls = useMemo(() => ({ open }), [open]);
  return (
    <SearchContext.Provider value={controls}>
      {children}
      {isOpen ? (
        <SearchDialog
          initial={form.current}
          onChange={(next) => {
            form.current = next;
          }}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </SearchContext.Provider>
  );
}

export function useSearch(): SearchControls {
  return useContext(SearchContext);
}
